package dev.readingedition.robustness;

import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

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
 * Drives seeded, generated parameters through the four DTS endpoints and the TEI route:
 * real identifiers, their near misses, hostile strings and odd Unicode, in any
 * combination. Every answer is a 200, or a 400 or 404 in JSON that says what was wrong;
 * nothing escapes as an exception or a 500, and no markup is echoed. Replay a failure
 * with {@code -Dfuzz.seed=N} (the part over Tomcat names its seed as N + 1).
 * <p>
 * As in {@link QueryFuzzTests} (whose context this class shares): the three thousand go
 * through the site in a mock servlet environment ({@link MockMvcTester}), since what they
 * test is how the endpoints read their parameters; three hundred more, and the TEI
 * route's hostile names, go through Tomcat, for what it does itself: decoding the address
 * and refusing some characters in a path with its own 400.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc(print = MockMvcPrint.NONE, printOnlyOnFailure = false)
class DtsFuzzTests {

	static final int REQUESTS = 3_000;

	static final int OVER_HTTP = 300;

	private static final long SEED = Long.getLong("fuzz.seed", 19620215L);

	private static final String[] PARAMETERS = { "id", "nav", "page", "resource", "ref", "start", "end", "down", "tree",
			"mediaType" };

	private static final String[] NEAR = { "p1", "p3", "p12", "p13", "p0", "P3", "p3a", "819", "820", "821", "822",
			"-1", "0", "1", "2", "-2", "frus1961-63v14", "frus1961-63v06", "children", "parents", "text/html",
			"text/markdown", "application/tei+xml", "application/json", "text/html;q=0.5", "*/*", "text/*", "" };

	private static final String[] ENDPOINTS = { "/api/dts", "/api/dts/collection", "/api/dts/navigation",
			"/api/dts/document" };

	@Autowired
	MockMvcTester mvc;

	@LocalServerPort
	int port;

	private final JsonMapper json = JsonMapper.builder().build();

	/** An answer as a client sees it. */
	record Answer(int status, String contentType, String body) {
	}

	/** What sends a request: MockMvc, or a real HTTP client. */
	interface Client {

		Answer get(String path);

	}

	@Test
	void threeThousandGeneratedRequestsGetA200OrAClear400Or404() {
		// The site's address in the mock environment is http://localhost.
		send(requests(REQUESTS, SEED, "http://localhost"), SEED, this::throughMockMvc);
	}

	@Test
	void threeHundredMoreAndHostileNamesGetTheSameKindsOfAnswerThroughTomcat() {
		Http http = new Http(port);
		Client tomcat = (path) -> {
			HttpResponse<String> response = http.get(path);
			return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body());
		};
		send(requests(OVER_HTTP, SEED + 1, "http://localhost:" + port), SEED + 1, tomcat);
		for (String path : new String[] { "/letters/%3Cscript%3E.xml", "/letters/" + SLUG + "%00.xml",
				"/letters/..%2f" + SLUG + ".xml", "/letters/" + "a".repeat(3000) + ".xml" }) {
			Answer answer = tomcat.get(path);
			assertThat(answer.status()).as(path).isIn(400, 404);
			assertThat(answer.body()).as(path).doesNotContain("<script>").doesNotContain("Exception");
		}
	}

	/**
	 * The requests generated from this seed, with resources named on the site at this
	 * address (and elsewhere).
	 */
	private static List<String> requests(int count, long seed, String base) {
		SplittableRandom random = new SplittableRandom(seed);
		String[] resources = { base + "/letters/" + SLUG, base + "/letters", base + "/",
				base + "/letters/" + SLUG + "/", "/letters/" + SLUG, SLUG, "https://example.org/letters/" + SLUG };
		List<String> paths = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String endpoint = ENDPOINTS[random.nextInt(ENDPOINTS.length)];
			StringBuilder query = new StringBuilder();
			int parameters = random.nextInt(5);
			if (!endpoint.endsWith("collection") && random.nextInt(5) > 0) {
				query.append("resource=").append(encode(resources[random.nextInt(resources.length)]));
			}
			for (int p = 0; p < parameters; p++) {
				String name = PARAMETERS[random.nextInt(PARAMETERS.length)];
				String value = switch (random.nextInt(4)) {
					case 0, 1 -> NEAR[random.nextInt(NEAR.length)];
					case 2 -> resources[random.nextInt(resources.length)];
					default -> QueryFuzzTests.query(random);
				};
				query.append(query.isEmpty() ? "" : "&").append(name).append('=').append(encode(value));
			}
			paths.add(endpoint + (query.isEmpty() ? "" : "?" + query));
		}
		return paths;
	}

	/**
	 * Sends the requests in order, checks every answer, and that the generator reached
	 * every kind: good requests, bad ones, and ones for what is not there.
	 */
	private void send(List<String> paths, long seed, Client client) {
		int[] statuses = new int[600];
		for (int i = 0; i < paths.size(); i++) {
			statuses[check(client, "request #" + i + " (seed " + seed + ") ", paths.get(i))]++;
		}
		int some = paths.size() / 30;
		assertThat(statuses[200]).as("some requests are good ones").isGreaterThan(some);
		assertThat(statuses[400]).as("some are bad requests").isGreaterThan(some);
		assertThat(statuses[404]).as("some ask for what is not there").isGreaterThan(some);
	}

	private int check(Client client, String which, String path) {
		Answer response = client.get(path);
		String replay = which + path.substring(0, Math.min(path.length(), 200));
		int status = response.status();
		if (status != 200 && status != 400 && status != 404) {
			fail(replay + " answered " + status + ": " + response.body());
		}
		String body = response.body();
		assertThat(body).as(replay)
			.doesNotContain("Exception")
			.doesNotContain("Whitelabel")
			.doesNotContain("\tat dev.")
			.doesNotContain("<script>");
		if (status != 200) {
			assertThat(response.contentType()).as(replay).startsWith("application/json");
			JsonNode error = json.readTree(body);
			assertThat(error.path("status").asInt()).as(replay).isEqualTo(status);
			assertThat(error.path("error").asString().length()).as(replay + ": a refusal says what was wrong")
				.isGreaterThan(20);
		}
		return status;
	}

	private Answer throughMockMvc(String path) {
		MockHttpServletResponse response = mvc.get().uri(URI.create(path)).exchange().getResponse();
		try {
			return new Answer(response.getStatus(), String.valueOf(response.getContentType()),
					response.getContentAsString(StandardCharsets.UTF_8));
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Percent-encodes a value for a query: a space as {@code %20}, which both Tomcat and
	 * MockMvc read as a space (MockMvc would keep a {@code +} as a plus).
	 */
	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
