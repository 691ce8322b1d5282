package dev.readingedition.printings;

import java.util.List;

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
 * The February 15 letter's two printings as a reader gets them, in a {@code @WebMvcTest}
 * slice: the apparatus and vol. VI's page breaks and notes on the reading page, the
 * comparison, vol. VI's page addresses (and the 404s outside its pages), and the
 * citations of the vol. VI printing.
 */
@EditionWebTest
class PrintingsPagesTests extends PageTestSupport {

	@Test
	void theReadingPageMarksBothVariantsQuietlyAndEachOpensTheOtherReading() {
		Document page = page(LETTER);

		List<Element> marks = page.select(".text > p a.variant-ref");
		assertThat(marks).extracting((mark) -> mark.closest("p").id()).containsExactly("p5", "p12");
		assertThat(marks).extracting((mark) -> mark.attr("href")).containsExactly("#var1", "#var2");
		assertThat(marks).allSatisfy((mark) -> assertThat(mark.text()).isEmpty());
		assertThat(page.select("#p5 .lemma").text()).isEqualTo("tranquility");
		Element entry = page.getElementById("var1");
		assertThat(entry.closest(".apparatus-entries")).isNotNull();
		assertThat(entry.text()).startsWith("VI tranquillity (orthographic)");
		assertThat(entry.selectFirst("abbr.siglum").attr("title")).isEqualTo("FRUS vol. VI, doc. 34");
		assertThat(entry.selectFirst("a[href$=compare#var1]")).isNotNull();
		assertThat(page.getElementById("var2").text()).contains(
				"VI adds the closing \u201cSincerely,\u201d, with its note 5: \u201cPrinted from an unsigned copy.\u201d");
		// the differences of the encoding alone are not marked
		assertThat(page.select(".apparatus")).hasSize(2);
	}

	@Test
	void theReadingPageCarriesVolumeSixPageBreaksToldApartFromVolumeFourteens() {
		Document page = page(LETTER);

		assertThat(page.select(".pagebreak-other").eachAttr("id")).containsExactly("vol-vi-page92", "vol-vi-page93",
				"vol-vi-page94", "vol-vi-page95");
		// Each says whose page it is (its name and hover text); CSS draws its label from
		// data-page, so it holds no
		// text: a copied sentence holds no page number.
		assertThat(page.select(".pagebreak-other").eachAttr("title")).containsExactly("Page 92 of vol. VI",
				"Page 93 of vol. VI", "Page 94 of vol. VI", "Page 95 of vol. VI");
		assertThat(page.select(".pagebreak-other").eachAttr("data-page")).containsExactly("VI\u00a092", "VI\u00a093",
				"VI\u00a094", "VI\u00a095");
		assertThat(page.select(".pagebreak-other")).allSatisfy((marker) -> assertThat(marker.text()).isEmpty());
		assertThat(page.getElementById("vol-vi-page92").closest("header")).isNotNull();
		assertThat(page.getElementById("vol-vi-page93").closest("p").id()).isEqualTo("p1");
		assertThat(page.getElementById("vol-vi-page94").closest("p").id()).isEqualTo("p6");
		assertThat(page.getElementById("vol-vi-page95").closest("p").id()).isEqualTo("p9");
		assertThat(page.getElementById("vol-vi-page93").nextSibling().outerHtml()).startsWith("hoped");
		// The break falls where a mention begins, so it stands before the mention: a
		// mention holds no page break.
		assertThat(page.getElementById("vol-vi-page95").nextElementSibling().hasClass("mention")).isTrue();
		assertThat(page.getElementById("vol-vi-page95").nextElementSibling().text()).startsWith("International");
	}

