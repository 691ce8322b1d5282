package dev.readingedition.citation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.readingedition.edition.EntityKind;
import dev.readingedition.edition.Letter;
import dev.readingedition.testing.EditionWebTest;
import dev.readingedition.testing.PageTestSupport;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.mock.web.MockHttpServletResponse;

import static dev.readingedition.testing.RealContent.LETTER;
import static dev.readingedition.testing.RealContent.SLUG;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annotations as the site serves them, in a {@code @WebMvcTest} slice: the marks and
 * glosses on the reading page, the index of names and terms, the Web Annotation data and
 * the Markdown source.
 */
@EditionWebTest
class AnnotationsPagesTests extends PageTestSupport {

	/**
	 * What a gloss inside a paragraph may hold and stay valid HTML: phrasing content
	 * only.
	 */
	private static final Set<String> PHRASING = Set.of("span", "a", "b", "em", "strong", "small", "cite", "code", "sup",
			"sub");

	private Letter letter() {
		return edition().letter(SLUG).orElseThrow();
	}

	@Test
	void eachFirstMentionHasItsGlossInTheMarginAfterItsParagraph() {
		Document page = page(LETTER);
		List<Element> glosses = page.select("article .annotation");
		assertThat(glosses).extracting(Element::id)
			.containsExactlyElementsOf(letter().annotations().stream().map((e) -> "a-" + e.id()).toList())
			.hasSize(18);
		for (Element gloss : glosses) {
			// Out of the paragraph, so that its text is the letter's; in the margin that
			// follows it.
			assertThat(gloss.parent().is(".text > .margin, .letter-head > .margin"))
				.as("%s stands in a margin", gloss.id())
				.isTrue();
			assertThat(gloss.attr("role")).isEqualTo("note");
			Element mention = page.getElementById(gloss.select("> a[role=doc-backlink]").attr("href").substring(1));
			assertThat(mention.is("a.mention")).isTrue();
			assertThat(mention.id()).endsWith("-1");
			assertThat(mention.attr("href")).isEqualTo("#" + gloss.id());
			// The kind and the name open the gloss, so they are what a screen reader says
			// first.
			assertThat(gloss.child(0).is(".kind")).isTrue();
			assertThat(gloss.child(0).text()).isIn("Person", "Place", "Organization", "Event", "Term");
			assertThat(gloss.child(1).is("b")).isTrue();
			assertThat(gloss.child(1).text()).isEqualTo(edition().entity(gloss.id().substring(2)).orElseThrow().name());
			assertThat(gloss.select("> small a")).isNotEmpty();
			assertThat(gloss.getAllElements().stream().skip(1))
				.allSatisfy((element) -> assertThat(PHRASING).contains(element.tagName()));
		}
		assertThat(page.select("#p1 ~ .margin").first().select(".annotation").eachAttr("id"))
			.containsExactly("a-thompson", "a-gromyko", "a-robert-kennedy", "a-channel");
	}

	@Test
	void laterMentionsAreQuietLinksToTheGloss() {
		Document page = page(LETTER);
		List<Element> later = page.select("a.mention:not([id$=-1])");
		assertThat(later).hasSize(letter().mentions().size() - 18);
		for (Element mention : later) {
			assertThat(page.getElementById(mention.attr("href").substring(1))).as(mention.attr("href")).isNotNull();
		}
		assertThat(page.select("#p9 a.mention").eachText()).containsExactly("Mr. Adzhubei",
				"International Commission supervising access", "East German", "Ambassador Thompson",
				"Foreign Minister Gromyko");
	}

	@Test
	void theReadingPageHasTheSwitchAndTheIndexLinkAndSendsEachGlossOnce() {
		Document page = page(LETTER);
		Element toggle = page.getElementById("show-annotations");
		assertThat(toggle.attr("type")).isEqualTo("checkbox");
		assertThat(toggle.hasAttr("checked")).as("annotations are shown by default").isTrue();
		assertThat(toggle.parent().is("label")).isTrue();
		assertThat(toggle.parent().text()).isEqualTo("Annotations");
		assertThat(page.select(".annotation-tools a").attr("href")).isEqualTo(LETTER + "/index");
		assertThat(page.select("script[src~=^/js/annotations-]")).isEmpty();
		// The switch is remembered by the annotation layer in edition.js (no script of
		// its own); print lists the
		// notes and glosses after the letter from the margin, by CSS alone.
		assertThat(page.select("script[src~=^/js/margin-]")).isEmpty();
		assertThat(page.select("section.annotations-print, section.endnotes")).isEmpty();
		assertThat(page.select("script[src~=^/js/edition-[0-9a-f]{32}\\.js$]")).hasSize(1);
	}

