package dev.readingedition.citation;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.readingedition.citation.Citation.MetaTag;
import dev.readingedition.citation.CitationStyles.Style;
import dev.readingedition.citation.Styled.Part;
import dev.readingedition.edition.Letter;
import dev.readingedition.edition.LetterParser;
import dev.readingedition.printings.Printing;
import dev.readingedition.testing.RealContent;

import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.ParseException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static dev.readingedition.testing.RealContent.SLUG;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The citation records of the real letter, and their renderings by citeproc-java with the
 * official Chicago, MLA and APA styles.
 */
class CitationTests {

	private static final LocalDate ACCESSED = LocalDate.of(2026, 11, 28);

	private static final String BASE = "https://letters.example.org/letters/" + SLUG;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static Letter letter;

	private static CitationStyles styles;

	@BeforeAll
	static void parse() {
		letter = RealContent.letter();
		styles = new CitationStyles();
	}

	private static Citation paragraph(String id) {
		return Citation.of(letter, letter.paragraph(id).orElseThrow(), BASE + "/" + id, BASE, ACCESSED);
	}

	private static Citation wholeLetter() {
		return Citation.of(letter, BASE, ACCESSED);
	}

	private static JsonNode csl(Citation citation) {
		return JSON.readTree(JSON.writeValueAsString(citation.csl()));
	}

	@Test
	void theLetterIsADocumentOfTheVolumeDatedByItsOwnDateAndPrintedIn1994() {
		JsonNode item = csl(wholeLetter());
		assertThat(item.get("id").asString()).isEqualTo(SLUG);
		assertThat(item.get("type").asString()).isEqualTo("chapter");
		assertThat(item.get("title").asString()).isEqualTo("Letter From President Kennedy to Chairman Khrushchev");
		assertThat(item.get("author").toString()).isEqualTo("[{\"family\":\"Kennedy\",\"given\":\"John F.\"}]");
		assertThat(item.get("recipient").toString()).isEqualTo("[{\"family\":\"Khrushchev\",\"given\":\"Nikita S.\"}]");
		assertThat(item.get("original-date").toString()).isEqualTo("{\"date-parts\":[[1962,2,15]]}");
		assertThat(item.get("issued").toString()).isEqualTo("{\"date-parts\":[[1994]]}");
		assertThat(item.get("container-title").asString()).isEqualTo("Berlin Crisis, 1961–1962");
		assertThat(item.get("collection-title").asString())
			.isEqualTo("Foreign Relations of the United States, 1961–1963");
		assertThat(item.get("collection-editor").get(0).get("family").asString()).isEqualTo("LaFantasie");
		assertThat(item.get("volume").asString()).isEqualTo("XIV");
		assertThat(item.get("number").asString()).isEqualTo("296");
		assertThat(item.get("editor").get(0).get("family").asString()).isEqualTo("Sampson");
		assertThat(item.get("publisher").asString()).isEqualTo("United States Government Printing Office");
		assertThat(item.get("page").asString()).isEqualTo("819–821");
		assertThat(item.get("URL").asString()).isEqualTo(BASE);
		assertThat(item.get("accessed").toString()).isEqualTo("{\"date-parts\":[[2026,11,28]]}");
		assertThat(item.get("note").asString()).contains("Document 296", "frus1961-63v14/d296");
	}

	@Test
	void aParagraphIsCitedWithItsOwnPagesAndAddress() {
		assertThat(csl(paragraph("p11")).get("page").asString()).isEqualTo("821");
		assertThat(csl(paragraph("p11")).get("URL").asString()).isEqualTo(BASE + "/p11");
		assertThat(csl(paragraph("p11")).get("id").asString()).isEqualTo("kennedy-to-khrushchev-1962-02-15-p11");
		assertThat(csl(paragraph("p3")).get("page").asString()).isEqualTo("819–820");
	}

