-- Mixed traffic for bench/soak: the reading page, paragraph permalinks, search, the API and 404s, in turn;
-- counts server errors (5xx) apart from the expected 404s.
local paths = {
  "/letters/kennedy-to-khrushchev-1962-02-15",
  "/letters/kennedy-to-khrushchev-1962-02-15/p11",
  "/letters/kennedy-to-khrushchev-1962-02-15/p3",
  "/search?q=%22modus+vivendi%22",
  "/search?q=Adzhubei",
  "/api/search?q=Berlin",
  "/api/search?q=negot*",
  "/letters/kennedy-to-khrushchev-1962-02-15?q=air+corridors",
  "/letters/no-such-letter",
  "/no/such/page",
}
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  counter = 0
  fivexx = 0
  notfound = 0
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

function response(status, headers, body)
  if status >= 500 then fivexx = fivexx + 1 end
  if status == 404 then notfound = notfound + 1 end
end

function done(summary, latency, requests)
  local server_errors, not_found = 0, 0
  for _, thread in ipairs(threads) do
    server_errors = server_errors + thread:get("fivexx")
    not_found = not_found + thread:get("notfound")
  end
  local socket = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("SOAK requests=%d rps=%.0f median_ms=%.2f p99_ms=%.2f socket_errors=%d server_errors=%d not_found=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, socket, server_errors, not_found))
end
