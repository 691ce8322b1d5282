package dev.readingedition.reading;

import dev.readingedition.testing.EditionWebTest;
import dev.readingedition.testing.PageTestSupport;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Links that survive corrections, served: a fixture edition whose third paragraph was
 * merged into the second (redirected) and whose fourth kept its published id (pinned), in
 * a {@code @WebMvcTest} slice.
 */
@EditionWebTest
@TestPropertySource(properties = "edition.content-dir=src/test/resources/redirects")
class RedirectedLinksTests extends PageTestSupport {

	private static final String LETTER = "/letters/corrected-letter";

	@Test
	void aRedirectedParagraphIdAnswersWithAPermanentRedirectToItsNewPlace() {
		MockHttpServletResponse response = get(LETTER + "/p3");
		assertThat(response.getStatus()).isEqualTo(301);
		assertThat(header(response, "Location")).hasValue(SITE + LETTER + "/p2");
	}

	@Test
	void theRedirectKeepsTheQuoteOfAQuoteLink() {
		MockHttpServletResponse response = get(LETTER + "/p3?quote=split%20one");
		assertThat(response.getStatus()).isEqualTo(301);
		assertThat(header(response, "Location")).hasValue(SITE + LETTER + "/p2?quote=split%20one");
		assertThat(body(get(LETTER + "/p2?quote=split%20one"))).contains("<mark id=\"m1\">split one</mark>");
	}

	@Test
	void aPinnedIdStillLeadsToItsParagraph() {
		MockHttpServletResponse response = get(LETTER + "/p4");
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(body(response)).contains("<p id=\"p4\"", "Linked paragraph ¶ 3");
	}

	@Test
	void anIdNeitherPresentNorRedirectedIsNotFound() {
		assertThat(get(LETTER + "/p5").getStatus()).isEqualTo(404);
	}

}