	@Test
	void theIndexGroupsEveryEntityByKindWithItsGlossSourcesAndParagraphs() {
		Document index = page(LETTER + "/index");
		assertThat(index.title()).startsWith("Names and terms · Letter From President Kennedy to Chairman Khrushchev");
		assertThat(index.select("main h2").eachText()).containsExactly("People", "Places", "Organizations", "Events",
				"Terms");
		assertThat(index.select("article.entry")).hasSize(18);
		for (EntityKind kind : EntityKind.values()) {
			for (Element entry : index.select("#kind-" + kind.code() + " ~ article.entry")) {
				String id = entry.id().substring(2);
				assertThat(edition().entity(id).orElseThrow().kind()).as(id).isEqualTo(kind);
			}
		}
		Element thompson = index.getElementById("a-thompson");
		assertThat(thompson.select("h3").text()).isEqualTo("Llewellyn E. Thompson, Jr.");
		assertThat(thompson.select(".gloss").text()).startsWith("U.S. Ambassador to the Soviet Union");
		assertThat(thompson.select(".sources a").eachAttr("href"))
			.contains("https://history.state.gov/historicaldocuments/frus1961-63v05/d140");
		assertThat(thompson.select(".mentioned a").eachAttr("href")).containsExactly(LETTER + "#p1", LETTER + "#p2",
				LETTER + "#p7", LETTER + "#p9");
		assertThat(thompson.select(".mentioned a").first().text()).isEqualTo("paragraph ¶ 1");
	}

	@Test
	void everyParagraphTheIndexLinksToMentionsThatEntity() {
		Document index = page(LETTER + "/index");
		Document reading = page(LETTER);
		int links = 0;
		for (Element entry : index.select("article.entry")) {
			for (Element link : entry.select(".mentioned a")) {
				String paragraph = link.attr("href").substring(link.attr("href").indexOf('#') + 1);
				assertThat(reading.select("#" + paragraph + " a.mention[href=#" + entry.id() + "]"))
					.as("%s mentions %s", paragraph, entry.id())
					.isNotEmpty();
				links++;
			}
		}
		assertThat(links).isGreaterThanOrEqualTo(18);
	}

	@Test
	void theIndexLinksBackToTheLetterAndToTheData() {
		Document index = page(LETTER + "/index");
		assertThat(index.select("main .back a").attr("href")).isEqualTo(LETTER);
		assertThat(index.select(".open-data a").eachAttr("href")).containsExactly(LETTER + "/annotations.jsonld",
				LETTER + ".md", LETTER + ".xml");
		assertThat(index.select("link[rel=canonical]").attr("href")).isEqualTo(SITE + LETTER + "/index");
	}

	@Test
	void anUnknownLetterHasNoIndexNoDataAndNoSource() {
		for (String path : List.of("/letters/no-such-letter/index", "/letters/no-such-letter/annotations.jsonld",
				"/letters/no-such-letter.md")) {
			MockHttpServletResponse response = get(path);
			assertThat(response.getStatus()).as(path).isEqualTo(404);
			assertThat(Jsoup.parse(body(response)).select("main").text()).as(path)
				.contains("There is no letter called 'no-such-letter'");
		}
	}