	/**
	 * The CSL 1.0.2 data schema (citation-style-language/schema, {@code csl-data.json})
	 * read by hand: an item needs an id and a type among its types, and has no property
	 * but its variables; names are objects of name parts, and dates objects whose
	 * {@code date-parts} hold one or two lists of one to three parts.
	 */
	@Test
	void everyItemHasOnlyWhatTheCslDataSchemaAllows() {
		Set<String> types = Set.of("article", "article-journal", "article-magazine", "article-newspaper", "bill",
				"book", "broadcast", "chapter", "classic", "collection", "dataset", "document", "entry",
				"entry-dictionary", "entry-encyclopedia", "event", "figure", "graphic", "hearing", "interview",
				"legal_case", "legislation", "manuscript", "map", "motion_picture", "musical_score", "pamphlet",
				"paper-conference", "patent", "performance", "periodical", "personal_communication", "post",
				"post-weblog", "regulation", "report", "review", "review-book", "software", "song", "speech",
				"standard", "thesis", "treaty", "webpage");
		Set<String> names = Set.of("author", "recipient", "editor", "collection-editor");
		Set<String> dates = Set.of("original-date", "issued", "accessed");
		Set<String> strings = Set.of("id", "type", "title", "container-title", "collection-title", "volume", "number",
				"publisher", "page", "language", "URL", "note");
		for (Citation citation : List.of(wholeLetter(), paragraph("p11"))) {
			JsonNode item = csl(citation);
			assertThat(item.has("id") && item.has("type")).isTrue();
			assertThat(types).contains(item.get("type").asString());
			for (Map.Entry<String, JsonNode> property : item.properties()) {
				String key = property.getKey();
				JsonNode value = property.getValue();
				if (names.contains(key)) {
					assertThat(value.isArray()).as(key).isTrue();
					value.values()
						.forEach((name) -> assertThat(name.propertyNames()).as(key)
							.isSubsetOf("family", "given", "literal", "suffix", "dropping-particle",
									"non-dropping-particle"));
				}
				else if (dates.contains(key)) {
					assertThat(value.propertyNames()).as(key).containsExactly("date-parts");
					JsonNode parts = value.get("date-parts");
					assertThat(parts.size()).as(key).isBetween(1, 2);
					parts.values().forEach((date) -> {
						assertThat(date.size()).as(key).isBetween(1, 3);
						date.values().forEach((part) -> assertThat(part.isNumber()).as(key).isTrue());
					});
				}
				else {
					assertThat(strings).as("a CSL variable written as a string").contains(key);
					assertThat(value.isString()).as(key).isTrue();
				}
			}
		}
	}

	@Test
	void citeprocReadsTheItemAsWritten() {
		var read = CitationStyles.itemData(JSON.writeValueAsString(paragraph("p11").csl()));
		assertThat(read.getType().toString()).isEqualTo("chapter");
		assertThat(read.getNumber()).isEqualTo("296");
		assertThat(read.getPage()).isEqualTo("821");
		assertThat(read.getOriginalDate().getDateParts()).isEqualTo(new int[][] { { 1962, 2, 15 } });
		assertThat(read.getIssued().getDateParts()).isEqualTo(new int[][] { { 1994 } });
		assertThat(read.getRecipient()[0].getFamily()).isEqualTo("Khrushchev");
	}

	@Test
	void chicagoFullNoteAsTheOfficialStyleRendersIt() {
		assertThat(styles.render(Style.CHICAGO, wholeLetter().csl()).text())
			.isEqualTo("John F. Kennedy to Nikita S. Khrushchev, “Letter from President Kennedy to Chairman "
					+ "Khrushchev,” in Berlin Crisis, 1961–1962, ed. Charles S. Sampson, vol. XIV, Foreign Relations "
					+ "of the United States, 1961–1963 (1962; repr., United States Government Printing Office, "
					+ "1994), 819–21, " + BASE + ".");
		assertThat(styles.render(Style.CHICAGO, paragraph("p11").csl()).text())
			.contains("1994), 821, " + BASE + "/p11.");
	}

