package dev.readingedition.dts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;

import dev.readingedition.tei.TeiTestSupport;
import dev.readingedition.testing.EditionWebTest;
import dev.readingedition.testing.PageTestSupport;
import dev.readingedition.testing.RealContent;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;

import static dev.readingedition.testing.RealContent.SLUG;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The DTS 1.0 API as the site serves it with its public address set (a
 * {@code @WebMvcTest} slice), with cases taken from the specification's examples and
 * rules (https://dtsapi.org/versions/v1.0/): the Entry endpoint, the Collection endpoint
 * for the root, the correspondence and a letter (children and parents), the Navigation
 * endpoint by its table of {@code ref}, {@code down} and {@code start}/{@code end} in
 * both citation trees, the Document endpoint for a paragraph, a page and a range in TEI,
 * HTML and Markdown, and the 400 and 404 answers the specification asks for.
 */
@EditionWebTest
@TestPropertySource(properties = "edition.base-url=https://letters.example.org")
class DtsTests extends PageTestSupport {

	static final String BASE = "https://letters.example.org";

	static final String LETTER = BASE + "/letters/" + RealContent.SLUG;

	static final String RESOURCE = "resource=" + URLEncoder.encode(LETTER, StandardCharsets.UTF_8);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A JSON-LD answer, checked for its status and media type. */
	JsonNode json(String path) {
		MockHttpServletResponse response = get(path);
		assertThat(response.getStatus()).as(path + ": " + body(response)).isEqualTo(200);
		assertThat(header(response, "Content-Type").orElseThrow()).as(path).startsWith("application/ld+json");
		JsonNode answer = JSON.readTree(body(response));
		assertThat(answer.path("@context").asString()).isEqualTo("https://dtsapi.org/context/v1.0.json");
		assertThat(answer.path("dtsVersion").asString()).isEqualTo("1.0");
		return answer;
	}

	static List<String> identifiers(JsonNode units) {
		List<String> identifiers = new ArrayList<>();
		units.forEach((unit) -> identifiers.add(unit.path("identifier").asString()));
		return identifiers;
	}

	// Entry endpoint

	@Test
	void theEntryEndpointGivesTheVersionAndAbsoluteUriTemplates() {
		for (String path : List.of("/api/dts", "/api/dts/")) {
			JsonNode entry = json(path);
			assertThat(entry.path("@type").asString()).isEqualTo("EntryPoint");
			assertThat(entry.path("@id").asString()).isEqualTo(BASE + "/api/dts");
			assertThat(entry.path("collection").asString()).isEqualTo(BASE + "/api/dts/collection{?id,page,nav}");
			assertThat(entry.path("navigation").asString())
				.isEqualTo(BASE + "/api/dts/navigation{?resource,ref,start,end,down,tree,page}");
			assertThat(entry.path("document").asString())
				.isEqualTo(BASE + "/api/dts/document{?resource,ref,start,end,tree,mediaType}");
		}
	}

	// Collection endpoint

	@Test
	void theRootCollectionIsTheEditionHoldingTheCorrespondence() {
		JsonNode root = json("/api/dts/collection");
		assertThat(json("/api/dts/collection?id=" + URLEncoder.encode(BASE + "/", StandardCharsets.UTF_8)))
			.isEqualTo(root);
		assertThat(root.path("@id").asString()).isEqualTo(BASE + "/");
		assertThat(root.path("@type").asString()).isEqualTo("Collection");
		assertThat(root.path("title").asString()).isEqualTo("Cold War Letters");
		assertThat(root.path("totalParents").asInt()).isZero();
		assertThat(root.path("totalChildren").asInt()).isEqualTo(1);
		assertThat(root.path("member").isArray()).isTrue();
		JsonNode correspondence = root.path("member").get(0);
		assertThat(correspondence.path("@type").asString()).isEqualTo("Collection");
		assertThat(correspondence.path("@id").asString()).isEqualTo(BASE + "/letters");
		assertThat(correspondence.path("totalParents").asInt()).isEqualTo(1);
		// The four letters of the thread (issue 19's import of vol. VI docs. 27, 30 and
		// 42).
		assertThat(correspondence.path("totalChildren").asInt()).isEqualTo(4);
		assertThat(correspondence.path("collection").asString())
			.isEqualTo(BASE + "/api/dts/collection?id=https%3A%2F%2Fletters.example.org%2Fletters{&page,nav}");
		assertThat(json("/api/dts/collection?nav=parents").path("member").size()).isZero();
	}

	@Test
	void theCorrespondenceHoldsTheLettersAsResourcesWithAllTheirMetadata() {
		JsonNode correspondence = json(
				"/api/dts/collection?id=" + URLEncoder.encode(BASE + "/letters", StandardCharsets.UTF_8));
		assertThat(correspondence.path("title").asString())
			.isEqualTo("Letters between Nikita S. Khrushchev and John F. Kennedy");
		assertThat(correspondence.path("member").size()).isEqualTo(4);
		JsonNode february15 = null;
		for (JsonNode member : correspondence.path("member")) {
			if (member.path("@id").asString().equals(LETTER)) {
				february15 = member;
			}
		}
		assertThat(february15).as("the February 15 letter among the members").isNotNull();
		assertResource(february15);
		JsonNode parents = json(
				"/api/dts/collection?nav=parents&id=" + URLEncoder.encode(BASE + "/letters", StandardCharsets.UTF_8));
		assertThat(parents.path("member").get(0).path("@id").asString()).isEqualTo(BASE + "/");
	}

	@Test
	void aLettersCollectionAnswerIsItsResourceAndItsParentIsTheCorrespondence() {
		String id = URLEncoder.encode(LETTER, StandardCharsets.UTF_8);
		JsonNode resource = json("/api/dts/collection?id=" + id);
		assertResource(resource);
		assertThat(resource.path("member").isArray()).isTrue();
		assertThat(resource.path("member").size()).isZero();
		JsonNode parents = json("/api/dts/collection?id=" + id + "&nav=parents");
		assertThat(parents.path("member").size()).isEqualTo(1);
		assertThat(parents.path("member").get(0).path("@id").asString()).isEqualTo(BASE + "/letters");
		assertThat(json("/api/dts/collection?id=" + id + "&nav=children&page=1")).isEqualTo(resource);
	}

	private static void assertResource(JsonNode resource) {
		String encoded = "https%3A%2F%2Fletters.example.org%2Fletters%2F" + RealContent.SLUG;
		assertThat(resource.path("@id").asString()).isEqualTo(LETTER);
		assertThat(resource.path("@type").asString()).isEqualTo("Resource");
		assertThat(resource.path("title").asString()).isEqualTo("Letter From President Kennedy to Chairman Khrushchev");
		assertThat(resource.path("totalParents").asInt()).isEqualTo(1);
		assertThat(resource.path("totalChildren").asInt()).isZero();
		assertThat(resource.path("collection").asString())
			.isEqualTo(BASE + "/api/dts/collection?id=" + encoded + "{&page,nav}");
		assertThat(resource.path("navigation").asString())
			.isEqualTo(BASE + "/api/dts/navigation?resource=" + encoded + "{&ref,start,end,down,tree,page}");
		assertThat(resource.path("document").asString())
			.isEqualTo(BASE + "/api/dts/document?resource=" + encoded + "{&ref,start,end,tree,mediaType}");
		JsonNode trees = resource.path("citationTrees");
		assertThat(trees.size()).isEqualTo(3);
		// DTS: the first tree is the default one and has no identifier.
		assertThat(trees.get(0).has("identifier")).isFalse();
		assertThat(trees.get(0).path("@type").asString()).isEqualTo("CitationTree");
		assertThat(trees.get(0).path("citeStructure").get(0).path("citeType").asString()).isEqualTo("paragraph");
		assertThat(trees.get(1).path("identifier").asString()).isEqualTo("frus1961-63v14");
		assertThat(trees.get(1).path("citeStructure").get(0).path("citeType").asString()).isEqualTo("page");
		assertThat(trees.get(2).path("identifier").asString()).isEqualTo("frus1961-63v06");
		assertThat(trees.get(2).path("citeStructure").get(0).path("citeType").asString()).isEqualTo("page");
		assertThat(resource.path("mediaTypes").toString())
			.isEqualTo("[\"application/tei+xml\",\"text/html\",\"text/markdown\"]");
		assertThat(resource.path("download").path("application/tei+xml").asString()).isEqualTo(LETTER + ".xml");
		assertThat(resource.path("download").path("text/markdown").asString()).isEqualTo(LETTER + ".md");
		assertThat(resource.path("download").path("application/pdf").asString()).isEqualTo(LETTER + ".pdf");
		JsonNode dublinCore = resource.path("dublinCore");
		assertThat(dublinCore.path("creator").get(0).path("value").asString()).isEqualTo("John F. Kennedy");
		assertThat(dublinCore.path("creator").get(0).path("lang").asString()).isEqualTo("en");
		assertThat(dublinCore.path("date").asString()).isEqualTo("1962-02-15");
		assertThat(dublinCore.path("source").get(0).asString())
			.isEqualTo("https://history.state.gov/historicaldocuments/frus1961-63v14/d296");
	}

	@Test
	void theCollectionEndpointRefusesWhatItDoesNotKnow() {
		assertError("/api/dts/collection?id=" + URLEncoder.encode(BASE + "/letters/nope", StandardCharsets.UTF_8), 404,
				"There is no Collection or Resource");
		assertError("/api/dts/collection?nav=sideways", 400, "'children' (the default) or 'parents'");
		assertError("/api/dts/collection?page=2", 400, "not paginated");
	}

	// Navigation endpoint: the specification's table of down, ref and start/end

	@Test
	void downOneListsTheTopLevelOfTheDefaultTreeTheParagraphs() {
		JsonNode navigation = json("/api/dts/navigation?" + RESOURCE + "&down=1");
		assertThat(navigation.path("@type").asString()).isEqualTo("Navigation");
		assertThat(navigation.path("@id").asString()).isEqualTo(BASE + "/api/dts/navigation?" + RESOURCE + "&down=1");
		assertThat(navigation.has("ref")).isFalse();
		assertThat(navigation.path("resource").path("@id").asString()).isEqualTo(LETTER);
		assertThat(navigation.path("resource").path("citationTrees").size()).isEqualTo(3);
		JsonNode members = navigation.path("member");
		assertThat(identifiers(members)).containsExactly("p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9", "p10",
				"p11", "p12");
		JsonNode p3 = members.get(2);
		assertThat(p3.path("@type").asString()).isEqualTo("CitableUnit");
		assertThat(p3.path("level").asInt()).isEqualTo(1);
		assertThat(p3.has("parent")).isTrue();
		assertThat(p3.path("parent").isNull()).isTrue();
		assertThat(p3.path("citeType").asString()).isEqualTo("paragraph");
		assertThat(p3.path("@id").asString()).isEqualTo(LETTER + "/p3");
		assertThat(p3.path("dublinCore").path("title").get(0).path("value").asString()).isEqualTo("Paragraph 3");
		assertThat(json("/api/dts/navigation?" + RESOURCE + "&down=-1").path("member")).isEqualTo(members);
		assertThat(json("/api/dts/navigation?" + RESOURCE + "&down=5").path("member")).isEqualTo(members);
	}

	@Test
	void theNamedTreeListsThePrintedPages() {
		JsonNode navigation = json("/api/dts/navigation?" + RESOURCE + "&tree=frus1961-63v14&down=-1");
		JsonNode members = navigation.path("member");
		assertThat(identifiers(members)).containsExactly("819", "820", "821");
		assertThat(members.get(1).path("citeType").asString()).isEqualTo("page");
		assertThat(members.get(1).path("@id").asString()).isEqualTo(LETTER + "/page/820");
		assertThat(members.get(1).path("dublinCore").path("title").get(0).path("value").asString())
			.isEqualTo("Page 820");
		JsonNode page = json("/api/dts/navigation?" + RESOURCE + "&tree=frus1961-63v14&ref=820");
		assertThat(page.path("ref").path("identifier").asString()).isEqualTo("820");
		assertThat(page.has("member")).isFalse();
	}

	@Test
	void theSecondPrintingIsASecondNamedTreeOfPages() {
		JsonNode members = json("/api/dts/navigation?" + RESOURCE + "&tree=frus1961-63v06&down=1").path("member");
		assertThat(identifiers(members)).containsExactly("92", "93", "94", "95");
		assertThat(members.get(1).path("@id").asString()).isEqualTo(LETTER + "/vol-vi/page/93");
		Document tei = tei("/api/dts/document?" + RESOURCE + "&tree=frus1961-63v06&ref=93");
		List<Element> paragraphs = TeiTestSupport.elements(wrapper(tei), "p");
		assertThat(paragraphs).extracting((p) -> p.getAttributeNS(XMLConstants.XML_NS_URI, "id"))
			.containsExactly("p1", "p2", "p3", "p4", "p5", "p6");
		assertThat(TeiTestSupport.words(paragraphs.get(0)))
			.isEqualTo("hoped that these conversations might lead to some "
					+ "more positive note on Germany and Berlin that could be further developed in this more direct and "
					+ "confidential channel.");
		assertThat(TeiTestSupport.words(paragraphs.get(5))).endsWith("Fortunately, both you and");
	}

	@Test
	void aRefAloneDescribesItsUnitAndNothingElse() {
		JsonNode navigation = json("/api/dts/navigation?" + RESOURCE + "&ref=p3");
		assertThat(navigation.path("ref").path("identifier").asString()).isEqualTo("p3");
		assertThat(navigation.path("ref").path("parent").isNull()).isTrue();
		assertThat(navigation.has("member")).isFalse();
	}

	@Test
	void downZeroGivesARefsSiblingsAndDownOneOrMinusOneItsSubtree() {
		JsonNode siblings = json("/api/dts/navigation?" + RESOURCE + "&ref=p3&down=0");
		assertThat(identifiers(siblings.path("member"))).hasSize(12).contains("p3");
		// A paragraph has no children: the member array holds the ref alone, as the
		// specification says.
		assertThat(identifiers(json("/api/dts/navigation?" + RESOURCE + "&ref=p3&down=1").path("member")))
			.containsExactly("p3");
		assertThat(identifiers(json("/api/dts/navigation?" + RESOURCE + "&ref=p3&down=-1").path("member")))
			.containsExactly("p3");
	}

	@Test
	void aRangeGivesItsEndsAndWithDownItsUnits() {
		JsonNode ends = json("/api/dts/navigation?" + RESOURCE + "&start=p3&end=p5");
		assertThat(ends.path("start").path("identifier").asString()).isEqualTo("p3");
		assertThat(ends.path("end").path("identifier").asString()).isEqualTo("p5");
		assertThat(ends.has("member")).isFalse();
		assertThat(identifiers(json("/api/dts/navigation?" + RESOURCE + "&start=p3&end=p5&down=1").path("member")))
			.containsExactly("p3", "p4", "p5");
		assertThat(identifiers(json("/api/dts/navigation?" + RESOURCE + "&start=p3&end=p5&down=-1").path("member")))
			.containsExactly("p3", "p4", "p5");
		assertThat(identifiers(json("/api/dts/navigation?" + RESOURCE + "&tree=frus1961-63v14&start=820&end=821&down=1")
			.path("member"))).containsExactly("820", "821");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/dts/navigation?down=1", "/api/dts/navigation?RESOURCE",
			"/api/dts/navigation?RESOURCE&down=0", "/api/dts/navigation?RESOURCE&ref=p1&start=p1&end=p2",
			"/api/dts/navigation?RESOURCE&ref=p1&end=p2", "/api/dts/navigation?RESOURCE&start=p1",
			"/api/dts/navigation?RESOURCE&end=p2", "/api/dts/navigation?RESOURCE&start=p1&end=p2&down=0",
			"/api/dts/navigation?RESOURCE&down=abc", "/api/dts/navigation?RESOURCE&down=-2",
			"/api/dts/navigation?RESOURCE&start=p5&end=p3&down=1", "/api/dts/navigation?RESOURCE&ref=p1&ref=p2",
			"/api/dts/navigation?RESOURCE&down=1&page=2", "/api/dts/document", "/api/dts/document?ref=p1",
			"/api/dts/document?RESOURCE&ref=p1&start=p1&end=p2", "/api/dts/document?RESOURCE&start=p1",
			"/api/dts/document?RESOURCE&end=p1", "/api/dts/document?RESOURCE&start=p4&end=p2" })
	void theSpecificationsBadRequestsAre400WithAReason(String path) {
		assertError(path.replace("RESOURCE", RESOURCE), 400, "");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/dts/navigation?resource=https%3A%2F%2Fletters.example.org%2Fletters%2Fnope&down=1",
			"/api/dts/navigation?resource=nope&ref=p1", "/api/dts/navigation?RESOURCE&ref=p99",
			"/api/dts/navigation?RESOURCE&start=p1&end=p99", "/api/dts/navigation?RESOURCE&start=p0&end=p2",
			"/api/dts/navigation?RESOURCE&tree=nope&down=1", "/api/dts/navigation?RESOURCE&tree=frus1961-63v14&ref=p3",
			"/api/dts/navigation?RESOURCE&tree=frus1961-63v14&ref=818",
			"/api/dts/document?resource=https%3A%2F%2Fletters.example.org%2Fletters%2Fnope",
			"/api/dts/document?RESOURCE&ref=p99", "/api/dts/document?RESOURCE&tree=nope&ref=p1",
			"/api/dts/document?RESOURCE&tree=frus1961-63v14&ref=900",
			"/api/dts/document?RESOURCE&mediaType=application/pdf",
			"/api/dts/document?RESOURCE&mediaType=%3Cscript%3E" })
	void whatTheLetterDoesNotHaveIs404WithAReason(String path) {
		assertError(path.replace("RESOURCE", RESOURCE), 404, "");
	}

	void assertError(String path, int status, String reason) {
		MockHttpServletResponse response = get(path);
		assertThat(response.getStatus()).as(path + ": " + body(response)).isEqualTo(status);
		assertThat(header(response, "Content-Type").orElseThrow()).startsWith("application/json");
		JsonNode error = JSON.readTree(body(response));
		assertThat(error.path("status").asInt()).isEqualTo(status);
		assertThat(error.path("error").asString()).isNotBlank().contains(reason);
		assertThat(body(response)).doesNotContain("<").doesNotContain("Exception");
	}

	@Test
	void aNonexistentRefSaysWhereTheTreeRuns() {
		assertError("/api/dts/navigation?" + RESOURCE + "&ref=p99", 404, "runs from 'p1' to 'p12'");
		assertError("/api/dts/navigation?" + RESOURCE + "&tree=nope&down=1", 404, "frus1961-63v14");
	}

	// Document endpoint

	private static Element wrapper(Document tei) {
		return (Element) tei.getElementsByTagNameNS(TeiTestSupport.DTS, "wrapper").item(0);
	}

	@Test
	void theWholeDocumentIsTheLettersTeiWithALinkToItsCollection() {
		MockHttpServletResponse response = get("/api/dts/document?" + RESOURCE);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(header(response, "Content-Type").orElseThrow()).startsWith("application/tei+xml");
		assertThat(header(response, "Link"))
			.hasValue("<" + BASE + "/api/dts/collection?id=https%3A%2F%2Fletters.example.org%2Fletters%2F"
					+ RealContent.SLUG + ">; rel=\"collection\"");
		assertThat(body(response)).isEqualTo(body(get("/letters/" + RealContent.SLUG + ".xml")));
		Document tei = TeiTestSupport.parse(body(response).getBytes(StandardCharsets.UTF_8));
		assertThat(wrapper(tei)).isNull();
	}

	@Test
	void aParagraphComesInTheDtsWrapper() {
		Document tei = tei("/api/dts/document?" + RESOURCE + "&ref=p3");
		assertThat(tei.getDocumentElement().getLocalName()).isEqualTo("TEI");
		assertThat(tei.getDocumentElement().getNamespaceURI()).isEqualTo(TeiTestSupport.TEI);
		List<Element> paragraphs = TeiTestSupport.elements(wrapper(tei), "p");
		assertThat(paragraphs).extracting((p) -> p.getAttributeNS(XMLConstants.XML_NS_URI, "id")).containsExactly("p3");
		assertThat(TeiTestSupport.words(paragraphs.get(0)))
			.isEqualTo(edition().letter(SLUG).orElseThrow().paragraph("p3").orElseThrow().text());
	}

	@Test
	void aRangeOfParagraphsComesWhole() {
		Document tei = tei("/api/dts/document?" + RESOURCE + "&start=p2&end=p4");
		assertThat(TeiTestSupport.elements(wrapper(tei), "p"))
			.extracting((p) -> p.getAttributeNS(XMLConstants.XML_NS_URI, "id"))
			.containsExactly("p2", "p3", "p4");
	}

	@Test
	void aPrintedPageComesCutAtItsPageBreaks() {
		Document tei = tei("/api/dts/document?" + RESOURCE + "&tree=frus1961-63v14&ref=820");
		Element wrapper = wrapper(tei);
		assertThat(TeiTestSupport.elements(wrapper, "pb")).extracting((pb) -> pb.getAttribute("n"))
			.containsExactly("820", "94");
		List<Element> paragraphs = TeiTestSupport.elements(wrapper, "p");
		assertThat(paragraphs).extracting((p) -> p.getAttribute("part")).containsExactly("F", "", "", "", "I");
		assertThat(TeiTestSupport.words(paragraphs.get(0))).startsWith("ago—i.e.,");
	}

	@Test
	void htmlAndMarkdownComeThroughMediaType() {
		MockHttpServletResponse html = get("/api/dts/document?" + RESOURCE + "&ref=p6&mediaType=text/html");
		assertThat(html.getStatus()).isEqualTo(200);
		assertThat(header(html, "Content-Type").orElseThrow()).startsWith("text/html");
		assertThat(header(html, "Link").orElseThrow()).endsWith("; rel=\"collection\"");
		org.jsoup.nodes.Document page = Jsoup.parse(body(html));
		assertThat(page.select("article > p[id]").eachAttr("id")).containsExactly("p6");
		page.select("#p6 sup, #p6 .pagebreak").remove();
		assertThat(page.selectFirst("#p6").text())
			.isEqualTo(edition().letter(SLUG).orElseThrow().paragraph("p6").orElseThrow().text());
		assertThat(page.select("#n4").text()).contains("Adzhubei");
		assertThat(page.title()).isEqualTo("Letter From President Kennedy to Chairman Khrushchev, Paragraph 6");

		MockHttpServletResponse pageHtml = get(
				"/api/dts/document?" + RESOURCE + "&tree=frus1961-63v14&ref=821&mediaType=text%2Fhtml");
		assertThat(Jsoup.parse(body(pageHtml)).select("#page821").text()).isEqualTo("[821]");

		MockHttpServletResponse markdown = get("/api/dts/document?" + RESOURCE + "&ref=p6&mediaType=text/markdown");
		assertThat(markdown.getStatus()).isEqualTo(200);
		assertThat(header(markdown, "Content-Type").orElseThrow()).startsWith("text/markdown");
		assertThat(body(markdown)).contains("as I said to [Mr. Adzhubei]{ref=adzhubei},[^4] that world")
			.contains("\n[^4]: Kennedy’s conversation with Aleksei Adzhubei");
		MockHttpServletResponse source = get("/api/dts/document?" + RESOURCE + "&mediaType=text/markdown");
		assertThat(body(source)).isEqualTo(body(get("/letters/" + RealContent.SLUG + ".md")));
	}

	@Test
	void answersAreServedFromTheCacheWithTheirLinkHeader() {
		String path = "/api/dts/document?" + RESOURCE + "&ref=p3";
		MockHttpServletResponse first = get(path);
		String etag = header(first, "ETag").orElseThrow();
		MockHttpServletResponse again = get(path, "If-None-Match", etag);
		assertThat(again.getStatus()).isEqualTo(304);
		MockHttpServletResponse cached = get(path);
		assertThat(header(cached, "ETag")).hasValue(etag);
		assertThat(header(cached, "Link")).isEqualTo(header(first, "Link"));
		MockHttpServletResponse navigation = get("/api/dts/navigation?" + RESOURCE + "&down=1");
		assertThat(get("/api/dts/navigation?" + RESOURCE + "&down=1", "If-None-Match",
				header(navigation, "ETag").orElseThrow())
			.getStatus()).isEqualTo(304);
	}

	@Test
	void browserClientsOnOtherSitesMayReadTheApiAndTheTei() {
		for (String path : List.of("/api/dts", "/api/dts/navigation?" + RESOURCE + "&down=1",
				"/api/dts/document?" + RESOURCE + "&ref=p1", "/api/dts/document?" + RESOURCE + "&ref=p99",
				"/letters/" + RealContent.SLUG + ".xml")) {
			assertThat(header(get(path, "Origin", "https://client.example"), "Access-Control-Allow-Origin")).as(path)
				.hasValue("*");
		}
		assertThat(header(get("/letters/" + RealContent.SLUG), "Access-Control-Allow-Origin")).isEmpty();
	}

	@Test
	void clientsThatAskForJsonOrJsonLdGetTheAnswerInItsOwnType() {
		assertThat(get("/api/dts/navigation?" + RESOURCE + "&down=1", "Accept", "application/json").getStatus())
			.isEqualTo(200);
		MockHttpServletResponse document = get("/api/dts/document?" + RESOURCE + "&ref=p2", "Accept",
				"application/ld+json");
		assertThat(document.getStatus()).isEqualTo(200);
		assertThat(header(document, "Content-Type").orElseThrow()).startsWith("application/tei+xml");
	}

	private Document tei(String path) {
		MockHttpServletResponse response = get(path);
		assertThat(response.getStatus()).as(path + ": " + body(response)).isEqualTo(200);
		assertThat(header(response, "Content-Type").orElseThrow()).startsWith("application/tei+xml");
		assertThat(header(response, "Link").orElseThrow()).endsWith("; rel=\"collection\"");
		return TeiTestSupport.parse(body(response).getBytes(StandardCharsets.UTF_8));
	}

}