	@Test
	void theAnnotationsAreAW3cAnnotationCollectionInJsonLd() {
		MockHttpServletResponse response = get(LETTER + "/annotations.jsonld");
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(header(response, "Content-Type").orElseThrow()).startsWith("application/ld+json");
		JsonNode collection = JsonMapper.builder().build().readTree(body(response));
		assertThat(collection.path("@context").asString()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
		assertThat(collection.path("type").asString()).isEqualTo("AnnotationCollection");
		assertThat(collection.path("id").asString()).isEqualTo(SITE + LETTER + "/annotations.jsonld");
		JsonNode items = collection.path("first").path("items");
		assertThat(collection.path("first").path("type").asString()).isEqualTo("AnnotationPage");
		assertThat(collection.path("total").asInt()).isEqualTo(items.size()).isEqualTo(5 + 18);

		List<String> ids = new ArrayList<>();
		for (JsonNode item : items.values()) {
			ids.add(item.path("id").asString().substring(item.path("id").asString().indexOf('#') + 1));
			assertThat(item.path("type").asString()).isEqualTo("Annotation");
			assertThat(item.path("motivation").asString()).isIn("commenting", "describing");
			assertThat(item.path("body").size()).isPositive();
			for (JsonNode body : item.path("body").values()) {
				assertThat(body.path("type").asString()).isEqualTo("TextualBody");
				assertThat(body.path("value").asString()).isNotBlank();
			}
			for (JsonNode target : item.path("target").values()) {
				assertThat(target.path("type").asString()).isEqualTo("SpecificResource");
				assertThat(target.path("source").asString()).isEqualTo(SITE + LETTER);
			}
			assertThat(item.path("created").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
			assertThat(item.path("modified").asString()).isEqualTo(item.path("created").asString());
			assertThat(item.path("generated").asString()).isEqualTo(item.path("created").asString());
			assertThat(item.path("generator").path("type").asString()).isEqualTo("Software");
			assertThat(item.path("generator").path("id").asString()).isEqualTo(SITE + "/");
			assertThat(item.path("generator").path("name").asString()).isEqualTo("Cold War Letters");
		}
		assertThat(ids).startsWith("n1", "n2", "n3", "n4", "n5").contains("a-thompson", "a-rada-adzhubei");
		JsonNode thompson = items.get(5);
		assertThat(thompson.path("body").get(0).path("purpose").asString()).isEqualTo("identifying");
		assertThat(thompson.path("body").get(0).path("value").asString()).isEqualTo("Llewellyn E. Thompson, Jr.");
		assertThat(thompson.path("target").size()).as("one target per mention").isEqualTo(4);
	}

	/**
	 * Where each quote anchors on the page is {@link AnnotationAnchoringTests}' question;
	 * here, what it quotes.
	 */
	@Test
	void everyQuoteIsTheLettersWordsInItsParagraph() {
		JsonNode items = JsonMapper.builder()
			.build()
			.readTree(body(get(LETTER + "/annotations.jsonld")))
			.path("first")
			.path("items");
		int quotes = 0;
		for (JsonNode item : items.values()) {
			for (JsonNode target : item.path("target").values()) {
				JsonNode quote = target.path("selector").get(0);
				JsonNode fragment = target.path("selector").get(1);
				assertThat(quote.path("type").asString()).isEqualTo("TextQuoteSelector");
				assertThat(fragment.path("type").asString()).isEqualTo("FragmentSelector");
				assertThat(fragment.path("conformsTo").asString()).isEqualTo("http://tools.ietf.org/rfc/rfc3986");
				assertThat(fragment.path("refinedBy")).isEqualTo(quote);
				String anchor = fragment.path("value").asString();
				String text = anchor.equals("title") ? letter().meta().title()
						: letter().paragraph(anchor).orElseThrow().text();
				String exact = quote.path("exact").asString();
				assertThat(exact).isNotBlank();
				assertThat(text).as("%s in %s", exact, anchor).contains(exact);
				assertThat(quote.path("prefix").asString("").length()).isLessThanOrEqualTo(32);
				assertThat(quote.path("suffix").asString("").length()).isLessThanOrEqualTo(32);
				quotes++;
			}
		}
		assertThat(quotes).isEqualTo(5 + letter().mentions().size());
	}

	@Test
	void aNotesQuoteIsTheWordsItIsAttachedTo() {
		JsonNode note2 = JsonMapper.builder()
			.build()
			.readTree(body(get(LETTER + "/annotations.jsonld")))
			.path("first")
			.path("items")
			.get(1);
		JsonNode quote = note2.path("target").get(0).path("selector").get(0);
		assertThat(quote.path("exact").asString()).isEqualTo("letter of December 13, 1961,");
		assertThat(quote.path("prefix").asString()).endsWith("not answered directly your ");
	}

	@Test
	void theMarkdownSourceIsServedAsWritten() throws IOException {
		MockHttpServletResponse response = get(LETTER + ".md");
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(header(response, "Content-Type")).hasValue("text/markdown;charset=UTF-8");
		assertThat(body(response)).isEqualTo(Files.readString(Path.of("content/" + SLUG + ".md")));
	}

}
