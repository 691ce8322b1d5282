package dev.readingedition.reading;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.readingedition.edition.WhiteSpace;
import dev.readingedition.testing.EditionWebTest;
import dev.readingedition.testing.PageTestSupport;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import static dev.readingedition.testing.RealContent.LETTER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The permanent addresses of paragraphs and printed pages in a {@code @WebMvcTest} slice:
 * what a link preview reads from their heads, what a reader without JavaScript is shown,
 * quotes marked on the server, and the site's own 404 and 400 pages.
 */
@EditionWebTest
class PermalinkPagesTests extends PageTestSupport {

	private static final String P11 = "I realize that such an exchange, if successful, would represent a considerable "
			+ "departure from normal diplomacy.";

	private static String absolute(String path) {
		return SITE + path;
	}

	private static String meta(Document page, String property) {
		Element meta = page.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
		assertThat(meta).as("meta %s", property).isNotNull();
		return meta.attr("content");
	}

	private String quoteLink(String quote) {
		return LETTER + "/p11?quote=" + URLEncoder.encode(quote, StandardCharsets.UTF_8);
	}

	@Test
	void aParagraphPermalinkShowsTheLetterWithThatParagraphMarked() {
		Document page = page(LETTER + "/p11");
		assertThat(page.select("article .text > p")).hasSize(12);
		assertThat(page.select(".text > p.is-target").eachAttr("id")).containsExactly("p11");
		assertThat(page.title()).isEqualTo("¶ 11 · Letter From President Kennedy to Chairman Khrushchev, "
				+ "Washington, February 15, 1962 · Cold War Letters");
	}

	@Test
	void itsHeadGivesLinkPreviewsTheParagraphAndItsPermanentAddress() {
		Document page = page(LETTER + "/p11");
		String permalink = absolute(LETTER + "/p11");
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(permalink);
		assertThat(meta(page, "og:url")).isEqualTo(permalink);
		assertThat(meta(page, "og:type")).isEqualTo("article");
		assertThat(meta(page, "og:site_name")).isEqualTo("Cold War Letters");
		assertThat(meta(page, "og:title")).isEqualTo(
				"Letter From President Kennedy to Chairman Khrushchev " + "(Washington, February 15, 1962), ¶ 11");
		String description = meta(page, "og:description");
		assertThat(description).startsWith(P11)
			.endsWith("explore every possibility to avoid the…")
			.hasSizeBetween(250, 301);
		// X reads the card's title and description from og:title and og:description when
		// the page gives no
		// twitter:title or twitter:description, so the page gives only the card's kind,
		// and nothing to contradict them.
		assertThat(meta(page, "twitter:card")).isEqualTo("summary");
		assertThat(page.select("meta[name=twitter:title], meta[name=twitter:description]")).isEmpty();
	}

	@Test
	void itsHeadGivesReferenceManagersTheLettersOneRecord() {
		Document page = page(LETTER + "/p11");
		assertThat(meta(page, "citation_title")).isEqualTo("Letter From President Kennedy to Chairman Khrushchev");
		assertThat(meta(page, "citation_author")).isEqualTo("Kennedy, John F.");
		assertThat(meta(page, "citation_publication_date")).isEqualTo("1994");
		assertThat(meta(page, "citation_book_title")).isEqualTo("Berlin Crisis, 1961–1962");
		assertThat(meta(page, "citation_series_title")).isEqualTo("Foreign Relations of the United States, 1961–1963");
		assertThat(meta(page, "citation_editor")).isEqualTo("Sampson, Charles S.");
		assertThat(meta(page, "citation_firstpage")).isEqualTo("819");
		assertThat(meta(page, "citation_lastpage")).isEqualTo("821");
		assertThat(meta(page, "citation_public_url")).isEqualTo(absolute(LETTER));
		assertThat(page.select("meta[name=citation_date]")).as("deprecated by Google Scholar").isEmpty();
	}

	@Test
	void theLetterParagraphAndPageViewsCarryTheSameScholarlyRecord() {
		List<String> tags = highwire(page(LETTER));
		assertThat(tags).hasSizeGreaterThanOrEqualTo(10);
		assertThat(highwire(page(LETTER + "/p11"))).isEqualTo(tags);
		assertThat(highwire(page(LETTER + "/page/820"))).isEqualTo(tags);
	}

