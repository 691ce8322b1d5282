package dev.readingedition.citation;

import java.io.IOException;
import java.util.List;

import dev.readingedition.testing.EditionWebTest;
import dev.readingedition.testing.PageTestSupport;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.mock.web.MockHttpServletResponse;

import static dev.readingedition.testing.RealContent.LETTER;
import static dev.readingedition.testing.RealContent.SLUG;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The citation files for reference managers, in a {@code @WebMvcTest} slice: BibTeX and
 * CSL-JSON for the letter and for a paragraph.
 */
@EditionWebTest
class CitationFilesTests extends PageTestSupport {

	private MockHttpServletResponse ok(String path) {
		MockHttpServletResponse response = get(path);
		assertThat(response.getStatus()).as("status of %s", path).isEqualTo(200);
		return response;
	}

	@Test
	void theLettersBibtexIsAnEntryInTheVolume() {
		MockHttpServletResponse response = ok(LETTER + "/cite.bib");
		assertThat(header(response, "Content-Type")).hasValue("application/x-bibtex;charset=UTF-8");
		assertThat(header(response, "Content-Disposition"))
			.hasValue("inline; filename=\"kennedy-to-khrushchev-1962-02-15.bib\"");
		assertThat(body(response)).startsWith("@incollection{kennedy-to-khrushchev-1962-02-15,\n")
			.contains("  author = {Kennedy, John F.},\n", "  booktitle = {Berlin Crisis, 1961--1962},\n",
					"  series = {Foreign Relations of the United States, 1961--1963},\n", "  volume = {XIV},\n",
					"  editor = {Sampson, Charles S.},\n",
					"Document 296. Online edition of the volume: "
							+ "https://history.state.gov/historicaldocuments/frus1961-63v14/d296",
					"  url = {" + SITE + LETTER + "},\n")
			.contains("  year = {1994},\n", "  pages = {819--821},\n",
					"  title = {Letter From {President} {Kennedy} to {Chairman} {Khrushchev}},\n")
			.endsWith("}\n");
	}

	@Test
	void aParagraphsBibtexNamesItsPagesAndNumber() {
		String body = body(ok(LETTER + "/cite.bib?p=7"));
		assertThat(body).startsWith("@incollection{kennedy-to-khrushchev-1962-02-15-p7,\n")
			.contains("  pages = {820--821},\n", "Document 296, paragraph 7.", "  url = {" + SITE + LETTER + "/p7},\n");
		assertThat(body(ok(LETTER + "/cite.bib?p=p7"))).isEqualTo(body);
	}

	@Test
	void theCslJsonParsesAsJsonAndHoldsOneLetter() {
		MockHttpServletResponse response = ok(LETTER + "/cite.json?p=11");
		assertThat(header(response, "Content-Type")).hasValue("application/vnd.citationstyles.csl+json");
		JsonNode items = JsonMapper.builder().build().readTree(body(response));
		assertThat(items.isArray()).isTrue();
		assertThat(items.size()).isEqualTo(1);
		JsonNode item = items.get(0);
		assertThat(item.get("id").asString()).isEqualTo("kennedy-to-khrushchev-1962-02-15-p11");
		assertThat(item.get("type").asString()).isEqualTo("chapter");
		assertThat(item.get("original-date").get("date-parts").toString()).isEqualTo("[[1962,2,15]]");
		assertThat(item.get("issued").get("date-parts").toString()).isEqualTo("[[1994]]");
		assertThat(item.get("number").asString()).isEqualTo("296");
		assertThat(item.get("title").asString()).isEqualTo("Letter From President Kennedy to Chairman Khrushchev");
		assertThat(item.get("author").get(0).get("family").asString()).isEqualTo("Kennedy");
		assertThat(item.get("recipient").get(0).get("family").asString()).isEqualTo("Khrushchev");
		assertThat(item.get("collection-title").asString())
			.isEqualTo("Foreign Relations of the United States, 1961–1963");
		assertThat(item.get("volume").asString()).isEqualTo("XIV");
		assertThat(item.get("page").asString()).isEqualTo("821");
		assertThat(item.get("URL").asString()).isEqualTo(SITE + LETTER + "/p11");
		assertThat(item.get("accessed").get("date-parts").get(0).size()).isEqualTo(3);
	}

	@Test
	void theLettersCslJsonCitesTheWholeLetter() {
		JsonNode item = JsonMapper.builder().build().readTree(body(ok(LETTER + "/cite.json"))).get(0);
		assertThat(item.get("id").asString()).isEqualTo(SLUG);
		assertThat(item.get("page").asString()).isEqualTo("819–821");
	}

