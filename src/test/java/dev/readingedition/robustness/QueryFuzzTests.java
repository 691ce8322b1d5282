package dev.readingedition.robustness;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Drives seeded, generated queries through every place that takes one (search, its narrowing parameters, the JSON
 * search and suggestions, the reading page, quote links, the contents by correspondent, the index of names by kind): each answer is a 200, or a 400 that says what was wrong,
 * and nothing escapes as an exception. Replay a failure with {@code -Dfuzz.seed=N}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QueryFuzzTests {

	static final int QUERIES = 10_000;

	private static final long SEED = Long.getLong("fuzz.seed", 19620215L);

	private static final String SLUG = "kennedy-to-khrushchev-1962-02-15";

	private static final String[] SYNTAX = { "\"", "(", ")", "[", "]", "{", "}", "*", "?", "~", "\\", ":", "+", "-",
			"|", "&", "!", "^", "/", "AND", "OR", "NOT", "&&", "||", "~2", "^3", "*:*", "%", "%25", "%00", "'", ";",
			"<", ">", "&amp;", "#", "=", ",", ".", "…" };

	private static final String[] WORDS = { "Berlin", "modus", "vivendi", "Adzhubei", "Gromyko", "Thompson",
			"negotiat", "air", "corridors", "positions", "strength", "the", "of", "Khrushchev", "GDR", "NATO",
			"Adzhubéi", "BERLIN", "tranquility", "peace", "Sorensen", "page", "820" };

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void tenThousandGeneratedQueriesGetA200OrAClear400InEveryPlaceThatTakesOne() throws Exception {
		SplittableRandom random = new SplittableRandom(SEED);
		int answered = 0;
		for (int i = 0; i < QUERIES; i++) {
			String query = query(random);
			String page = random.nextInt(6) == 0 ? pageNumber(random) : null;
			String q = URLEncoder.encode(query, StandardCharsets.UTF_8);
			String paging = page == null ? "" : "&page=" + URLEncoder.encode(page, StandardCharsets.UTF_8);
			// One search in four is narrowed, with values that are good, bad or hostile.
			String narrowing = random.nextInt(4) == 0 ? narrowing(random) : "";
			check(i, query, "/search?q=" + q + paging + narrowing, false);
			check(i, query, "/api/search?q=" + q + paging + narrowing, true);
			check(i, query, "/letters/" + SLUG + "?q=" + q, false);
			check(i, query, "/letters/" + SLUG + "/p" + (1 + random.nextInt(12)) + "?quote=" + q, false);
			check(i, query, "/api/suggest?q=" + q, true);
			answered += 5;
			// The printings' and the front matter's routes, one query in four: a paragraph to cite in vol. VI (a 200,
			// or the 404 that names the paragraph), a printed page or a front-matter page by a generated name (a 200
			// or a 404 that says what is missing), and the pages that take no parameter, given one anyway.
			if (random.nextInt(4) == 0) {
				String segment = URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20");
				checkNamed(i, query, "/letters/" + SLUG + "/vol-vi/cite.bib?p=" + q);
				checkNamed(i, query, "/letters/" + SLUG + "/vol-vi/cite.json?p=" + q);
				checkNamed(i, query, "/letters/" + SLUG + "/vol-vi/page/" + segment);
				checkNamed(i, query, "/about/" + segment);
				check(i, query, "/about/how-to-cite?q=" + q, false);
				check(i, query, "/letters/" + SLUG + "/compare?q=" + q, false);
			}
			// The contents and the index of names are narrowed too, one request in eight, by the same values.
			if (random.nextInt(8) == 0) {
				String value = URLEncoder.encode(random.nextBoolean() ? VALUES[random.nextInt(VALUES.length)] : query,
						StandardCharsets.UTF_8);
				check(i, query, "/letters?correspondent=" + value, false);
				check(i, query, "/names?kind=" + value, false);
			}
		}
		assertThat(answered).isEqualTo(5 * QUERIES);
	}

	private void check(int index, String query, String path, boolean isJson) throws IOException, InterruptedException {
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.build(), HttpResponse.BodyHandlers.ofString());
		String replay = "query #" + index + " (seed " + SEED + ") " + describe(query) + " at " + path.substring(0,
				Math.min(path.length(), 120));
		int status = response.statusCode();
		if (status != 200 && status != 400) {
			fail(replay + " answered " + status);
		}
		String body = response.body();
		assertThat(body).as(replay).doesNotContain("Exception").doesNotContain("Whitelabel")
			.doesNotContain("\tat dev.").doesNotContain("<script>");
		if (status == 400) {
			String message = isJson ? messageOf(body) : body;
			assertThat(message).as(replay + ": a 400 says what was wrong").containsAnyOf("characters", "page",
					"Bad request", "whole number", "parameter q", "quote", "letter", "date", "kind", "correspondent");
		}
		else if (isJson) {
			JsonNode answer = json.readTree(body);
			assertThat(answer.has("hits") || answer.has("suggestions")).as(replay).isTrue();
		}
	}

	/**
	 * A route that names something by its address: a 200, or a 400 or 404 page that says what was wrong (Tomcat's
	 * own 400 for a character it refuses in a path, the site's 404 naming what is missing), never a 500 or a trace.
	 */
	private void checkNamed(int index, String query, String path) throws IOException, InterruptedException {
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.build(), HttpResponse.BodyHandlers.ofString());
		String replay = "query #" + index + " (seed " + SEED + ") " + describe(query) + " at " + path.substring(0,
				Math.min(path.length(), 120));
		int status = response.statusCode();
		assertThat(status).as(replay).isIn(200, 400, 404);
		assertThat(response.body()).as(replay).doesNotContain("Exception").doesNotContain("Whitelabel")
			.doesNotContain("\tat dev.").doesNotContain("<script>");
		if (status == 404) {
			assertThat(response.body()).as(replay + ": a 404 says what is missing").containsAnyOf("no paragraph",
					"not among them", "no page", "There is no page at this address", "Not found");
		}
	}

	private String messageOf(String body) {
		JsonNode node = json.readTree(body);
		return node.path("error").asText("");
	}

	/** A query built of pieces people type, operators, odd Unicode and control characters. */
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
				case 7 -> query.append('"').append(WORDS[random.nextInt(WORDS.length)]).append(' ')
					.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextBoolean() ? "\"" : "");
				default -> query.append(WORDS[random.nextInt(WORDS.length)]).append('*');
			}
			if (random.nextInt(3) > 0) {
				query.append(' ');
			}
		}
		return query.toString();
	}

	/** Any Unicode scalar value, from every plane, surrogates excepted (they cannot be sent as UTF-8). */
	private static int anyCodePoint(SplittableRandom random) {
		int[] planes = { 0x0000, 0x0080, 0x0590, 0x0E00, 0x3040, 0x4E00, 0xFE00, 0x1F300, 0x1D400, 0x20000, 0x30000,
				0xE0000, 0xF0000, 0x10FF00 };
		int start = planes[random.nextInt(planes.length)];
		int codePoint = start + random.nextInt(0x100);
		return Character.isSurrogate((char) codePoint) || codePoint > Character.MAX_CODE_POINT ? 'x' : codePoint;
	}

	/** Values of narrowing parameters as people (and scanners) send them: real values, near misses, garbage. */
	private static final String[] VALUES = { SLUG, "no-such-letter", "John F. Kennedy", "Nikita S. Khrushchev",
			"john-f-kennedy", "nikita-s-khrushchev", "Nobody", "1962-02-15", "1961-12-31", "1962-13-45", "15/02/1962",
			"paragraph", "note", "annotation", "person", "place", "term", "poem", "", " ", "1",
			"<script>alert(1)</script>", "%00", "a".repeat(250), "../../etc/passwd", "\u0000", "😀" };

	/** Narrowing parameters as people (and scanners) send them: real values, near misses, garbage, repeats. */
	private static String narrowing(SplittableRandom random) {
		String[] names = { "letter", "correspondent", "from", "to", "kind", "as-typed" };
		String[] values = VALUES;
		StringBuilder narrowing = new StringBuilder();
		for (int i = 1 + random.nextInt(3); i > 0; i--) {
			narrowing.append('&').append(names[random.nextInt(names.length)]).append('=')
				.append(URLEncoder.encode(values[random.nextInt(values.length)], StandardCharsets.UTF_8));
		}
		return narrowing.toString();
	}

	private static String pageNumber(SplittableRandom random) {
		List<String> pages = new ArrayList<>(List.of("0", "-1", "1", "2", "99999999999", "2147483648", "abc", "1.5",
				" 3 ", "", "１", "1e3", "0x10"));
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
