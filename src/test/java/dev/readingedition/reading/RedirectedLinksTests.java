package dev.readingedition.reading;

import java.net.http.HttpResponse;

import dev.readingedition.testing.HttpTestSupport;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Links that survive corrections, served: a fixture edition whose third paragraph was
 * merged into the second (redirected) and whose fourth kept its published id (pinned).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "edition.content-dir=src/test/resources/redirects")
class RedirectedLinksTests extends HttpTestSupport {

	private static final String LETTER = "/letters/corrected-letter";

	@Test
	void aRedirectedParagraphIdAnswersWithAPermanentRedirectToItsNewPlace() {
		HttpResponse<String> response = http.get(LETTER + "/p3");
		assertThat(response.statusCode()).isEqualTo(301);
		assertThat(response.headers().firstValue("Location")).hasValue(http.uri(LETTER + "/p2").toString());
	}

	@Test
	void theRedirectKeepsTheQuoteOfAQuoteLink() {
		HttpResponse<String> response = http.get(LETTER + "/p3?quote=split%20one");
		assertThat(response.statusCode()).isEqualTo(301);
		assertThat(response.headers().firstValue("Location"))
			.hasValue(http.uri(LETTER + "/p2?quote=split%20one").toString());
		HttpResponse<String> followed = http.get(LETTER + "/p2?quote=split%20one");
		assertThat(followed.body()).contains("<mark id=\"m1\">split one</mark>");
	}

	@Test
	void aPinnedIdStillLeadsToItsParagraph() {
		HttpResponse<String> response = http.get(LETTER + "/p4");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("<p id=\"p4\"", "Linked paragraph ¶ 3");
	}

	@Test
	void anIdNeitherPresentNorRedirectedIsNotFound() {
		assertThat(http.get(LETTER + "/p5").statusCode()).isEqualTo(404);
	}

}
