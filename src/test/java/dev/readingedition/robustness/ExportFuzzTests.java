package dev.readingedition.robustness;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import dev.readingedition.testing.Http;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.readingedition.testing.RealContent.SLUG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Drives seeded, generated names through the downloads' routes:
 * {@code /letters/{slug}.pdf} with real slugs, their near misses, hostile strings and odd
 * Unicode, and {@code /edition.epub} and {@code /edition.zip} with query strings they do
 * not take. A real letter gets its PDF, anything else a 400 or a 404 page that says what
 * was wrong; nothing is a 500 or a stack trace, nothing is echoed raw, and a query string
 * changes nothing. Replay with {@code -Dfuzz.seed=N}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExportFuzzTests {

	static final int REQUESTS = 600;

	private static final long SEED = Long.getLong("fuzz.seed", 19620215L);

	private static final String[] NEAR = { SLUG, SLUG.toUpperCase(), SLUG + "-", SLUG.substring(1), "", ".", "..",
			"khrushchev-to-kennedy-1961-12-13", "kennedy-to-khrushchev", "1962-02-15", SLUG + ".pdf", SLUG + "/p1" };

	@LocalServerPort
	int port;

	@Test
	void generatedNamesGetTheirPdfOrAClear400Or404() throws Exception {
		SplittableRandom random = new SplittableRandom(SEED);
		int[] statuses = new int[600];
		for (int i = 0; i < REQUESTS; i++) {
			String name = switch (random.nextInt(3)) {
				case 0 -> NEAR[random.nextInt(NEAR.length)];
				case 1 -> ScriptInjectionBrowserTests.PAYLOADS
					.get(random.nextInt(ScriptInjectionBrowserTests.PAYLOADS.size()));
				default -> QueryFuzzTests.query(random);
			};
			String path = "/letters/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20") + ".pdf";
			statuses[check(i, path)]++;
		}
		assertThat(statuses[200]).as("some names are a letter's").isGreaterThan(10);
		assertThat(statuses[400] + statuses[404]).as("most are not").isGreaterThan(REQUESTS / 2);
	}

	@Test
	void aQueryStringChangesNoDownload() throws Exception {
		for (String path : new String[] { "/edition.epub", "/edition.zip", "/letters/" + SLUG + ".pdf" }) {
			byte[] plain = bytes(path);
			for (String payload : ScriptInjectionBrowserTests.PAYLOADS.subList(0, 6)) {
				String hostile = path + "?x=" + URLEncoder.encode(payload, StandardCharsets.UTF_8);
				assertThat(bytes(hostile)).as(hostile).isEqualTo(plain);
			}
		}
	}

	private int check(int index, String path) throws Exception {
		HttpResponse<byte[]> response = new Http(port).bytes(path);
		String replay = "request #" + index + " (seed " + SEED + ") " + path.substring(0, Math.min(path.length(), 200));
		int status = response.statusCode();
		if (status != 200 && status != 400 && status != 404) {
			fail(replay + " answered " + status + ": " + new String(response.body(), StandardCharsets.UTF_8));
		}
		if (status == 200) {
			assertThat(response.headers().firstValue("Content-Type")).as(replay).hasValue("application/pdf");
			return status;
		}
		String body = new String(response.body(), StandardCharsets.UTF_8);
		assertThat(body).as(replay)
			.doesNotContain("Exception")
			.doesNotContain("Whitelabel")
			.doesNotContain("\tat dev.")
			.doesNotContain("<script>alert")
			.doesNotContain("<img src=x")
			.doesNotContain("<svg onload");
		return status;
	}

	private byte[] bytes(String path) throws Exception {
		HttpResponse<byte[]> response = new Http(port).bytes(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

}