	@Test
	void mlaAsTheOfficialStyleRendersIt() {
		assertThat(styles.render(Style.MLA, wholeLetter().csl()).text())
			.isEqualTo("Kennedy, John F. “Letter from President Kennedy to Chairman Khrushchev.” 1962. Berlin Crisis, "
					+ "1961–1962, edited by Charles S. Sampson, vol. XIV, 296, United States Government Printing "
					+ "Office, 1994, pp. 819–21, " + BASE + ".");
		assertThat(styles.render(Style.MLA, paragraph("p11").csl()).text()).endsWith("1994, p. 821, " + BASE + "/p11.");
	}

	@Test
	void apaAsTheOfficialStyleRendersIt() {
		assertThat(styles.render(Style.APA, wholeLetter().csl()).text())
			.isEqualTo("Kennedy, J. F. (1994). Letter From President Kennedy to Chairman Khrushchev. In C. S. Sampson "
					+ "(Ed.), Berlin Crisis, 1961–1962: Vol. XIV (No. 296; pp. 819–821). United States Government "
					+ "Printing Office. " + BASE + " (Original work published 1962)");
		assertThat(styles.render(Style.APA, paragraph("p11").csl()).text()).contains("(No. 296; p. 821)",
				BASE + "/p11 ");
	}

	@Test
	void everyStyleSetsTheVolumeTitleInItalics() {
		for (Style style : Style.values()) {
			assertThat(styles.render(style, paragraph("p11").csl()).parts()).as(style.csl())
				.filteredOn(Part::title)
				.extracting(Part::text)
				.singleElement()
				.asString()
				.startsWith("Berlin Crisis, 1961–1962");
		}
	}

	@Test
	void aRenderingDoesNotTurnIntoIbidOrAShortFormTheSecondTime() {
		String first = styles.render(Style.CHICAGO, paragraph("p11").csl()).text();
		assertThat(styles.render(Style.CHICAGO, paragraph("p11").csl()).text()).isEqualTo(first);
	}

	private static BibTeXEntry parsed(String bibtex) throws ParseException {
		BibTeXDatabase database = new BibTeXParser().parse(new StringReader(bibtex));
		assertThat(database.getEntries()).hasSize(1);
		return database.getEntries().values().iterator().next();
	}

	@Test
	void bibtexParsesAsAnEntryInAnEditedVolumeWithAYear() throws ParseException {
		BibTeXEntry entry = parsed(paragraph("p11").bibtex());
		assertThat(entry.getType().getValue()).isEqualTo("incollection");
		assertThat(entry.getKey().getValue()).isEqualTo("kennedy-to-khrushchev-1962-02-15-p11");
		assertThat(entry.getField(BibTeXEntry.KEY_AUTHOR).toUserString()).isEqualTo("Kennedy, John F.");
		assertThat(entry.getField(BibTeXEntry.KEY_TITLE).toUserString())
			.isEqualTo("Letter From {President} {Kennedy} to {Chairman} {Khrushchev}");
		assertThat(entry.getField(BibTeXEntry.KEY_BOOKTITLE).toUserString()).isEqualTo("Berlin Crisis, 1961--1962");
		assertThat(entry.getField(BibTeXEntry.KEY_SERIES).toUserString())
			.isEqualTo("Foreign Relations of the United States, 1961--1963");
		assertThat(entry.getField(BibTeXEntry.KEY_VOLUME).toUserString()).isEqualTo("XIV");
		assertThat(entry.getField(BibTeXEntry.KEY_EDITOR).toUserString()).isEqualTo("Sampson, Charles S.");
		assertThat(entry.getField(BibTeXEntry.KEY_PUBLISHER).toUserString())
			.isEqualTo("United States Government Printing Office");
		assertThat(entry.getField(BibTeXEntry.KEY_YEAR).toUserString()).isEqualTo("1994");
		assertThat(entry.getField(BibTeXEntry.KEY_PAGES).toUserString()).isEqualTo("821");
		assertThat(entry.getField(BibTeXEntry.KEY_NOTE).toUserString()).isEqualTo("To Nikita S. Khrushchev, "
				+ "Washington, February 15, 1962. Document 296, paragraph 11. Online edition of the volume: "
				+ "https://history.state.gov/historicaldocuments/frus1961-63v14/d296.");
		assertThat(entry.getField(new Key("url")).toUserString()).isEqualTo(BASE + "/p11");
		assertThat(entry.getField(new Key("urldate")).toUserString()).isEqualTo("2026-11-28");
		assertThat(parsed(wholeLetter().bibtex()).getField(BibTeXEntry.KEY_PAGES).toUserString()).isEqualTo("819--821");
	}