	@Test
	void theReadingPageSaysTheLetterIsPrintedTwiceAndShowsVolumeSixsNotesAsItsOwn() {
		Document page = page(LETTER);

		assertThat(page.selectFirst(".printings-notice").text()).isEqualTo("Printed twice: FRUS vol. XIV, doc. 296 "
				+ "(pp. 819\u2013821), reproduced here, and vol. VI, doc. 34 (pp. 92\u201395). They differ in 2 places, "
				+ "marked \u00b0 in the text. Compare the printings");
		Element notes = page.selectFirst("section.printing-notes");
		assertThat(notes.selectFirst("h2").text()).isEqualTo("Notes of the vol. VI, doc. 34 printing");
		assertThat(notes.select("li").eachAttr("id")).containsExactly("vi-n0", "vi-n1", "vi-n2", "vi-n3", "vi-n4",
				"vi-n5");
		assertThat(notes.getElementById("vi-n0").text()).startsWith("Source note (on the heading) Source: Department "
				+ "of State, Presidential Correspondence: Lot 77 D 163.");
		assertThat(notes.getElementById("vi-n3").text())
			.isEqualTo("3 (\u00b6 6) In a conversation on January 31; " + "see vol. XIV, pp. 780\u2013784.");
		assertThat(notes.select("#vi-n3 a").eachAttr("href")).containsExactly(
				"https://history.state.gov/historicaldocuments/frus1961-63v14/pg_780",
				"https://history.state.gov/historicaldocuments/frus1961-63v14/pg_784");
		assertThat(notes.getElementById("vi-n5").text())
			.isEqualTo("5 (after \u00b6 12) Printed from an unsigned copy.");
		// The edition's own notes keep their numbers and places.
		assertThat(page.select(".text a[role=doc-noteref]").eachAttr("data-note")).containsExactly("2", "3", "4", "5");
	}

	@Test
	void theComparisonSetsTheTwoPrintingsSideBySideParagraphAgainstParagraph() {
		Document page = page(LETTER + "/compare");

		assertThat(page.selectFirst("h1").text()).isEqualTo("Compare the printings");
		List<Element> rows = page.select("section.compare-row");
		assertThat(rows).hasSize(13);
		assertThat(rows.get(0).select(".compare-text")).hasSize(2);
		assertThat(rows.subList(0, 12)).extracting(Element::id)
			.containsExactly("compare-p1", "compare-p2", "compare-p3", "compare-p4", "compare-p5", "compare-p6",
					"compare-p7", "compare-p8", "compare-p9", "compare-p10", "compare-p11", "compare-p12");
		assertThat(rows.get(4).select("mark").eachText()).containsExactly("tranquility", "tranquillity");
		assertThat(rows.get(4).select("mark").eachAttr("id")).containsExactly("var1", "var1-vi");
		Element closing = rows.get(12);
		assertThat(closing.select(".compare-text").get(0).text()).contains("Not in vol. XIV.");
		assertThat(closing.select(".compare-text").get(1).select("mark").text()).isEqualTo("Sincerely,");
		assertThat(closing.select(".compare-notes").text())
			.isEqualTo("Vol. VI, note 5: Printed from an unsigned copy.");
		// page breaks of each printing in its own column
		assertThat(rows.get(2).select(".compare-text").get(0).select("[role=doc-pagebreak]").eachText())
			.containsExactly("[820]");
		assertThat(rows.get(0).select(".compare-text").get(1).select("[role=doc-pagebreak]").eachText())
			.containsExactly("[VI 93]");
		// vol. VI's words are shown with the printed spacing, not the encoding's
		// "Mr.Adzhubei"
		assertThat(rows.get(5).select(".compare-text").get(1).text()).contains("as I said to Mr. Adzhubei,")
			.doesNotContain("Mr.Adzhubei");
		assertThat(page.select(".compare-variants li")).hasSize(2);
		assertThat(page.select(".compare-variants li").get(0).text())
			.isEqualTo("\u00b6 5 tranquility XIV] VI tranquillity (orthographic)");
		assertThat(page.selectFirst(".compare-encoding").text()).startsWith("6 differences of the TEI encoding alone");
		assertThat(page.selectFirst("link[rel=canonical]").attr("href")).endsWith(LETTER + "/compare");
	}

