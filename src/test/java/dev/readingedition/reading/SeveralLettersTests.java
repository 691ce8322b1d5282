package dev.readingedition.reading;

import dev.readingedition.testing.EditionWebTest;
import dev.readingedition.testing.PageTestSupport;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An edition of two test letters ({@code src/test/resources/two-letters}), in a
 * {@code @WebMvcTest} slice: the home page lists them, each has its own page.
 */
@EditionWebTest
@TestPropertySource(properties = "edition.content-dir=src/test/resources/two-letters")
class SeveralLettersTests extends PageTestSupport {

	@Test
	void theHomePageListsTheLettersInDateOrder() {
		Document page = page("/");
		assertThat(page.select("h1").text()).isEqualTo("The correspondence");
		assertThat(page.select(".letter-list h2 a").eachAttr("href")).containsExactly("/letters/first-letter",
				"/letters/second-letter");
	}

	@Test
	void eachLetterHasItsOwnPageStartingOnItsOwnPrintedPage() {
		Document page = page("/letters/second-letter");
		assertThat(page.select("h1").text()).isEqualTo("Second Test Letter");
		assertThat(page.select("[role=doc-pagebreak]").eachAttr("id")).containsExactly("page12");
	}

}