	private static List<String> highwire(Document page) {
		return page.select("meta[name^=citation_]")
			.stream()
			.map((m) -> m.attr("name") + "=" + m.attr("content"))
			.toList();
	}

	@Test
	void theLetterPageCarriesTheLettersPreviewAndCitationTags() {
		Document page = page(LETTER);
		assertThat(meta(page, "og:url")).isEqualTo(absolute(LETTER));
		assertThat(meta(page, "og:description")).contains("modus vivendi");
		assertThat(meta(page, "citation_firstpage")).isEqualTo("819");
		assertThat(meta(page, "citation_lastpage")).isEqualTo("821");
		assertThat(page.select("link[rel=alternate][type=application/x-bibtex]").attr("href"))
			.isEqualTo(absolute(LETTER + "/cite.bib"));
	}

	@Test
	void withoutJavaScriptANoticeLeadsToTheLinkedParagraph() {
		Element notice = page(LETTER + "/p11").selectFirst(".permalink-notice");
		assertThat(notice.attr("data-permalink-target")).isEqualTo("p11");
		assertThat(notice.selectFirst("a").text()).isEqualTo("Linked paragraph ¶ 11");
		assertThat(notice.selectFirst("a").attr("href")).isEqualTo("#p11");
	}

	@Test
	void theLetterPageHasNoNotice() {
		assertThat(page(LETTER).select(".permalink-notice")).isEmpty();
	}

	@Test
	void everyParagraphNumberLinksToItsAnchorAndTheLetterCarriesThePermalinks() {
		Document page = page(LETTER);
		// The page carries the letter's address once; a paragraph's permalink is it, a
		// slash and the paragraph's id.
		String letter = page.selectFirst("article.letter").attr("data-permalink");
		assertThat(letter).isEqualTo(absolute(LETTER));
		for (Element paragraph : page.select("article .text > p")) {
			Element number = paragraph.selectFirst("a.paragraph-number");
			assertThat(number.attr("href")).isEqualTo("#" + paragraph.id());
			assertThat(letter + "/" + paragraph.id()).isEqualTo(absolute(LETTER + "/" + paragraph.id()));
			assertThat(get(LETTER + "/" + paragraph.id()).getStatus()).isEqualTo(200);
		}
	}

	@Test
	void unknownParagraphsGetTheSitesOwn404Page() {
		for (String id : List.of("p0", "p13", "pabc", "page")) {
			MockHttpServletResponse response = get(LETTER + "/" + id);
			assertThat(response.getStatus()).as(id).isEqualTo(404);
			Document page = Jsoup.parse(body(response));
			assertThat(page.select("h1").text()).as(id).isEqualTo("Not found");
			assertThat(page.select("main").text()).as(id).contains("has no paragraph '" + id + "'");
		}
		assertThat(get("/letters/no-such-letter/p1").getStatus()).isEqualTo(404);
	}

	@Test
	void aPrintedPageLinkShowsTheLetterAtThatPage() {
		Document page = page(LETTER + "/page/820");
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(absolute(LETTER + "/page/820"));
		assertThat(meta(page, "og:title")).endsWith(", page 820");
		assertThat(meta(page, "og:description")).startsWith("…ago—i.e., you know that the West will not withdraw");
		Element notice = page.selectFirst(".permalink-notice a");
		assertThat(notice.text()).isEqualTo("Linked page 820");
		assertThat(notice.attr("href")).isEqualTo("#page820");
		assertThat(page.getElementById("page820")).isNotNull();
		// The page is cited as that page, not as the letter's whole range of pages.
		Element cite = page.select("details")
			.stream()
			.filter((details) -> details.selectFirst("summary").text().equals("Cite this page of the printing"))
			.findFirst()
			.orElseThrow();
		assertThat(cite.text()).contains("820").doesNotContain("819\u2013", "819\u201321", "pp. 819");
	}

	@Test
	void theFirstPrintedPageLeadsToTheMarkerInTheHeader() {
		Document page = page(LETTER + "/page/819");
		assertThat(page.selectFirst(".permalink-notice a").attr("href")).isEqualTo("#page819");
		assertThat(page.getElementById("page819").closest("header")).isNotNull();
		assertThat(meta(page, "og:description")).startsWith("Dear Mr. Chairman:");
	}

