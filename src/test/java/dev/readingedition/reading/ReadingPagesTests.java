package dev.readingedition.reading;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.readingedition.edition.FidelityTestSupport;
import dev.readingedition.testing.EditionWebTest;
import dev.readingedition.testing.PageTestSupport;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import static dev.readingedition.testing.RealContent.LETTER;
import static dev.readingedition.testing.RealContent.SLUG;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reading pages, the home page and the contents as the site renders them from the
 * real content, in a {@code @WebMvcTest} slice.
 */
@EditionWebTest
class ReadingPagesTests extends PageTestSupport {

	@Test
	void theTemplatesIndentationIsNotSentWithTheReadingPage() {
		String page = body(get("/letters/" + SLUG));
		// The templates are indented as natural templates; their line breaks between tags
		// are layout, not the page's.
		assertThat(page).startsWith("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
			.doesNotContainPattern(">[ \\t]*\\n\\s*<")
			.endsWith("</body></html>");
	}

	@Test
	void theLetterPageIsHtmlWithTwelveAnchoredParagraphs() {
		MockHttpServletResponse response = get("/letters/" + SLUG);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("text/html;charset=UTF-8");
		Document page = Jsoup.parse(body(response));
		assertThat(page.select("article .text > p").eachAttr("id")).containsExactly("p1", "p2", "p3", "p4", "p5", "p6",
				"p7", "p8", "p9", "p10", "p11", "p12");
		for (Element paragraph : page.select("article .text > p")) {
			Element number = paragraph.selectFirst("a.paragraph-number");
			assertThat(number.attr("href")).isEqualTo("#" + paragraph.id());
		}
	}

	@Test
	void theHomePageShowsTheOnlyLetterWithItsCanonicalAddress() {
		Document page = page("/");
		assertThat(page.select("h1#title").text()).startsWith("Letter From President Kennedy to Chairman Khrushchev");
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(SITE + LETTER);
	}

	@Test
	void theHeadCarriesLanguageTitleDescriptionAndNoInlineScript() {
		Document page = page("/letters/" + SLUG);
		assertThat(page.select("html").attr("lang")).isEqualTo("en");
		assertThat(page.title()).isEqualTo(
				"Letter From President Kennedy to Chairman Khrushchev, Washington, February 15, 1962 · Cold War Letters");
		assertThat(page.select("meta[name=description]").attr("content")).contains("modus vivendi");
		for (Element script : page.select("script")) {
			assertThat(script.attr("src")).as("every script is a file").isNotEmpty();
			assertThat(script.data()).isEmpty();
		}
		assertThat(page.select("header, main, article, footer")).hasSizeGreaterThanOrEqualTo(4);
	}

	@Test
	void noteReferencesAndNotesCarryTheirRolesAndLinks() {
		Document page = page("/letters/" + SLUG);
		List<Element> references = page.select("a[role=doc-noteref]");
		assertThat(references).extracting(Element::id).containsExactly("nref1", "nref2", "nref3", "nref4", "nref5");
		for (Element reference : references) {
			// The number is the link's label and CSS shows it: the paragraph's text holds
			// no digit of its own.
			String label = reference.attr("data-note");
			assertThat(reference.text()).isEmpty();
			assertThat(reference.attr("aria-label")).isEqualTo("Note " + label);
			assertThat(reference.attr("href")).isEqualTo("#n" + label);
			Element note = page.getElementById("n" + label);
			assertThat(note.attr("role")).isEqualTo("doc-footnote");
			assertThat(note.parent().is(".margin")).as("note %s stands in a margin, out of the text", label).isTrue();
			assertThat(note.selectFirst("a[role=doc-backlink]").attr("href")).isEqualTo("#nref" + label);
		}
		assertThat(page.getElementById("title").select("a[role=doc-noteref]").eachAttr("data-note"))
			.containsExactly("1");
		assertThat(page.select("#p1 a[role=doc-noteref]").eachAttr("data-note")).containsExactly("2", "3");
		assertThat(page.select("#p6 a[role=doc-noteref]").eachAttr("data-note")).containsExactly("4");
		assertThat(page.select("#p9 a[role=doc-noteref]").eachAttr("data-note")).containsExactly("5");
		assertThat(page.select("#p1 + a + .margin > *").eachAttr("id")).startsWith("a-thompson", "a-gromyko", "n2");
	}

	@Test
	void printedPageBreaksAreMarkedWhereTheyFall() {
		Document page = page("/letters/" + SLUG);
		// vol. XIV's own pages; vol. VI's, told apart by their class and volume, are
		// tested with the printings
		assertThat(page.select("[role=doc-pagebreak]:not(.pagebreak-other)").eachAttr("id")).containsExactly("page819",
				"page820", "page821");
		Element page820 = page.getElementById("page820");
		// The marker says what it is (to a screen reader, and on hover); CSS shows
		// "[820]" from data-page.
		assertThat(page820.attr("title")).isEqualTo("Page 820 of vol. XIV");
		assertThat(page820.attr("data-page")).isEqualTo("820");
		assertThat(page820.text()).isEmpty();
		assertThat(page820.closest(".text > p").id()).isEqualTo("p3");
		assertThat(page.getElementById("page821").closest(".text > p").id()).isEqualTo("p7");
		assertThat(page.getElementById("page819").closest("header")).isNotNull();
	}

	@Test
	void theServedTextIsTheSourceWordForWord() throws IOException {
		Document page = page("/letters/" + SLUG);
		List<String> source = FidelityTestSupport.sourceParagraphs();
		// Nothing is taken out first: the title and each paragraph hold the letter's
		// words and no others.
		Element title = page.getElementById("title");
		assertThat(FidelityTestSupport.words("296. " + title.text()))
			.isEqualTo(FidelityTestSupport.words(source.get(0)));
		List<Element> paragraphs = page.select("article .text > p");
		assertThat(paragraphs).hasSize(source.size() - 1);
		for (int i = 0; i < paragraphs.size(); i++) {
			Element paragraph = paragraphs.get(i);
			assertThat(FidelityTestSupport.words(paragraph.text())).as("paragraph %d", i + 1)
				.isEqualTo(FidelityTestSupport.words(source.get(i + 1)));
		}
	}

	@Test
	void everyIdIsUniqueAndEveryInternalLinkResolves() {
		Document page = page("/letters/" + SLUG);
		Set<String> ids = new HashSet<>();
		for (Element element : page.select("[id]")) {
			assertThat(ids.add(element.id())).as("id %s is unique", element.id()).isTrue();
		}
		for (Element link : page.select("a[href^=#]")) {
			assertThat(ids).as("target of %s", link.outerHtml()).contains(link.attr("href").substring(1));
		}
	}

	@Test
	void theSourceIsCitedAndLinked() {
		Document page = page("/letters/" + SLUG);
		Element source = page.selectFirst(".letter-source");
		assertThat(source.text())
			.contains("Foreign Relations of the United States, 1961–1963, Volume XIV, Berlin Crisis")
			.contains("Document 296");
		assertThat(source.select("a").eachAttr("href")).contains(
				"https://history.state.gov/historicaldocuments/frus1961-63v14/d296",
				"https://history.state.gov/historicaldocuments/frus1961-63v06/d34");
	}

	@Test
	void theContentsPageListsTheLettersInDateOrder() {
		Document page = page("/letters");
		assertThat(page.select(".letter-list h2 a").eachAttr("href")).containsExactly(
				"/letters/khrushchev-to-kennedy-1961-12-13", "/letters/khrushchev-to-kennedy-undated-1961-12-30",
				"/letters/" + SLUG, "/letters/khrushchev-to-kennedy-1962-03-10");
	}

	@Test
	void anUnknownLetterGetsTheSitesOwn404Page() {
		MockHttpServletResponse response = get("/letters/no-such-letter");
		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(response.getContentType()).isEqualTo("text/html;charset=UTF-8");
		Document page = Jsoup.parse(body(response));
		assertThat(page.select("h1").text()).isEqualTo("Not found");
		assertThat(page.select("main").text()).contains("There is no letter called 'no-such-letter'");
		assertThat(page.select("a[href=/]")).isNotEmpty();
		assertThat(page.select("link[rel=stylesheet]")).isNotEmpty();
	}

	@Test
	void anUnknownLetterWhoseNameEndsLikeAFileIsStillAnHtmlPage() {
		for (String slug : List.of("no-such-letter.json", "no-such-letter.css", "no-such-letter.txt",
				"no-such-letter.js", "no-such-letter.html")) {
			MockHttpServletResponse response = get("/letters/" + slug, "Accept", "*/*");
			assertThat(response.getStatus()).as(slug).isEqualTo(404);
			assertThat(response.getContentType()).as(slug).isEqualTo("text/html;charset=UTF-8");
			assertThat(Jsoup.parse(body(response)).select("main").text()).as(slug)
				.contains("There is no letter called '" + slug + "'");
		}
	}

	@Test
	void stylesAndScriptsAreServed() {
		MockHttpServletResponse css = get("/css/edition.css");
		assertThat(css.getStatus()).isEqualTo(200);
		assertThat(css.getContentType()).startsWith("text/css");
		MockHttpServletResponse js = get("/js/edition.js");
		assertThat(js.getStatus()).isEqualTo(200);
		assertThat(js.getContentType()).contains("javascript");
	}

}
