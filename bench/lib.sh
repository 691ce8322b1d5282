# Shared by bench/run and bench/soak: starting and stopping JVMs, installing tools, running wrk.
# Expects WORK (a scratch folder), PIDS (an array) and CONNECTIONS/DURATION from the caller.

cleanup() {
  for pid in "${PIDS[@]:-}"; do
    [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  done
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  rm -rf "$WORK"
}

need() {
  local missing=()
  for tool in "$@"; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing ${missing[*]} from Debian's packages..."
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]/nginx/nginx-light}" >/dev/null
  fi
}

# Refuses to measure when one of the ports the run will listen on is already taken: a server left on it would
# answer in place of the one started, and its figures would pass for the edition's (a class-data training run once
# measured another server on 18080 and failed only later, with "no CDS archive").
refuse_taken_ports() {
  local taken=()
  for port in "$@"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      taken+=("$port")
    fi
  done
  if [ ${#taken[@]} -gt 0 ]; then
    echo "bench: port(s) ${taken[*]} on 127.0.0.1 already answer; stop what listens there or choose others" \
      "(APP_PORT, NGINX_PORT, BASE_PORT)." >&2
    exit 3
  fi
}

now_ms() { date +%s%3N; }

# Starts a JVM and sets JVM_PID and JVM_START (ms from launch to the first 200 from the URL).
start_jvm() {
  local url=$1 log=$2; shift 2
  local started
  started=$(now_ms)
  "$@" >"$log" 2>&1 &
  local pid=$!
  PIDS+=("$pid")
  for _ in $(seq 1 "${START_TIMEOUT_STEPS:-6000}"); do
    if curl -fso /dev/null "$url"; then
      JVM_PID=$pid
      JVM_START=$(( $(now_ms) - started ))
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || { echo "the JVM exited; its log:" >&2; tail -40 "$log" >&2; return 1; }
    sleep 0.05
  done
  echo "no 200 from $url within $(( ${START_TIMEOUT_STEPS:-6000} / 20 )) s" >&2
  return 1
}

stop_jvm() {
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

rss_mb() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# wrk once; prints "requests_per_s median_ms p99_ms errors non2xx3xx"
wrk_once() {
  local url=$1; shift
  wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$@" "$url" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /^ +50%/ { median = ms($2) }
    /^ +99%/ { p99 = ms($2) }
    /Requests\/sec/ { rps = $2 }
    /Socket errors/ { split($0, a, /[ ,]+/); for (i = 1; i <= length(a); i++) if (a[i] ~ /^[0-9]+$/) errors += a[i] }
    /Non-2xx or 3xx/ { bad = $NF }
    END { printf "%.0f %.3f %.3f %d %d\n", rps, median, p99, errors + 0, bad + 0 }'
}

median_of() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