	@Test
	void pagesTheLetterDoesNotStandOnGetThe404Page() {
		// ("abc" is no page number and so no route: Tomcat's error page answers, see
		// HardeningTests)
		for (String page : List.of("818", "822", "0", "1")) {
			MockHttpServletResponse response = get(LETTER + "/page/" + page, "Accept", "text/html");
			assertThat(response.getStatus()).as(page).isEqualTo(404);
			assertThat(Jsoup.parse(body(response)).select("h1").text()).as(page).isEqualTo("Not found");
		}
		assertThat(Jsoup.parse(body(get(LETTER + "/page/822"))).select("main").text())
			.contains("stands on printed pages 819–821; page 822 is not among them");
	}

	@Test
	void aQuoteIsMarkedOnTheServerWhateverItsWhiteSpace() {
		Document page = page(quoteLink("new  situations\nrequire new methods"));
		assertThat(page.select("#p11 mark").eachText()).containsExactly("new situations require new methods");
		assertThat(page.select("#p11 mark").attr("id")).isEqualTo("m1");
		assertThat(page.select(".text > p.is-target").eachAttr("id")).containsExactly("p11");
		assertThat(page.selectFirst(".permalink-notice").text()).contains("with the quoted words marked");
		assertThat(meta(page, "og:description")).isEqualTo("“new situations require new methods”");
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(absolute(LETTER + "/p11"));
	}

	@Test
	void aQuoteMustBeWholeWordsOfThatParagraph() {
		for (String quote : List.of("ew situations", "situations require new method", "Dear Mr. Chairman")) {
			Document page = page(quoteLink(quote));
			assertThat(page.select("mark")).as(quote).isEmpty();
			assertThat(page.select(".text > p.is-target").eachAttr("id")).as(quote).containsExactly("p11");
			assertThat(page.selectFirst(".quote-missing").text()).as(quote)
				.contains("are not in this paragraph as it now reads");
		}
	}

	@Test
	void aQuoteIsEchoedEscaped() {
		MockHttpServletResponse response = get(quoteLink("<script>alert(1)</script>"));
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(body(response)).doesNotContain("<script>alert(1)</script>")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;");
	}

