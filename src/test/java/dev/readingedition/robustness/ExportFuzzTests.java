package dev.readingedition.robustness;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import dev.readingedition.testing.Http;

import org.junit.jupiter.api.Test;

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
 * Drives seeded, generated names through the downloads' routes:
 * {@code /letters/{slug}.pdf} with real slugs, their near misses, hostile strings and odd
 * Unicode, and {@code /edition.epub} and {@code /edition.zip} with query strings they do
 * not take. A real letter gets its PDF, anything else a 400 or a 404 page that says what
 * was wrong; nothing is a 500 or a stack trace, nothing is echoed raw, and a query string
 * changes nothing. Replay with {@code -Dfuzz.seed=N} (the part over Tomcat names its seed
 * as N + 1).
 * <p>
 * As in {@link QueryFuzzTests} (whose context this class shares): the six hundred names
 * and the query strings go through the site in a mock servlet environment
 * ({@link MockMvcTester}), since what they test is how the edition reads a name and keys
 * its downloads; a hundred more names go through Tomcat, which decodes the address,
 * refuses some characters in a path with its own 400, dispatches to the error pages and
 * sends a PDF with sendfile.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc(print = MockMvcPrint.NONE, printOnlyOnFailure = false)
class ExportFuzzTests {

	static final int REQUESTS = 600;

	static final int OVER_HTTP = 100;

	private static final long SEED = Long.getLong("fuzz.seed", 19620215L);

	private static final String[] NEAR = { SLUG, SLUG.toUpperCase(), SLUG + "-", SLUG.substring(1), "", ".", "..",
			"khrushchev-to-kennedy-1961-12-13", "kennedy-to-khrushchev", "1962-02-15", SLUG + ".pdf", SLUG + "/p1" };

	@Autowired
	MockMvcTester mvc;

	@LocalServerPort
	int port;

	/** An answer as a client sees it. */
	record Answer(int status, String contentType, byte[] body) {
	}

	/** What sends a request: MockMvc, or a real HTTP client. */
	interface Client {

		Answer get(String path);

	}

	@Test
	void generatedNamesGetTheirPdfOrAClear400Or404() {
		send(REQUESTS, SEED, this::throughMockMvc);
	}

	@Test
	void aHundredMoreGetTheSameKindsOfAnswerThroughTomcat() {
		Http http = new Http(port);
		send(OVER_HTTP, SEED + 1, (path) -> {
			HttpResponse<byte[]> response = http.bytes(path);
			return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
					response.body());
		});
	}

	@Test
	void aQueryStringChangesNoDownload() {
		for (String path : new String[] { "/edition.epub", "/edition.zip", "/letters/" + SLUG + ".pdf" }) {
			byte[] plain = bytes(path);
			for (String payload : ScriptInjectionBrowserTests.PAYLOADS.subList(0, 6)) {
				String hostile = path + "?x=" + URLEncoder.encode(payload, StandardCharsets.UTF_8);
				assertThat(bytes(hostile)).as(hostile).isEqualTo(plain);
			}
		}
	}

	/**
	 * Sends the names generated from this seed in order, checks every answer, and that
	 * the generator reached both kinds: letters' names and others.
	 */
	private void send(int requests, long seed, Client client) {
		SplittableRandom random = new SplittableRandom(seed);
		int[] statuses = new int[600];
		for (int i = 0; i < requests; i++) {
			String name = switch (random.nextInt(3)) {
				case 0 -> NEAR[random.nextInt(NEAR.length)];
				case 1 -> ScriptInjectionBrowserTests.PAYLOADS
					.get(random.nextInt(ScriptInjectionBrowserTests.PAYLOADS.size()));
				default -> QueryFuzzTests.query(random);
			};
			String path = "/letters/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20") + ".pdf";
			statuses[check(client, "request #" + i + " (seed " + seed + ") ", path)]++;
		}
		assertThat(statuses[200]).as("some names are a letter's").isGreaterThan(requests / 60);
		assertThat(statuses[400] + statuses[404]).as("most are not").isGreaterThan(requests / 2);
	}

	private int check(Client client, String which, String path) {
		Answer response = client.get(path);
		String replay = which + path.substring(0, Math.min(path.length(), 200));
		int status = response.status();
		String body = new String(response.body(), StandardCharsets.UTF_8);
		if (status != 200 && status != 400 && status != 404) {
			fail(replay + " answered " + status + ": " + body);
		}
		if (status == 200) {
			assertThat(response.contentType()).as(replay).isEqualTo("application/pdf");
			return status;
		}
		assertThat(body).as(replay)
			.doesNotContain("Exception")
			.doesNotContain("Whitelabel")
			.doesNotContain("\tat dev.")
			.doesNotContain("<script>alert")
			.doesNotContain("<img src=x")
			.doesNotContain("<svg onload");
		return status;
	}

	private Answer throughMockMvc(String path) {
		MockHttpServletResponse response = mvc.get().uri(URI.create(path)).exchange().getResponse();
		byte[] body = response.getContentAsByteArray();
		// An answer given with sendError has its body written by the container's error
		// page, which is not there without one: its reason stands in for it (the part
		// over Tomcat sees the page itself).
		if (body.length == 0 && response.getErrorMessage() != null) {
			body = response.getErrorMessage().getBytes(StandardCharsets.UTF_8);
		}
		return new Answer(response.getStatus(), response.getContentType(), body);
	}

	private byte[] bytes(String path) {
		Answer answer = throughMockMvc(path);
		assertThat(answer.status()).as(path).isEqualTo(200);
		return answer.body();
	}

}
