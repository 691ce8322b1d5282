package dev.readingedition.web;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;

import dev.readingedition.edition.Edition;
import dev.readingedition.edition.Letter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annotations over HTTP: the marks and glosses on the reading page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnnotationsPagesTests {

	private static final String LETTER = "/letters/" + ReadingPagesTests.SLUG;

	/** What a gloss inside a paragraph may hold and stay valid HTML: phrasing content only. */
	private static final Set<String> PHRASING = Set.of("span", "a", "em", "strong", "cite", "code", "sup", "sub");

	@LocalServerPort
	int port;

	@Autowired
	Edition edition;

	Http http;

	@BeforeEach
	void client() {
		http = new Http(port);
	}

	private Document page(String path) {
		HttpResponse<String> response = http.get(path);
		assertThat(response.statusCode()).as("status of %s", path).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		return Jsoup.parse(response.body(), http.uri(path).toString());
	}

	private Letter letter() {
		return edition.letter(ReadingPagesTests.SLUG).orElseThrow();
	}

	@Test
	void eachFirstMentionCarriesItsGlossAsANoteInsideTheParagraph() {
		Document page = page(LETTER);
		List<Element> glosses = page.select("article .annotation");
		assertThat(glosses).extracting(Element::id)
			.containsExactlyElementsOf(letter().annotations().stream().map((e) -> "a-" + e.id()).toList())
			.hasSize(18);
		for (Element gloss : glosses) {
			assertThat(gloss.tagName()).isEqualTo("span");
			assertThat(gloss.parent().hasClass("paragraph")).as("%s stands in a paragraph", gloss.id()).isTrue();
			assertThat(gloss.attr("role")).isEqualTo("note");
			assertThat(gloss.attr("aria-label")).startsWith("Annotation: ");
			Element mention = gloss.previousElementSibling();
			assertThat(mention.hasClass("mention-first")).isTrue();
			assertThat(mention.attr("href")).isEqualTo("#" + gloss.id());
			assertThat(gloss.select(".annotation-kind").text()).isIn("Person", "Place", "Organization", "Event", "Term");
			assertThat(gloss.select(".annotation-sources a")).isNotEmpty();
			assertThat(gloss.select("*")).allSatisfy((element) -> assertThat(PHRASING).contains(element.tagName()));
		}
		assertThat(page.select("#p1 .annotation").eachAttr("id")).containsExactly("a-thompson", "a-gromyko",
				"a-robert-kennedy", "a-channel");
	}

	@Test
	void laterMentionsAreQuietLinksToTheGloss() {
		Document page = page(LETTER);
		List<Element> later = page.select("a.mention:not(.mention-first)");
		assertThat(later).hasSize(letter().mentions().size() - 18);
		for (Element mention : later) {
			assertThat(mention.nextElementSibling() == null || !mention.nextElementSibling().hasClass("annotation"))
				.as("no gloss after %s", mention.id())
				.isTrue();
			assertThat(page.getElementById(mention.attr("href").substring(1))).as(mention.attr("href"))
				.isNotNull();
		}
		assertThat(page.select("#p9 a.mention").eachText()).containsExactly("Mr. Adzhubei",
				"International Commission supervising access", "East German", "Ambassador Thompson",
				"Foreign Minister Gromyko");
	}

	@Test
	void theReadingPageHasTheSwitchAndThePrintList() {
		Document page = page(LETTER);
		Element toggle = page.getElementById("show-annotations");
		assertThat(toggle.attr("type")).isEqualTo("checkbox");
		assertThat(toggle.hasAttr("checked")).as("annotations are shown by default").isTrue();
		assertThat(page.select("label[for=show-annotations]").text()).isEqualTo("Annotations");
		assertThat(page.select("script[src=/js/annotations.js]")).hasSize(1);

		Element print = page.selectFirst("section.annotations-print");
		assertThat(print.select("dt")).hasSize(18);
		assertThat(print.select("dt").first().text()).isEqualTo("Llewellyn E. Thompson, Jr. (Person, ¶ 1)");
		assertThat(print.elementSiblingIndex()).as("annotations come after the notes")
			.isGreaterThan(page.selectFirst("section.endnotes").elementSiblingIndex());
	}

}