	@Test
	void anOverLongQuoteGetsA400PageThatSaysSo() {
		MockHttpServletResponse response = get(quoteLink("word ".repeat(201)));
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentType()).isEqualTo("text/html;charset=UTF-8");
		Document page = Jsoup.parse(body(response));
		assertThat(page.select("h1").text()).isEqualTo("Quote too long");
		assertThat(page.select("main").text())
			.contains("This link asks to mark a quote of 1005 characters; a quote link can mark at most 1000.");
		assertThat(page.select("main a").attr("href")).isEqualTo(absolute(LETTER + "/p11"));
	}

	@Test
	void everyErrorPageOfTheReadingPagesHasOneHeadAHeadingItsTitleRepeatsAndIsKeptOutOfIndexes() {
		for (String address : List.of("/letters/no-such-letter", LETTER + "/p99", LETTER + "/page/1",
				quoteLink("word ".repeat(201)), "/names?kind=zzz")) {
			MockHttpServletResponse response = get(address);
			assertThat(response.getStatus()).as(address).isIn(400, 404);
			String html = body(response);
			// As sent, not as parsed: an HTML parser drops a second <head> and keeps its
			// children.
			assertThat(html.split("<head>", -1)).as(address).hasSize(2);
			assertThat(html.split("<title>", -1)).as(address).hasSize(2);
			Document page = Jsoup.parse(html);
			assertThat(page.select("body meta, body title")).as(address).isEmpty();
			assertThat(page.select("main#main.error-page")).as(address).hasSize(1);
			String heading = page.select("main > h1:first-child").text();
			assertThat(heading).as(address).isIn("Not found", "Bad request", "Quote too long");
			assertThat(page.title()).as(address).isEqualTo(heading + " · Cold War Letters");
			assertThat(page.select("head meta[name=robots]").attr("content")).as(address).isEqualTo("noindex");
			assertThat(page.select("head meta[name=description]").attr("content")).as(address).isNotBlank();
			assertThat(page.select("main > p")).as(address).isNotEmpty();
		}
	}

	@Test
	void theLetterAndEachParagraphHaveACiteDisclosure() {
		Document page = page(LETTER + "/p11");
		Element letterCite = page.selectFirst("header details.cite-letter");
		assertThat(letterCite.selectFirst("summary").text()).isEqualTo("Cite this letter");
		assertThat(letterCite.select("dt").eachText()).containsExactly("Chicago (note)", "MLA", "APA",
				"Reference managers");
		assertThat(letterCite.select("dd.citation-files a").eachText()).containsExactly("BibTeX", "CSL-JSON");
		// A paragraph's disclosure stands, open, on its permalink page; every other
		// paragraph links there.
		assertThat(page.select("details.cite-paragraph")).hasSize(1);
		for (Element paragraph : page.select("article .text > p:not(#p11)")) {
			Element link = paragraph.nextElementSibling();
			assertThat(link.is(".text > a")).as("the Cite after %s", paragraph.id()).isTrue();
			assertThat(link.text()).isEqualTo("Cite");
			assertThat(link.attr("href")).isEqualTo(LETTER + "/" + paragraph.id() + "#cite");
			assertThat(link.attr("aria-label")).isEqualTo("Cite paragraph " + paragraph.id().substring(1));
		}
		Element cite = page.getElementById("p11").nextElementSibling();
		assertThat(cite.is("details.cite-paragraph[open]#cite")).isTrue();
		assertThat(cite.selectFirst("summary").text()).isEqualTo("Cite paragraph 11");
		assertThat(cite.selectFirst(".citation-text").text()).isEqualTo("John F. Kennedy to Nikita S. Khrushchev, "
				+ "“Letter from President Kennedy to Chairman Khrushchev,” in Berlin Crisis, 1961–1962, ed. Charles S. "
				+ "Sampson, vol. XIV, Foreign Relations of the United States, 1961–1963 (1962; repr., United States "
				+ "Government Printing Office, 1994), 821, " + absolute(LETTER + "/p11") + ".");
		assertThat(cite.selectFirst(".citation-text").select("cite").eachText())
			.containsExactly("Berlin Crisis, 1961–1962");
		assertThat(cite.select(".citation-files a").eachAttr("href")).containsExactly(LETTER + "/cite.bib?p=11",
				LETTER + "/cite.json?p=11");
		// The copy buttons cannot work without the sharing script, which adds them.
		assertThat(page.select("button.copy-citation")).isEmpty();
	}

	@Test
	void aParagraphCrossingAPageBreakIsCitedWithBothPages() {
		Element cite = page(LETTER + "/p3").getElementById("p3").nextElementSibling();
		assertThat(cite.selectFirst(".citation-text").text()).contains("1994), 819–20, ");
		assertThat(cite.select(".citation-text").get(2).text()).as("APA").contains("(No. 296; pp. 819–820)");
	}

	@Test
	void theSharingScriptIsAFileAndThePageHasNoInlineScriptOrStyle() {
		Document page = page(LETTER + "/p11");
		// Named for edition.js to load at the reader's first move, not loaded with the
		// page.
		assertThat(page.select("meta[name=share-script][content~=^/js/share-[0-9a-f]{32}\\.js$]")).hasSize(1);
		assertThat(page.select("script[src*=share]")).isEmpty();
		// Its quotes collapse white space by the server's rule, which the page gives it
		// instead of a copy.
		assertThat(page.select("meta[name=share-script]").attr("data-space")).isEqualTo(WhiteSpace.CHARACTER);
		for (Element script : page.select("script")) {
			assertThat(script.data()).isEmpty();
		}
		assertThat(page.select("[style]")).isEmpty();
		assertThat(page.getAllElements()).allSatisfy((element) -> assertThat(element.attributes().asList())
			.noneMatch((attribute) -> attribute.getKey().startsWith("on")));
		MockHttpServletResponse script = get("/js/share.js");
		assertThat(script.getStatus()).isEqualTo(200);
		assertThat(script.getContentType()).contains("javascript");
		assertThat(get("/img/link.svg").getStatus()).isEqualTo(200);
	}

	@Test
	void thePermalinkPagesIdsAreUniqueAndTheirLinksResolve() {
		Document page = page(LETTER + "/p11?quote=" + URLEncoder.encode("new situations", StandardCharsets.UTF_8));
		List<String> ids = page.select("[id]").eachAttr("id");
		assertThat(ids).doesNotHaveDuplicates();
		for (Element link : page.select("a[href^=#]")) {
			assertThat(ids).as("target of %s", link.outerHtml()).contains(link.attr("href").substring(1));
		}
	}

}