	@Test
	void bibtexEscapesWhatLatexWouldReadAsCommands() {
		assertThat(Bibtex.escape("50% & $5 #1 a_b {x} ~ ^ \\ 1961–1963 — end"))
			.isEqualTo("50\\% \\& \\$5 \\#1 a\\_b \\{x\\} \\~{} \\^{} \\textbackslash{} 1961--1963 --- end");
	}

	@Test
	void bibtexBracesTheCapitalisedWordsOfATitleButNotItsFirstOrItsMinorWords() {
		assertThat(Bibtex.protectNames("Letter From President Kennedy to Chairman Khrushchev"))
			.isEqualTo("Letter From {President} {Kennedy} to {Chairman} {Khrushchev}");
		assertThat(Bibtex.protectNames("Memorandum of a Conversation With the GDR, Berlin"))
			.isEqualTo("Memorandum of a {Conversation} With the {GDR,} {Berlin}");
		assertThat(Bibtex.protectNames("50\\% of {x}")).isEqualTo("50\\% of {x}");
	}

	@Test
	void highwireTagsAreTheLettersRecordOnEveryView() {
		List<MetaTag> letterTags = wholeLetter().highwire();
		assertThat(letterTags).containsExactly(
				new MetaTag("citation_title", "Letter From President Kennedy to Chairman Khrushchev"),
				new MetaTag("citation_author", "Kennedy, John F."), new MetaTag("citation_publication_date", "1994"),
				new MetaTag("citation_book_title", "Berlin Crisis, 1961–1962"),
				new MetaTag("citation_series_title", "Foreign Relations of the United States, 1961–1963"),
				new MetaTag("citation_volume", "XIV"), new MetaTag("citation_editor", "Sampson, Charles S."),
				new MetaTag("citation_publisher", "United States Government Printing Office"),
				new MetaTag("citation_firstpage", "819"), new MetaTag("citation_lastpage", "821"),
				new MetaTag("citation_language", "en"), new MetaTag("citation_public_url", BASE));
		// A paragraph's citation still names the letter's record: one record per letter
		// for a crawler.
		assertThat(paragraph("p3").highwire()).isEqualTo(letterTags);
		assertThat(letterTags).extracting(MetaTag::name).doesNotContain("citation_date");
	}

	@Test
	void anotherPrintingIsCitedWithItsOwnVolumeDocumentAndPages() {
		Printing second = new Printing("VI", "Foreign Relations of the United States, 1961–1963", "VI",
				"Kennedy-Khrushchev Exchanges", 34, 92, 95, "Charles S. Sampson", "Glenn W. LaFantasie",
				"United States Government Printing Office", 1996,
				java.net.URI.create("https://history.state.gov/historicaldocuments/frus1961-63v06/d34"));
		Citation whole = Citation.of(letter, second, null, BASE, BASE, ACCESSED);
		Citation p11 = Citation.of(letter, second, new Pinpoint("p11", 11, 95, 95), BASE + "/p11", BASE, ACCESSED);
		assertThat(styles.render(Style.CHICAGO, whole.csl()).text()).contains("in Kennedy-Khrushchev Exchanges",
				"vol. VI", "1996), 92–95, ");
		assertThat(styles.render(Style.APA, p11.csl()).text()).contains("(No. 34; p. 95)");
		assertThat(whole.bibtex()).contains("  volume = {VI},\n", "  pages = {92--95},\n", "Document 34.");
		assertThat(whole.highwire()).contains(new MetaTag("citation_firstpage", "92"),
				new MetaTag("citation_lastpage", "95"));
	}

