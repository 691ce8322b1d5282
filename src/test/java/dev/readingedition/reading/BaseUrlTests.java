package dev.readingedition.reading;

import dev.readingedition.testing.EditionWebTest;
import dev.readingedition.testing.PageTestSupport;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static dev.readingedition.testing.RealContent.LETTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * With {@code edition.base-url} set, every address that leaves the site starts with it,
 * whatever Host the request named (here the slice's own, {@code localhost}).
 */
@EditionWebTest
@TestPropertySource(properties = "edition.base-url=https://letters.example.org")
class BaseUrlTests extends PageTestSupport {

	private static final String PUBLIC = "https://letters.example.org" + LETTER;

	@Test
	void permalinksCanonicalLinksPreviewsAndCitationsUseTheConfiguredAddress() {
		Document page = page(LETTER + "/p11");
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(PUBLIC + "/p11");
		assertThat(page.select("meta[property=og:url]").attr("content")).isEqualTo(PUBLIC + "/p11");
		// The scholarly record is the letter's, on every view of it.
		assertThat(page.select("meta[name=citation_public_url]").attr("content")).isEqualTo(PUBLIC);
		assertThat(page.select("article.letter").attr("data-permalink")).isEqualTo(PUBLIC);
		assertThat(body(get(LETTER + "/cite.bib"))).contains("  url = {" + PUBLIC + "},\n");
	}

	@Test
	void aBaseUrlThatIsNotAWebAddressIsRefusedWithWhatItShouldBe() {
		assertThatThrownBy(() -> new Permalinks("letters.example.org")).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("edition.base-url must be an http(s) address such as https://letters.example.org, without "
					+ "query or fragment, not 'letters.example.org'");
		assertThat(new Permalinks(" https://example.org/edition/ ").base()).isEqualTo("https://example.org/edition");
		assertThat(new Permalinks("https://letters.example.org/").base()).isEqualTo("https://letters.example.org");
	}

}
