package dev.readingedition.robustness;

import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import dev.readingedition.testing.Http;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dev.readingedition.testing.RealContent.SLUG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Drives seeded, generated queries through every place that takes one (search, its
 * narrowing parameters, the JSON search and suggestions, the reading page, quote links,
 * the contents by correspondent, the index of names by kind, the printings' and the front
 * matter's pages): each answer is a 200, or a 400 (or, for a name in the address, a 404)
 * that says what was wrong, and nothing escapes as an exception. Replay a failure with
 * {@code -Dfuzz.seed=N}.
 * <p>
 * The ten thousand go through the whole site in a mock servlet environment
 * ({@link MockMvcTester}: every filter, controller, advice and template, without a
 * socket), since what they test is how the edition reads its parameters; five hundred
 * more go through Tomcat, for what it does itself: decoding the address, refusing
 * characters in a path with its own 400, and the error pages it dispatches to. The
 * requests are generated in order from the seed, then sent from as many threads as there
 * are processors (at least two): rendering the answers is what costs, and the edition
 * serves requests at once anyway.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc(print = MockMvcPrint.NONE, printOnlyOnFailure = false)
class QueryFuzzTests {

	static final int QUERIES = Integer.getInteger("fuzz.queries", 10_000);

	static final int OVER_HTTP = Integer.getInteger("fuzz.queries-over-http", 500);

	private static final long SEED = Long.getLong("fuzz.seed", 19620215L);

	private static final String[] SYNTAX = { "\"", "(", ")", "[", "]", "{", "}", "*", "?", "~", "\\", ":", "+", "-",
			"|", "&", "!", "^", "/", "AND", "OR", "NOT", "&&", "||", "~2", "^3", "*:*", "%", "%25", "%00", "'", ";",
			"<", ">", "&amp;", "#", "=", ",", ".", "…" };

	private static final String[] WORDS = { "Berlin", "modus", "vivendi", "Adzhubei", "Gromyko", "Thompson", "negotiat",
			"air", "corridors", "positions", "strength", "the", "of", "Khrushchev", "GDR", "NATO", "Adzhubéi", "BERLIN",
			"tranquility", "peace", "Sorensen", "page", "820" };

	@Autowired
	MockMvcTester mvc;

	@LocalServerPort
	int port;

	private final JsonMapper json = JsonMapper.builder().build();

	/** An answer as a client sees it: status and body. */
	record Answer(int status, String body) {
	}

	/** What sends a request: MockMvc, or a real HTTP client. */
	interface Client {

		Answer get(String path);

	}

	/**
	 * How a place answers: a search (200 or 400), the JSON of one, or a page named in the
	 * address (also 404).
	 */
	enum Kind {

		PAGE, JSON, NAMED

	}

	/**
	 * One generated request: where it goes, what kind of answer it must get, and how to
	 * replay it.
	 */
	record Request(String place, String path, Kind kind, String replay) {
	}

	@Test
	void tenThousandGeneratedQueriesGetA200OrAClear400InEveryPlaceThatTakesOne() throws Exception {
		Map<String, int[]> answers = send(requests(QUERIES, SEED, false), this::throughMockMvc);
		// The generator must reach both sides of every search: queries that run (and are
		// marked, paged, narrowed)
		// and queries that are refused. A generator that only ever produced one kind
		// would test half as much.
		for (String place : List.of("/search", "/api/search", "/letters/{slug}")) {
			assertThat(answers.get(place)).as("answers at %s: 200s, 400s", place)
				.satisfies((counts) -> assertThat(counts[0]).as("200s at %s", place).isGreaterThan(QUERIES / 10))
				.satisfies((counts) -> assertThat(counts[1]).as("400s at %s", place).isGreaterThan(QUERIES / 100));
		}
	}

	@Test
	void fiveHundredMoreGetTheSameKindsOfAnswerThroughTomcat() throws Exception {
		Http http = new Http(port);
		send(requests(OVER_HTTP, SEED + 1, true), (path) -> {
			HttpResponse<String> response = http.get(path);
			return new Answer(response.statusCode(), response.body());
		});
	}

	private Answer throughMockMvc(String path) {
		MockHttpServletResponse response = mvc.get().uri(URI.create(path)).exchange().getResponse();
		try {
			String body = response.getContentAsString(StandardCharsets.UTF_8);
			// An answer given with sendError has its body written by the container's
			// error page, which is not
			// there without one: its reason stands in for it (the test over Tomcat sees
			// the page itself).
			return new Answer(response.getStatus(),
					body.isEmpty() && response.getErrorMessage() != null ? response.getErrorMessage() : body);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The requests of {@code queries} generated queries from this seed, in order, to
	 * every place. Names in the address (a printed page, a front-matter page) go in the
	 * path only over Tomcat, which decodes and refuses some of them before the edition
	 * sees them; over Tomcat every query reaches them, elsewhere one in four.
	 */
	private static List<Request> requests(int queries, long seed, boolean overTomcat) {
		SplittableRandom random = new SplittableRandom(seed);
		List<Request> requests = new ArrayList<>();
		for (int i = 0; i < queries; i++) {
			String query = query(random);
			String page = random.nextInt(6) == 0 ? pageNumber(random) : null;
			String q = encode(query);
			String paging = page == null ? "" : "&page=" + encode(page);
			// One search in four is narrowed, with values that are good, bad or hostile.
			String narrowing = random.nextInt(4) == 0 ? narrowing(random) : "";
			String replay = "query #" + i + " (seed " + seed + ") " + describe(query);
			requests.add(new Request("/search", "/search?q=" + q + paging + narrowing, Kind.PAGE, replay));
			requests.add(new Request("/api/search", "/api/search?q=" + q + paging + narrowing, Kind.JSON, replay));
			requests.add(new Request("/letters/{slug}", "/letters/" + SLUG + "?q=" + q, Kind.PAGE, replay));
			requests.add(new Request("/letters/{slug}/p{n}",
					"/letters/" + SLUG + "/p" + (1 + random.nextInt(12)) + "?quote=" + q, Kind.PAGE, replay));
			requests.add(new Request("/api/suggest", "/api/suggest?q=" + q, Kind.JSON, replay));
			// The printings' and the front matter's routes: a paragraph to cite in vol.
			// VI (a 200, or the 404 that
			// names the paragraph), a printed page or a front-matter page by a generated
			// name (a 200 or a 404 that
			// says what is missing), and the pages that take no parameter, given one
			// anyway.
			if (random.nextInt(4) == 0 || overTomcat) {
				String segment = encode(query);
				requests
					.add(new Request("cite.bib", "/letters/" + SLUG + "/vol-vi/cite.bib?p=" + q, Kind.NAMED, replay));
				requests
					.add(new Request("cite.json", "/letters/" + SLUG + "/vol-vi/cite.json?p=" + q, Kind.NAMED, replay));
				if (overTomcat) {
					requests.add(new Request("/vol-vi/page/{page}", "/letters/" + SLUG + "/vol-vi/page/" + segment,
							Kind.NAMED, replay));
					requests.add(new Request("/about/{page}", "/about/" + segment, Kind.NAMED, replay));
				}
				requests.add(new Request("/about/how-to-cite", "/about/how-to-cite?q=" + q, Kind.PAGE, replay));
				requests.add(new Request("/compare", "/letters/" + SLUG + "/compare?q=" + q, Kind.PAGE, replay));
			}
			// The contents and the index of names are narrowed too, one request in eight,
			// by the same values.
			if (random.nextInt(8) == 0) {
				String value = encode(random.nextBoolean() ? VALUES[random.nextInt(VALUES.length)] : query);
				requests.add(new Request("/letters", "/letters?correspondent=" + value, Kind.PAGE, replay));
				requests.add(new Request("/names", "/names?kind=" + value, Kind.PAGE, replay));
			}
		}
		return requests;
	}

	/**
	 * Percent-encodes a value for a query or a path segment: a space as {@code %20},
	 * which both Tomcat and MockMvc read as a space (MockMvc would keep a {@code +} as a
	 * plus).
	 */
	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/**
	 * Sends the requests from several threads, checks every answer, and counts the 200s
	 * and 400s of each place.
	 */
	private Map<String, int[]> send(List<Request> requests, Client client) throws InterruptedException {
		Map<String, int[]> answers = new TreeMap<>();
		Queue<String> failures = new ConcurrentLinkedQueue<>();
		ExecutorService threads = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
		try {
			for (Request request : requests) {
				threads.execute(() -> {
					if (failures.size() > 20) {
						return;
					}
					try {
						int status = check(client, request);
						synchronized (answers) {
							answers.computeIfAbsent(request.place(), (key) -> new int[2])[status == 200 ? 0 : 1]++;
						}
					}
					catch (AssertionError | RuntimeException ex) {
						failures.add(ex.getMessage());
					}
				});
			}
		}
		finally {
			threads.shutdown();
			assertThat(threads.awaitTermination(1, TimeUnit.HOURS)).isTrue();
		}
		assertThat(failures).as("answers that are not a 200 or a clear 4xx").isEmpty();
		return answers;
	}

	/** Checks one answer and gives its status. */
	private int check(Client client, Request request) {
		Answer response = client.get(request.path());
		String replay = request.replay() + " at " + request.path().substring(0, Math.min(request.path().length(), 120));
		int status = response.status();
		String body = response.body();
		if (request.kind() == Kind.NAMED) {
			// A route that names something by its address: a 200, or a 400 or 404 page
			// that says what was wrong
			// (Tomcat's own 400 for a character it refuses in a path, the site's 404
			// naming what is missing).
			assertThat(status).as(replay).isIn(200, 400, 404);
			assertThat(body).as(replay)
				.doesNotContain("Exception")
				.doesNotContain("Whitelabel")
				.doesNotContain("\tat dev.")
				.doesNotContain("<script>");
			if (status == 404) {
				assertThat(body).as(replay + ": a 404 says what is missing")
					.containsAnyOf("no paragraph", "not among them", "no page", "There is no page at this address",
							"Not found");
			}
			return status;
		}
		if (status != 200 && status != 400) {
			fail(replay + " answered " + status);
		}
		assertThat(body).as(replay)
			.doesNotContain("Exception")
			.doesNotContain("Whitelabel")
			.doesNotContain("\tat dev.")
			.doesNotContain("<script>");
		boolean isJson = request.kind() == Kind.JSON;
		if (status == 400) {
			String message = isJson ? messageOf(body) : body;
			assertThat(message).as(replay + ": a 400 says what was wrong")
				.containsAnyOf("characters", "page", "Bad request", "whole number", "parameter q", "The parameter",
						"quote", "letter", "date", "kind", "correspondent");
		}
		else if (isJson) {
			JsonNode answer = json.readTree(body);
			assertThat(answer.has("hits") || answer.has("suggestions")).as(replay).isTrue();
		}
		return status;
	}

	private String messageOf(String body) {
		JsonNode node = json.readTree(body);
		return node.path("error").asText("");
	}

	/**
	 * A query built of pieces people type, operators, odd Unicode and control characters.
	 */
	static String query(SplittableRandom random) {
		StringBuilder query = new StringBuilder();
		int pieces = 1 + random.nextInt(8);
		for (int i = 0; i < pieces; i++) {
			switch (random.nextInt(9)) {
				case 0, 1 -> query.append(WORDS[random.nextInt(WORDS.length)]);
				case 2, 3 -> query.append(SYNTAX[random.nextInt(SYNTAX.length)]);
				case 4 -> query.appendCodePoint(anyCodePoint(random));
				case 5 -> query.append((char) random.nextInt(0x20));
				case 6 -> query.append("a".repeat(1 + random.nextInt(random.nextInt(10) == 0 ? 600 : 40)));
				case 7 -> query.append('"')
					.append(WORDS[random.nextInt(WORDS.length)])
					.append(' ')
					.append(WORDS[random.nextInt(WORDS.length)])
					.append(random.nextBoolean() ? "\"" : "");
				default -> query.append(WORDS[random.nextInt(WORDS.length)]).append('*');
			}
			if (random.nextInt(3) > 0) {
				query.append(' ');
			}
		}
		return query.toString();
	}

	/**
	 * Any Unicode scalar value, from every plane, surrogates excepted (they cannot be
	 * sent as UTF-8).
	 */
	private static int anyCodePoint(SplittableRandom random) {
		int[] planes = { 0x0000, 0x0080, 0x0590, 0x0E00, 0x3040, 0x4E00, 0xFE00, 0x1F300, 0x1D400, 0x20000, 0x30000,
				0xE0000, 0xF0000, 0x10FF00 };
		int start = planes[random.nextInt(planes.length)];
		int codePoint = start + random.nextInt(0x100);
		return Character.isSurrogate((char) codePoint) || codePoint > Character.MAX_CODE_POINT ? 'x' : codePoint;
	}

	/**
	 * Values of narrowing parameters as people (and scanners) send them: real values,
	 * near misses, garbage.
	 */
	private static final String[] VALUES = { SLUG, "no-such-letter", "John F. Kennedy", "Nikita S. Khrushchev",
			"john-f-kennedy", "nikita-s-khrushchev", "Nobody", "1962-02-15", "1961-12-31", "1962-13-45", "15/02/1962",
			"paragraph", "note", "annotation", "person", "place", "term", "poem", "", " ", "1",
			"<script>alert(1)</script>", "%00", "a".repeat(250), "../../etc/passwd", "\u0000", "😀" };

	/**
	 * Narrowing parameters as people (and scanners) send them: real values, near misses,
	 * garbage, repeats.
	 */
	private static String narrowing(SplittableRandom random) {
		String[] names = { "letter", "correspondent", "from", "to", "kind", "as-typed" };
		String[] values = VALUES;
		StringBuilder narrowing = new StringBuilder();
		for (int i = 1 + random.nextInt(3); i > 0; i--) {
			narrowing.append('&')
				.append(names[random.nextInt(names.length)])
				.append('=')
				.append(encode(values[random.nextInt(values.length)]));
		}
		return narrowing.toString();
	}

	private static String pageNumber(SplittableRandom random) {
		List<String> pages = new ArrayList<>(
				List.of("0", "-1", "1", "2", "99999999999", "2147483648", "abc", "1.5", " 3 ", "", "１", "1e3", "0x10"));
		pages.add(String.valueOf(random.nextInt()));
		return pages.get(random.nextInt(pages.size()));
	}

	private static String describe(String query) {
		StringBuilder out = new StringBuilder("[");
		query.codePoints().limit(80).forEach((cp) -> {
			if (cp < 0x20 || cp > 0x7e) {
				out.append(String.format("\\u{%x}", cp));
			}
			else {
				out.appendCodePoint(cp);
			}
		});
		return out.append(query.length() > 80 ? "…]" : "]").toString();
	}

}