	@Test
	void eachPageOfVolumeSixHasItsAddress() {
		for (int page = 92; page <= 95; page++) {
			Document shown = page(LETTER + "/vol-vi/page/" + page);
			assertThat(shown.selectFirst(".permalink-notice").attr("data-permalink-target"))
				.isEqualTo("vol-vi-page" + page);
			assertThat(shown.getElementById("vol-vi-page" + page)).isNotNull();
			assertThat(shown.selectFirst("link[rel=canonical]").attr("href")).endsWith(LETTER + "/vol-vi/page/" + page);
			assertThat(shown.selectFirst("title").text()).startsWith("vol. VI, page " + page + " \u00b7 ");
			// The page is cited as that page alone, not as the document's pages 92–95.
			Element cite = shown.select("details")
				.stream()
				.filter((details) -> details.selectFirst("summary").text().equals("Cite this page of the printing"))
				.findFirst()
				.orElseThrow();
			assertThat(cite.text()).contains(String.valueOf(page)).doesNotContain("92\u201395", "92\u20139");
		}
	}

	@Test
	void pagesOutsideEachPrintingAreNotFoundAndSaySo() {
		for (String path : List.of("/vol-vi/page/91", "/vol-vi/page/96", "/vol-vi/page/820", "/vol-xiv/page/818",
				"/vol-xiv/page/822", "/page/93", "/vol-v/page/100", "/vol-vi/page/0")) {
			MockHttpServletResponse response = get(LETTER + path);
			assertThat(response.getStatus()).as(path).isEqualTo(404);
		}
		assertThat(Jsoup.parse(body(get(LETTER + "/vol-vi/page/96"))).text())
			.contains("In vol. VI, doc. 34 the letter 'kennedy-to-khrushchev-1962-02-15' stands on pp. 92\u201395; "
					+ "page 96 is not among them.");
		assertThat(Jsoup.parse(body(get(LETTER + "/vol-v/page/100"))).text()).contains("'vol-v' names neither");
	}