	@Test
	void onePrintedPageIsCitedWithThatPageAloneAndNoParagraph() {
		Citation page = Citation.of(letter, Printing.of(letter), Pinpoint.page(820), BASE + "/page/820", BASE,
				ACCESSED);
		assertThat(styles.render(Style.CHICAGO, page.csl()).text()).contains(", 820, ").doesNotContain("819");
		assertThat(page.bibtex()).contains("  pages = {820},\n").doesNotContain("paragraph");
		assertThat(page.key()).isEqualTo("kennedy-to-khrushchev-1962-02-15-page820");
	}

	@Test
	void anotherPrintingHasItsOwnKeySoBothCanStandInOneBibliography() {
		Printing second = new Printing("VI", "Foreign Relations of the United States, 1961–1963", "VI",
				"Kennedy-Khrushchev Exchanges", 34, 92, 95, "Charles S. Sampson", "Glenn W. LaFantasie",
				"United States Government Printing Office", 1996,
				java.net.URI.create("https://history.state.gov/historicaldocuments/frus1961-63v06/d34"));
		assertThat(Citation.of(letter, second, null, BASE, BASE, ACCESSED).key())
			.isEqualTo("kennedy-to-khrushchev-1962-02-15-vol-vi");
		assertThat(Citation.of(letter, second, new Pinpoint("p11", 11, 95, 95), BASE + "/p11", BASE, ACCESSED).key())
			.isEqualTo("kennedy-to-khrushchev-1962-02-15-vol-vi-p11");
		assertThat(Citation.of(letter, Printing.of(letter), null, BASE, BASE, ACCESSED).key())
			.isEqualTo(wholeLetter().key())
			.isEqualTo(SLUG);
	}

	/**
	 * A letter that bears no date is not given one: its CSL date is the range of days it
	 * can have been written in (vol. VI dates doc. 30 only by what it answers and what
	 * answered it), and the styles print that range.
	 */
	@Test
	void anUndatedLetterIsDatedByItsRangeNotByADayItDoesNotBear() {
		Letter undated = RealContent.edition().letter("khrushchev-to-kennedy-undated-1961-12-30").orElseThrow();
		Citation citation = Citation.of(undated, "https://letters.example.org/letters/" + undated.slug(), ACCESSED);
		assertThat(csl(citation).get("original-date").toString())
			.isEqualTo("{\"date-parts\":[[1961,12,30],[1962,1,18]]}");
		assertThat(styles.render(Style.MLA, citation.csl()).text()).contains("” 1961–1962. ");
		assertThat(styles.render(Style.CHICAGO, citation.csl()).text()).doesNotContain("December 30");
		assertThat(citation.bibtex()).contains("Moscow, undated");
	}

	@Test
	void withoutAConfirmedYearNoImprintYearIsInvented() throws IOException {
		Path file = Path.of("content/kennedy-to-khrushchev-1962-02-15.md");
		Letter undated = new LetterParser().parse(file.toString(),
				Files.readString(file).replace("published: 1994\n", ""), RealContent.edition().register());
		Citation citation = Citation.of(undated, BASE, ACCESSED);
		assertThat(csl(citation).has("issued")).isFalse();
		assertThat(citation.bibtex()).doesNotContain("year");
		assertThat(citation.highwire()).extracting(MetaTag::name).doesNotContain("citation_publication_date");
	}

	@Test
	void namesAreInvertedAtTheLastSpace() {
		assertThat(Citation.inverted("John F. Kennedy")).isEqualTo("Kennedy, John F.");
		assertThat(Citation.inverted("Plato")).isEqualTo("Plato");
	}

}