	/**
	 * What the page shows is what a reference manager importing cite.json prints: the
	 * file, read by citeproc-java's own reader and rendered by a processor of its own
	 * with the official styles, gives the page's texts.
	 */
	@Test
	void thePagesCitationsAreWhatCiteprocMakesOfCiteJson() throws IOException {
		for (String[] view : new String[][] { { LETTER, "", "header details.cite-letter" },
				{ LETTER + "/p11", "?p=11", "details.cite-paragraph" } }) {
			String json = body(ok(LETTER + "/cite.json" + view[1]));
			Document page = Jsoup.parse(body(ok(view[0])));
			List<String> shown = page.selectFirst(view[2]).select("p.citation-text").eachText();
			CSLItemData item = CitationStyles.itemData(JsonMapper.builder().build().readTree(json).get(0).toString());
			assertThat(shown).as(view[0])
				.containsExactly(render("chicago-fullnote-bibliography", item, true),
						render("modern-language-association", item, false), render("apa", item, false));
			assertThat(shown.get(0)).as("Chicago")
				.contains("John F. Kennedy to Nikita S. Khrushchev", "Letter from President Kennedy", "1962",
						"vol. XIV", "Foreign Relations of the United States",
						"United States Government Printing Office, 1994", view[1].isEmpty() ? "819–21" : "821",
						SITE + view[0]);
			assertThat(shown.get(1)).as("MLA")
				.contains("Kennedy, John F.", "1962", "vol. XIV, 296", view[1].isEmpty() ? "pp. 819–21" : "p. 821",
						SITE + view[0]);
			assertThat(shown.get(2)).as("APA")
				.contains("Kennedy, J. F. (1994)", "Vol. XIV",
						view[1].isEmpty() ? "(No. 296; pp. 819–821)" : "(No. 296; p. 821)", SITE + view[0],
						"(Original work published 1962)");
			// The record is not printed on the page but linked: the very files that were
			// read above.
			assertThat(page.selectFirst(view[2]).select("pre")).isEmpty();
			assertThat(page.selectFirst(view[2]).select(".citation-files a[download]").eachAttr("href"))
				.containsExactly(LETTER + "/cite.bib" + view[1], LETTER + "/cite.json" + view[1]);
		}
	}

	private static String render(String style, CSLItemData item, boolean note) throws IOException {
		CSL csl = new CSL(new ListItemDataProvider(item), style);
		csl.setOutputFormat("text");
		csl.registerCitationItems(item.getId());
		return (note ? csl.makeCitation(item.getId()).get(0).getText() : csl.makeBibliography().getEntries()[0])
			.strip();
	}

	@Test
	void anUnknownLetterOrParagraphGetsTheSitesOwn404Page() {
		for (String path : new String[] { "/letters/no-such-letter/cite.bib", LETTER + "/cite.bib?p=13",
				LETTER + "/cite.json?p=0" }) {
			MockHttpServletResponse response = get(path, "Accept", "text/html");
			assertThat(response.getStatus()).as(path).isEqualTo(404);
			assertThat(Jsoup.parse(body(response)).select("h1").text()).as(path).isEqualTo("Not found");
		}
	}

	/**
	 * Whatever is asked for as the paragraph, in either printing's files, the answer is a
	 * 404 or 400 that names what was wrong, escaped, never a 500, a stack trace or the
	 * payload as markup.
	 */
	@Test
	void aHostileParagraphGetsAClearEscapedAnswer() {
		String[] payloads = { "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "p" + "9".repeat(40),
				"-1", "p", "%00", "%0d%0aSet-Cookie:%20x=1", "\u202e11", "11%20OR%201=1", "{{7*7}}", "${7*7}",
				"p11/../p1", "\uD83D\uDE00", "x".repeat(3000) };
		for (String files : new String[] { LETTER + "/cite.bib", LETTER + "/cite.json", LETTER + "/vol-vi/cite.bib",
				LETTER + "/vol-vi/cite.json" }) {
			for (String payload : payloads) {
				String encoded = payload.startsWith("%") || payload.contains("%20") ? payload
						: java.net.URLEncoder.encode(payload, java.nio.charset.StandardCharsets.UTF_8);
				MockHttpServletResponse response = get(files + "?p=" + encoded, "Accept", "text/html");
				assertThat(response.getStatus()).as("%s?p=%s", files, payload).isIn(400, 404);
				assertThat(header(response, "Set-Cookie")).as("%s?p=%s", files, payload).isEmpty();
				assertThat(body(response)).as("%s?p=%s", files, payload)
					.doesNotContain("<script>alert", "<img src=x", "Exception", "\tat dev.", "Whitelabel");
			}
		}
	}

}