	@Test
	void volumeFourteensPagesUnderItsVolumeLeadToTheEditionsOwnPageAddresses() {
		MockHttpServletResponse response = get(LETTER + "/vol-xiv/page/820");
		assertThat(response.getStatus()).isEqualTo(301);
		assertThat(header(response, "Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith(LETTER + "/page/820"));
	}

	@Test
	void aPageOfVolumeSixIsCitedAsThatPrinting() {
		Document page = page(LETTER + "/vol-vi/page/94");

		Element cite = page.selectFirst("details.cite-printing");
		assertThat(cite.selectFirst("summary").text()).isEqualTo("Cite this page of the printing");
		String chicago = cite.select(".citation-text").get(0).text();
		// Rendered by citeproc-java with the official Chicago full-note and APA styles
		// (issue 20).
		assertThat(chicago)
			.startsWith("John F. Kennedy to Nikita S. Khrushchev, \u201cLetter from President Kennedy "
					+ "to Chairman Khrushchev,\u201d in Kennedy-Khrushchev Exchanges, ed. Charles S. Sampson, vol. VI, "
					+ "Foreign Relations of the United States, 1961\u20131963 (1962; repr., United States Government "
					+ "Printing Office, 1996), 94, ")
			.endsWith(LETTER + "/vol-vi/page/94.");
		assertThat(cite.select(".citation-text").get(2).text())
			.contains("Kennedy-Khrushchev Exchanges: Vol. VI " + "(No. 34; p. 94)");
	}

	@Test
	void volumeSixsCitationFilesNameItsVolumeDocumentAndPages() {
		MockHttpServletResponse bib = get(LETTER + "/vol-vi/cite.bib?p=6");
		assertThat(bib.getStatus()).isEqualTo(200);
		assertThat(header(bib, "Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/x-bibtex"));
		// Its own key, so that both printings' records can stand in one bibliography.
		assertThat(body(bib)).startsWith("@incollection{" + SLUG + "-vol-vi-p6,\n");
		assertThat(header(bib, "Content-Disposition")).hasValue("inline; filename=\"" + SLUG + "-vol-vi-p6.bib\"");
		assertThat(body(bib)).contains("  booktitle = {Kennedy-Khrushchev Exchanges},\n")
			.contains("  volume = {VI},\n")
			.contains("  year = {1996},\n")
			.contains("  pages = {93--94},\n")
			.contains("Document 34, paragraph 6.");
		MockHttpServletResponse csl = get(LETTER + "/vol-vi/cite.json");
		assertThat(csl.getStatus()).isEqualTo(200);
		assertThat(body(csl)).contains("\"id\":\"" + SLUG + "-vol-vi\"")
			.contains("\"volume\":\"VI\"")
			.contains("\"container-title\":\"Kennedy-Khrushchev Exchanges\"")
			.contains("frus1961-63v06/d34");
		MockHttpServletResponse whole = get(LETTER + "/vol-vi/cite.bib");
		assertThat(body(whole)).contains("  pages = {92--95},\n");
		assertThat(get(LETTER + "/vol-vi/cite.bib?p=99").getStatus()).isEqualTo(404);
	}

	@Test
	void theComparisonCitesBothPrintings() {
		Document page = page(LETTER + "/compare");

		List<Element> citations = page.select(".compare-cite details.cite");
		assertThat(citations).hasSize(2);
		// APA, as citeproc-java renders it, names the volume and the document number.
		assertThat(citations.get(0).select(".citation-text").get(2).text())
			.contains("Berlin Crisis, 1961\u20131962: Vol. XIV (No. 296; pp. 819\u2013821)");
		assertThat(citations.get(1).select(".citation-text").get(2).text())
			.contains("Kennedy-Khrushchev Exchanges: Vol. VI (No. 34; pp. 92\u201395)");
		// Each printing's record for reference managers is its own files, linked.
		assertThat(citations.get(0).select(".citation-files a[download]").eachAttr("href"))
			.containsExactly(LETTER + "/cite.bib", LETTER + "/cite.json");
		assertThat(citations.get(1).select(".citation-files a[download]").eachAttr("href"))
			.containsExactly(LETTER + "/vol-vi/cite.bib", LETTER + "/vol-vi/cite.json");
	}

	@Test
	void hostileAddressesGetAClearEscapedAnswer() {
		MockHttpServletResponse response = get("/letters/%3Cscript%3Ealert(1)%3C%2Fscript%3E/compare");
		assertThat(response.getStatus()).isIn(400, 404);
		assertThat(body(response)).doesNotContain("<script>alert(1)");
		MockHttpServletResponse cite = get(LETTER + "/vol-vi/cite.json?p=%3Cimg%20src%3Dx%3E");
		assertThat(cite.getStatus()).isEqualTo(400);
		assertThat(body(cite)).doesNotContain("<img src=x>");
	}

	/**
	 * The paragraph to cite is a number, with or without the p of its id: anything else
	 * is a 400 that says what the parameter takes, in either printing's files; a number
	 * the letter has no paragraph for is a 404 that names it.
	 */
	@Test
	void theParagraphToCiteIsANumberAndAnythingElseIsA400ThatSaysSo() {
		assertThat(body(get(LETTER + "/vol-vi/cite.bib?p=6"))).isEqualTo(body(get(LETTER + "/vol-vi/cite.bib?p=p6")))
			.isEqualTo(body(get(LETTER + "/vol-vi/cite.bib?p=%206%20")));
		for (String path : List.of(LETTER + "/vol-vi/cite.bib?p=six", LETTER + "/vol-vi/cite.json?p=6-7",
				LETTER + "/cite.bib?p=pp6", LETTER + "/cite.json?p=%3Cb%3E")) {
			MockHttpServletResponse refused = get(path);
			assertThat(refused.getStatus()).as(path).isEqualTo(400);
			assertThat(Jsoup.parse(body(refused)).select("main p").first().text()).as(path)
				.startsWith(
						"The parameter p takes the number of a paragraph as its margin shows it, such as 11 (or p11), not '");
		}
		MockHttpServletResponse missing = get(LETTER + "/vol-vi/cite.bib?p=99");
		assertThat(missing.getStatus()).isEqualTo(404);
		assertThat(Jsoup.parse(body(missing)).select("main").text()).contains("has no paragraph 'p99' to cite");
		// An empty p asks for no paragraph: the whole letter is cited.
		assertThat(body(get(LETTER + "/vol-vi/cite.bib?p="))).isEqualTo(body(get(LETTER + "/vol-vi/cite.bib")));
	}

}
