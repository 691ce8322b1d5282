package dev.readingedition.edition;

import java.io.IOException;

import dev.readingedition.testing.RealContent;
import dev.readingedition.testing.TestLetters;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class LetterParserTests {

	private static final String FRONT_MATTER = TestLetters.FRONT_MATTER;

	private final LetterParser parser = new LetterParser();

	private Letter parse(String body) {
		return parser.parse("content/test.md", FRONT_MATTER + "\n" + body);
	}

	private static Letter realLetter() {
		return RealContent.letter();
	}

	@Test
	void realLetterHasTwelveParagraphsNumberedInOrder() throws IOException {
		Letter letter = realLetter();
		assertThat(letter.paragraphs()).hasSize(12);
		assertThat(letter.paragraphs()).extracting(Paragraph::id)
			.containsExactly("p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9", "p10", "p11", "p12");
		assertThat(letter.paragraphs().get(0).text()).startsWith("Dear Mr. Chairman: In order to permit");
		assertThat(letter.paragraphs().get(11).text()).endsWith("similar visits in the years to come.");
	}

	@Test
	void realLetterCitesFiveNotesWhereThePrintedEditionDoes() throws IOException {
		Letter letter = realLetter();
		assertThat(letter.notes()).extracting(Note::label).containsExactly("1", "2", "3", "4", "5");
		assertThat(letter.notes()).extracting(Note::citedIn).containsExactly("title", "p1", "p1", "p6", "p9");
		assertThat(letter.titleNotes()).extracting(Note::label).containsExactly("1");
		assertThat(letter.paragraph("p1").orElseThrow().noteLabels()).containsExactly("2", "3");
		assertThat(letter.paragraph("p6").orElseThrow().noteLabels()).containsExactly("4");
		assertThat(letter.paragraph("p9").orElseThrow().noteLabels()).containsExactly("5");
		assertThat(letter.titleHtml()).contains("<a id=\"nref1\" href=\"#n1\" role=\"doc-noteref\"");
	}

	@Test
	void realLetterBreaksToPages820And821InParagraphs3And7() throws IOException {
		Letter letter = realLetter();
		assertThat(letter.pageBreaks()).extracting(PageBreak::page, PageBreak::paragraphId)
			.containsExactly(tuple(820, "p3"), tuple(821, "p7"));
		assertThat(letter.paragraphs()).extracting(Paragraph::page)
			.containsExactly(819, 819, 819, 820, 820, 820, 820, 821, 821, 821, 821, 821);
		assertThat(letter.paragraph("p3").orElseThrow().html())
			.contains("many months <span id=\"page820\" class=\"pagebreak\" role=\"doc-pagebreak\" "
					+ "title=\"Page 820 of vol. XIV\" " + "data-page=\"820\"></span> ago");
		assertThat(letter.lastPage()).isEqualTo(821);
	}

	@Test
	void pageBreaksKnowWhereTheyStandAmongTheWords() throws IOException {
		Letter letter = realLetter();
		PageBreak page820 = letter.pageBreaks().get(0);
		PageBreak page821 = letter.pageBreaks().get(1);
		String p3 = letter.paragraph("p3").orElseThrow().text();
		String p7 = letter.paragraph("p7").orElseThrow().text();
		assertThat(p3.substring(0, page820.position())).endsWith("than we knew many months ");
		assertThat(p3.substring(page820.position())).startsWith("ago—i.e., you know");
		assertThat(p7.substring(0, page821.position())).endsWith("included in the disarmament principles on ");
		assertThat(p7.substring(page821.position())).startsWith("which we agreed at the UN last fall");
	}

	@Test
	void notesKnowThePageTheyAreCitedOn() throws IOException {
		Letter letter = realLetter();
		assertThat(letter.notes()).extracting(Note::page).containsExactly(819, 819, 819, 820, 821);
	}

	@Test
	void realLetterMetadataComesFromTheFrontMatter() throws IOException {
		Metadata meta = realLetter().meta();
		assertThat(meta.slug()).isEqualTo(RealContent.SLUG);
		assertThat(meta.document()).isEqualTo(296);
		assertThat(meta.title()).isEqualTo("Letter From President Kennedy to Chairman Khrushchev");
		assertThat(meta.dateline()).isEqualTo("Washington, February 15, 1962");
		assertThat(meta.firstPage()).isEqualTo(819);
		assertThat(meta.sourceUrl()).hasToString("https://history.state.gov/historicaldocuments/frus1961-63v14/d296");
		assertThat(meta.volume()).isEqualTo("XIV");
	}

	@Test
	void plainTextLeavesOutNoteAndPageMarks() {
		Letter letter = parse("# A Test Letter\n\nOne *two*[^1] three [Page 6] four `five`.\n\n[^1]: A note.\n");
		Paragraph paragraph = letter.paragraphs().get(0);
		assertThat(paragraph.text()).isEqualTo("One two three four five.");
		assertThat(paragraph.pageBreaks()).containsExactly(6);
		assertThat(letter.notes().get(0).text()).isEqualTo("A note.");
	}

	@Test
	void notesRenderTheirLinksAndEscapeRawHtml() {
		Letter letter = parse(
				"# A Test Letter\n\nText.[^1]\n\n[^1]: See [doc. 27](https://example.org/d27) <b>bold</b>.\n");
		assertThat(letter.notes().get(0).html())
			.isEqualTo("See <a href=\"https://example.org/d27\">doc. 27</a> &lt;b&gt;bold&lt;/b&gt;.");
		// The note stands in the paragraph's margin, not in its text.
		assertThat(letter.paragraphs().get(0).html()).doesNotContain("doc-backlink").doesNotContain("id=\"n1\"");
		assertThat(letter.paragraphs().get(0).marginHtml()).contains("role=\"doc-backlink\"")
			.contains("id=\"n1\"")
			.contains("See <a href=\"https://example.org/d27\">doc. 27</a>");
	}

	@Test
	void anEmptyFileIsRefused() {
		assertThatThrownBy(() -> parser.parse("content/empty.md", "  \n")).isInstanceOf(ContentException.class)
			.hasMessage("content/empty.md: the file is empty");
	}

	@Test
	void aFileWithoutFrontMatterIsRefusedAtLineOne() {
		assertThatThrownBy(() -> parser.parse("content/bare.md", "# Title\n\nText.\n"))
			.isInstanceOf(ContentException.class)
			.hasMessageStartingWith("content/bare.md:1: the file must begin with front matter");
	}

	@Test
	void unclosedFrontMatterIsRefused() {
		String unclosed = FRONT_MATTER.substring(0, FRONT_MATTER.lastIndexOf("---")) + "\n# A Test Letter\n\nText.\n";
		assertThatThrownBy(() -> parser.parse("content/open.md", unclosed)).isInstanceOf(ContentException.class)
			.hasMessage("content/open.md:1: the front matter that opens here is never closed by a '---' line");
	}

	@Test
	void aMissingRequiredFieldIsNamed() {
		String withoutDate = FRONT_MATTER.replace("date: 1962-01-01\n", "");
		assertThatThrownBy(() -> parser.parse("content/t.md", withoutDate + "\n# A Test Letter\n\nText.\n"))
			.isInstanceOf(ContentException.class)
			.hasMessage("content/t.md:1: the front matter lacks the required field 'date'");
	}

	@Test
	void aMalformedFieldIsReportedOnItsLine() {
		String badDate = FRONT_MATTER.replace("date: 1962-01-01", "date: 15 February 1962");
		assertThatThrownBy(() -> parser.parse("content/t.md", badDate + "\n# A Test Letter\n\nText.\n"))
			.isInstanceOf(ContentException.class)
			.hasMessage(
					"content/t.md:8: front matter field 'date' must be a date like 1962-02-15, not '15 February 1962'");
	}

	@Test
	void anUnknownFieldIsReportedOnItsLine() {
		String typo = FRONT_MATTER.replace("volume: I\n", "volum: I\n");
		assertThatThrownBy(() -> parser.parse("content/t.md", typo + "\n# A Test Letter\n\nText.\n"))
			.isInstanceOf(ContentException.class)
			.hasMessageStartingWith("content/t.md:10: unknown front matter field 'volum'");
	}

	@Test
	void aNoteReferenceWithoutDefinitionIsReportedOnItsLine() {
		assertThatThrownBy(() -> parse("# A Test Letter\n\nText.\n\nMore text.[^9]\n"))
			.isInstanceOf(ContentException.class)
			.hasMessageStartingWith("content/test.md:20: note reference [^9] has no definition");
	}

	@Test
	void aDefinitionNeverCitedIsReportedOnItsLine() {
		assertThatThrownBy(() -> parse("# A Test Letter\n\nText.\n\n[^4]: Nobody cites this.\n"))
			.isInstanceOf(ContentException.class)
			.hasMessage("content/test.md:20: note [^4] is defined but never cited in the text");
	}

	@Test
	void aNoteCitedTwiceIsRefused() {
		assertThatThrownBy(() -> parse("# A Test Letter\n\nText.[^1] Again.[^1]\n\n[^1]: Once.\n"))
			.isInstanceOf(ContentException.class)
			.hasMessageContaining("note [^1] is cited twice");
	}

	@Test
	void aTitleThatDiffersFromTheFrontMatterIsRefused() {
		assertThatThrownBy(() -> parse("# Another Title\n\nText.\n")).isInstanceOf(ContentException.class)
			.hasMessageContaining(":16: the heading \"Another Title\" differs from the front matter's title");
	}

	@Test
	void aBlockTheEditionDoesNotKnowIsRefused() {
		assertThatThrownBy(() -> parse("# A Test Letter\n\nText.\n\n- a list item\n"))
			.isInstanceOf(ContentException.class)
			.hasMessageContaining("content/test.md:20:")
			.hasMessageContaining("bullet list is none of those");
	}

	@Test
	void pageBreaksMustRunForward() {
		assertThatThrownBy(() -> parse("# A Test Letter\n\nText [Page 4] more.\n")).isInstanceOf(ContentException.class)
			.hasMessageContaining("page break [Page 4] does not follow page 5");
	}

	@Test
	void aSquareBracketThatIsNotAPageMarkStaysText() {
		Letter letter = parse("# A Test Letter\n\nHe said [Page one] and [sic] here.\n");
		assertThat(letter.paragraphs().get(0).text()).isEqualTo("He said [Page one] and [sic] here.");
		assertThat(letter.pageBreaks()).isEmpty();
	}

	@Test
	void aParagraphCanPinItsIdSoThatOldLinksFollowIt() {
		Letter letter = parse("# A Test Letter\n\nA new first paragraph. {#p0a}\n\nThe old first one.[^1] {#p1}\n\n"
				+ "The third.\n\n[^1]: A note.\n");
		assertThat(letter.paragraphs()).extracting(Paragraph::id).containsExactly("p0a", "p1", "p3");
		assertThat(letter.paragraphs()).extracting(Paragraph::number).containsExactly(1, 2, 3);
		assertThat(letter.note("1").orElseThrow().citedIn()).isEqualTo("p1");
	}

	@Test
	void aPinnedIdIsNeverPartOfTheWords() {
		Paragraph paragraph = parse("# A Test Letter\n\nFirst line\nlast words. {#p7}\n").paragraphs().get(0);
		assertThat(paragraph.id()).isEqualTo("p7");
		assertThat(paragraph.text()).isEqualTo("First line last words.");
		assertThat(paragraph.html()).doesNotContain("{").doesNotContain("p7");
	}

	@Test
	void bracesThatWouldVanishAsAttributesAreRefused() {
		assertThatThrownBy(() -> parse("# A Test Letter\n\nHe wrote {sic} here.\n"))
			.isInstanceOf(ContentException.class)
			.hasMessageStartingWith("content/test.md:18: {sic} is read as attributes")
			.hasMessageContaining("write \\{ and \\}");
		assertThatThrownBy(() -> parse("# A Test Letter {#top}\n\nText.\n")).isInstanceOf(ContentException.class)
			.hasMessageStartingWith("content/test.md:16: {#top} is read as attributes");
	}

	@Test
	void escapedBracesStayText() {
		Letter letter = parse("# A Test Letter\n\nHe wrote \\{sic\\} here.\n");
		assertThat(letter.paragraphs().get(0).text()).isEqualTo("He wrote {sic} here.");
	}

	@Test
	void aPinnedIdMustBeAParagraphIdAlone() {
		assertThatThrownBy(() -> parse("# A Test Letter\n\nText. {#intro}\n")).isInstanceOf(ContentException.class)
			.hasMessage("content/test.md:18: a paragraph may end with its id alone, such as {#p12} (p, a number, "
					+ "perhaps letters), not {#intro}");
		assertThatThrownBy(() -> parse("# A Test Letter\n\nText. {#p2 .wide}\n")).isInstanceOf(ContentException.class)
			.hasMessageContaining("not {#p2 .wide}");
	}

	@Test
	void twoParagraphsWithOneIdAreRefusedWithAWayOut() {
		assertThatThrownBy(() -> parse("# A Test Letter\n\nInserted.\n\nOld first. {#p1}\n"))
			.isInstanceOf(ContentException.class)
			.hasMessage("content/test.md:20: this paragraph and the one on line 18 both have the id 'p1'; a paragraph "
					+ "is p and its number unless it pins an id of its own with a trailing {#id}, so pin a new id "
					+ "(such as {#p1a}) on the one that is not the paragraph published as p1");
	}

	@Test
	void thePublicationYearIsOptionalAndReadWhenGiven() throws IOException {
		// The February 15 letter gives vol. XIV's year (1994), confirmed by vol. VI's
		// preface; a letter may leave it out.
		assertThat(realLetter().meta().published()).isEqualTo(1994);
		assertThat(parser.parse("content/t.md", FRONT_MATTER + "\n# A Test Letter\n\nText.\n").meta().published())
			.isNull();
		String withYear = FRONT_MATTER.replace("first-page: 5\n", "first-page: 5\npublished: 1994\n");
		Letter letter = parser.parse("content/t.md", withYear + "\n# A Test Letter\n\nText.\n");
		assertThat(letter.meta().published()).isEqualTo(1994);
	}

}
