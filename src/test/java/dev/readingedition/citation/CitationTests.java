package dev.readingedition.citation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import dev.readingedition.citation.Citation.MetaTag;
import dev.readingedition.citation.Styled.Part;
import dev.readingedition.edition.Letter;
import dev.readingedition.edition.LetterParser;
import dev.readingedition.edition.RealContent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class CitationTests {

	private static final LocalDate ACCESSED = LocalDate.of(2026, 11, 28);

	private static final String BASE = "https://letters.example.org/letters/kennedy-to-khrushchev-1962-02-15";

	private static Letter letter;

	@BeforeAll
	static void parse() {
		letter = RealContent.letter();
	}

	private static Citation paragraph(String id) {
		return Citation.of(letter, letter.paragraph(id).orElseThrow(), BASE + "/" + id, ACCESSED, "Cold War Letters");
	}

	private static Citation wholeLetter() {
		return Citation.of(letter, BASE, ACCESSED, "Cold War Letters");
	}

	@Test
	void chicagoCitesTheOnlineEditionWhileThePrintedYearIsUnconfirmed() {
		assertThat(paragraph("p11").chicago().text()).isEqualTo("John F. Kennedy to Nikita S. Khrushchev, Washington, "
				+ "February 15, 1962, in Foreign Relations of the United States, 1961–1963, vol. XIV, Berlin Crisis, "
				+ "1961–1962, ed. Charles S. Sampson, doc. 296, p. 821, ¶ 11, accessed November 28, 2026, "
				+ "https://history.state.gov/historicaldocuments/frus1961-63v14/d296; Cold War Letters, "
				+ "https://letters.example.org/letters/kennedy-to-khrushchev-1962-02-15/p11.");
	}

	@Test
	void chicagoSetsTheSeriesAndVolumeTitlesApart() {
		assertThat(paragraph("p11").chicago().parts()).filteredOn(Part::title)
			.extracting(Part::text)
			.containsExactly("Foreign Relations of the United States, 1961–1963", "Berlin Crisis, 1961–1962");
	}

	@Test
	void aParagraphAcrossAPageBreakIsCitedWithBothPages() {
		assertThat(paragraph("p3").chicago().text()).contains(", doc. 296, pp. 819–820, ¶ 3, accessed");
		assertThat(paragraph("p3").mla().text()).contains(", doc. 296, pp. 819–820, par. 3, ");
		assertThat(paragraph("p3").bibtex()).contains("  pages = {819--820},\n");
	}

	@Test
	void theWholeLetterIsCitedWithoutPinpoint() {
		assertThat(wholeLetter().chicago().text()).contains(", ed. Charles S. Sampson, doc. 296, accessed November 28")
			.endsWith("; Cold War Letters, https://letters.example.org/letters/kennedy-to-khrushchev-1962-02-15.");
	}

	@Test
	void mlaInvertsTheAuthorAndEndsWithTheAccessDate() {
		assertThat(paragraph("p11").mla().text()).isEqualTo("Kennedy, John F. “Letter From President Kennedy to "
				+ "Chairman Khrushchev.” 15 Feb. 1962. Foreign Relations of the United States, 1961–1963, edited by "
				+ "Charles S. Sampson, vol. XIV, Berlin Crisis, 1961–1962, doc. 296, p. 821, par. 11, "
				+ "history.state.gov/historicaldocuments/frus1961-63v14/d296. Cold War Letters, "
				+ "letters.example.org/letters/kennedy-to-khrushchev-1962-02-15/p11. Accessed 28 Nov. 2026.");
	}

	@Test
	void bibtexIsAnEntryInAnEditedVolumeOfTheSeries() {
		assertThat(paragraph("p11").bibtex()).isEqualTo("""
				@incollection{kennedy-to-khrushchev-1962-02-15-p11,
				  author = {Kennedy, John F.},
				  title = {Letter From President Kennedy to Chairman Khrushchev},
				  booktitle = {Berlin Crisis, 1961--1962},
				  series = {Foreign Relations of the United States, 1961--1963},
				  volume = {XIV},
				  editor = {Sampson, Charles S.},
				  publisher = {United States Government Printing Office},
				  pages = {821},
				  note = {To Nikita S. Khrushchev, Washington, February 15, 1962. Document 296, paragraph 11. \
				Online edition of the volume: https://history.state.gov/historicaldocuments/frus1961-63v14/d296, \
				accessed 2026-11-28.},
				  url = {https://letters.example.org/letters/kennedy-to-khrushchev-1962-02-15/p11},
				  urldate = {2026-11-28}
				}
				""");
	}

	@Test
	void bibtexEscapesWhatLatexWouldReadAsCommands() {
		assertThat(Bibtex.escape("50% & $5 #1 a_b {x} ~ ^ \\ 1961–1963 — end"))
			.isEqualTo("50\\% \\& \\$5 \\#1 a\\_b \\{x\\} \\~{} \\^{} \\textbackslash{} 1961--1963 --- end");
	}

	@Test
	void cslJsonCarriesTheSameFactsUnderCslNames() {
		JsonMapper json = JsonMapper.builder().build();
		JsonNode item = json.readTree(json.writeValueAsString(paragraph("p11").csl()));
		assertThat(item.get("id").asString()).isEqualTo("kennedy-to-khrushchev-1962-02-15-p11");
		assertThat(item.get("type").asString()).isEqualTo("letter");
		assertThat(item.get("author").get(0).get("family").asString()).isEqualTo("Kennedy");
		assertThat(item.get("author").get(0).get("given").asString()).isEqualTo("John F.");
		assertThat(item.get("recipient").get(0).get("family").asString()).isEqualTo("Khrushchev");
		assertThat(item.get("issued").get("date-parts").toString()).isEqualTo("[[1962,2,15]]");
		assertThat(item.get("container-title").asString()).isEqualTo("Berlin Crisis, 1961–1962");
		assertThat(item.get("collection-title").asString())
			.isEqualTo("Foreign Relations of the United States, 1961–1963");
		assertThat(item.get("page").asString()).isEqualTo("821");
		assertThat(item.get("URL").asString()).isEqualTo(BASE + "/p11");
		assertThat(item.get("accessed").get("date-parts").toString()).isEqualTo("[[2026,11,28]]");
	}

	@Test
	void cslJsonLeavesOutWhatIsNotStated() {
		JsonMapper json = JsonMapper.builder().build();
		JsonNode item = json.readTree(json.writeValueAsString(wholeLetter().csl()));
		assertThat(item.has("page")).isFalse();
		assertThat(item.toString()).doesNotContain("null");
	}

	@Test
	void highwireTagsNameThePagesOfAParagraphButNotAnUnconfirmedLastPageOfTheLetter() {
		assertThat(paragraph("p3").highwire()).contains(new MetaTag("citation_firstpage", "819"),
				new MetaTag("citation_lastpage", "820"), new MetaTag("citation_author", "Kennedy, John F."),
				new MetaTag("citation_date", "1962/02/15"), new MetaTag("citation_public_url", BASE + "/p3"));
		List<MetaTag> letterTags = wholeLetter().highwire();
		assertThat(letterTags).contains(new MetaTag("citation_firstpage", "819"));
		assertThat(letterTags).extracting(MetaTag::name)
			.doesNotContain("citation_lastpage", "citation_publication_date");
	}

	@Test
	void aConfirmedYearBringsThePrintedImprint() throws IOException {
		Path file = Path.of("content/kennedy-to-khrushchev-1962-02-15.md");
		Letter dated = new LetterParser().parse(file.toString(),
				Files.readString(file).replace("first-page: 819\n", "first-page: 819\npublished: 1994\n"),
				RealContent.edition().register());
		Citation citation = Citation.of(dated, dated.paragraph("p11").orElseThrow(), BASE + "/p11", ACCESSED,
				"Cold War Letters");
		assertThat(citation.chicago().text())
			.contains("ed. Charles S. Sampson (United States Government Printing Office, 1994), doc. 296");
		assertThat(citation.mla().text())
			.contains("Berlin Crisis, 1961–1962, United States Government Printing Office, 1994, doc. 296");
		assertThat(citation.bibtex()).contains("  year = {1994},\n");
		assertThat(citation.highwire()).contains(new MetaTag("citation_publication_date", "1994"));
	}

	@Test
	void namesAreInvertedAtTheLastSpace() {
		assertThat(Citation.inverted("John F. Kennedy")).isEqualTo("Kennedy, John F.");
		assertThat(Citation.inverted("Plato")).isEqualTo("Plato");
	}

}
