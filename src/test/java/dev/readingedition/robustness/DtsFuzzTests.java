package dev.readingedition.robustness;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import dev.readingedition.testing.Http;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.readingedition.testing.RealContent.SLUG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Drives seeded, generated parameters through the four DTS endpoints and the TEI route:
 * real identifiers, their near misses, hostile strings and odd Unicode, in any
 * combination. Every answer is a 200, or a 400 or 404 in JSON that says what was wrong;
 * nothing escapes as an exception or a 500, and no markup is echoed. Replay a failure
 * with {@code -Dfuzz.seed=N}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DtsFuzzTests {

	static final int REQUESTS = 3_000;

	private static final long SEED = Long.getLong("fuzz.seed", 19620215L);

	private static final String[] PARAMETERS = { "id", "nav", "page", "resource", "ref", "start", "end", "down", "tree",
			"mediaType" };

	private static final String[] NEAR = { "p1", "p3", "p12", "p13", "p0", "P3", "p3a", "819", "820", "821", "822",
			"-1", "0", "1", "2", "-2", "frus1961-63v14", "frus1961-63v06", "children", "parents", "text/html",
			"text/markdown", "application/tei+xml", "application/json", "text/html;q=0.5", "*/*", "text/*", "" };

	@LocalServerPort
	int port;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void generatedRequestsGetA200OrAClear400Or404() throws Exception {
		SplittableRandom random = new SplittableRandom(SEED);
		String base = "http://localhost:" + port;
		String[] resources = { base + "/letters/" + SLUG, base + "/letters", base + "/",
				base + "/letters/" + SLUG + "/", "/letters/" + SLUG, SLUG, "https://example.org/letters/" + SLUG };
		String[] endpoints = { "/api/dts", "/api/dts/collection", "/api/dts/navigation", "/api/dts/document" };
		int statuses[] = new int[600];
		for (int i = 0; i < REQUESTS; i++) {
			String endpoint = endpoints[random.nextInt(endpoints.length)];
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
			String path = endpoint + (query.isEmpty() ? "" : "?" + query);
			statuses[check(i, path)]++;
		}
		assertThat(statuses[200]).as("some requests are good ones").isGreaterThan(100);
		assertThat(statuses[400]).as("some are bad requests").isGreaterThan(100);
		assertThat(statuses[404]).as("some ask for what is not there").isGreaterThan(100);
		for (String path : new String[] { "/letters/%3Cscript%3E.xml", "/letters/" + SLUG + "%00.xml",
				"/letters/..%2f" + SLUG + ".xml", "/letters/" + "a".repeat(3000) + ".xml" }) {
			HttpResponse<String> response = send(path);
			assertThat(response.statusCode()).as(path).isIn(400, 404);
			assertThat(response.body()).as(path).doesNotContain("<script>").doesNotContain("Exception");
		}
	}

	private int check(int index, String path) throws Exception {
		HttpResponse<String> response = send(path);
		String replay = "request #" + index + " (seed " + SEED + ") " + path.substring(0, Math.min(path.length(), 200));
		int status = response.statusCode();
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
			assertThat(response.headers().firstValue("Content-Type").orElseThrow()).as(replay)
				.startsWith("application/json");
			JsonNode error = json.readTree(body);
			assertThat(error.path("status").asInt()).as(replay).isEqualTo(status);
			assertThat(error.path("error").asString().length()).as(replay + ": a refusal says what was wrong")
				.isGreaterThan(20);
		}
		return status;
	}

	private HttpResponse<String> send(String path) throws Exception {
		return new Http(port).get(path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
