package dev.readingedition.tei;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import dev.readingedition.edition.Letter;
import dev.readingedition.edition.LetterParser;
import dev.readingedition.edition.Paragraph;
import dev.readingedition.edition.Register;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The importer on small inline TEI fragments: each fragment is read, written as Markdown
 * and parsed back by the edition's own parser, so the tests check what a reader gets.
 */
class FrusImportTests {

	private static final String NAMES = """
			<div type="section" xml:id="persons"><list type="names">
			<item><hi rend="strong"><persName xml:id="p_KNS2">Khrushchev, Nikita
			    S.</persName>,</hi> Chairman of the Council of Ministers of the Soviet Union</item>
			<item><hi rend="strong"><persName xml:id="p_KJF2">Kennedy, John
			    F.</persName>,</hi> President of the United States until November 22, 1963</item>
			<item><hi rend="strong"><persName xml:id="p_AAI1">Adzhubei, Aleksei I.</persName>,</hi> Editor</item>
			</list></div>""";

	private static final String REGISTER = """
			---
			type: register
			title: Names and terms
			---

			## Aleksei I. Adzhubei {#adzhubei .person frus=p_AAI1}

			Khrushchev’s son-in-law, editor of Izvestia, whom the test fragments name.

			Sources: [FRUS 1961–1963, vol. VI, List of Names](https://history.state.gov/historicaldocuments/frus1961-63v06).
			""";

	private static final Volume VOLUME = Volume.known("frus1961-63v06").orElseThrow();

	private final LetterParser parser = new LetterParser();

	/**
	 * A document around the given paragraphs, from Khrushchev to Kennedy, dated, starting
	 * on page 69.
	 */
	private static String document(String body) {
		return """
				<div type="document" xml:id="d27" n="27" subtype="historical-document"
				    frus:doc-dateTime-min="1961-12-13T00:00:00-05:00">
				  <head>27. Letter From Chairman <persName corresp="#p_KNS2" type="from"
				      >Khrushchev</persName> to President <persName corresp="#p_KJF2"
				      type="to">Kennedy</persName><note n="0" xml:id="d27fn0" type="source"
				      >Source: Lot 77 D 163. No classification
				      marking.</note></head>
				  <dateline><placeName>Moscow</placeName>, <date when="1961-12-13"
				      calendar="gregorian">December 13, 1961</date>.</dateline>
				""" + body + "\n<p>Last.<pb n=\"99\" xml:id=\"pg_99\"/></p></div>";
	}

	private FrusDocument read(String tei) {
		return new FrusDocumentReader("frus1961-63v06")
			.read(new ByteArrayInputStream(tei.getBytes(StandardCharsets.UTF_8)), "fragment.xml");
	}

	private Letter importLetter(String body, Map<String, String> held) {
		Register register = RegisterFixture.parse(REGISTER);
		FrusMarkdown writer = new FrusMarkdown(read(document(body)), VOLUME,
				ListOfNames.read(new ByteArrayInputStream(NAMES.getBytes(StandardCharsets.UTF_8)), "persons.xml"),
				register, held);
		return parser.parse("imported.md", writer.write(writer.defaultSlug()).markdown(), register);
	}

	private Letter importLetter(String body) {
		return importLetter(body, Map.of());
	}

	@Test
	void theHeadDatelineAndSourceNoteBecomeFrontMatterTitleAndNoteZero() {
		Letter letter = importLetter("<p>Text <pb n=\"70\" xml:id=\"pg_70\"/>on.</p>");

		assertThat(letter.slug()).isEqualTo("khrushchev-to-kennedy-1961-12-13");
		assertThat(letter.meta().title()).isEqualTo("Letter From Chairman Khrushchev to President Kennedy");
		assertThat(letter.meta().author()).isEqualTo("Nikita S. Khrushchev");
		assertThat(letter.meta().authorRole()).isEqualTo("Chairman of the Council of Ministers of the Soviet Union");
		assertThat(letter.meta().recipientRole()).isEqualTo("President of the United States");
		assertThat(letter.meta().dateline()).isEqualTo("Moscow, December 13, 1961.");
		assertThat(letter.meta().date()).hasToString("1961-12-13");
		assertThat(letter.meta().place()).isEqualTo("Moscow");
		assertThat(letter.meta().document()).isEqualTo(27);
		assertThat(letter.meta().firstPage()).isEqualTo(69);
		assertThat(letter.meta().volume()).isEqualTo("VI");
		assertThat(letter.meta().sourceUrl())
			.hasToString("https://history.state.gov/historicaldocuments/frus1961-63v06/d27");
		assertThat(letter.meta().notesBy()).isEqualTo("the FRUS editors");
		assertThat(letter.titleNotes()).singleElement().satisfies((note) -> {
			assertThat(note.label()).isEqualTo("0");
			assertThat(note.text()).isEqualTo("Source: Lot 77 D 163. No classification marking.");
		});
	}

	@Test
	void aNoteInsideASentenceStaysAtItsPlaceAndOutOfTheText() {
		Letter letter = importLetter("""
				<p>I have received your message on
				    the German affairs <note n="1" xml:id="d27fn1">Not further
				    identified.</note> and have closely studied it.</p>""");

		Paragraph paragraph = letter.paragraphs().get(0);
		assertThat(paragraph.text())
			.isEqualTo("I have received your message on the German affairs and have closely studied it.");
		assertThat(paragraph.noteLabels()).containsExactly("1");
		assertThat(letter.note("1").orElseThrow().position())
			.isEqualTo("I have received your message on the German affairs ".length());
		assertThat(letter.note("1").orElseThrow().text()).isEqualTo("Not further identified.");
	}

	@Test
	void aPageBreakInsideAWordRunFallsExactlyThereAndLeavesTheWordWhole() {
		Letter letter = importLetter("""
				<p>encroaching upon <pb n="70" xml:id="pg_70"/>West Berlin, and a divi<pb n="71"
				    xml:id="pg_71"/>ded word.</p>""");

		Paragraph paragraph = letter.paragraphs().get(0);
		assertThat(paragraph.text()).isEqualTo("encroaching upon West Berlin, and a divided word.");
		assertThat(paragraph.pageBreaks()).containsExactly(70, 71);
		assertThat(paragraph.html()).contains("upon <span id=\"page70\"").contains("divi<span id=\"page71\"");
		assertThat(letter.meta().firstPage()).isEqualTo(69);
	}

	@Test
	void aPageBreakBetweenParagraphsOpensTheNextOne() {
		Letter letter = importLetter("<p>One.</p>\n<pb n=\"70\" xml:id=\"pg_70\"/>\n<p>Two.</p>");

		// The page begins with the second paragraph: its break stands at the paragraph's
		// first word.
		assertThat(letter.paragraphs().get(1).pageBreaks()).containsExactly(70);
		assertThat(letter.paragraphs().get(1).html()).startsWith("<span id=\"page70\"");
		assertThat(letter.paragraphs().get(0).pageBreaks()).isEmpty();
		assertThat(letter.paragraphs().get(1).text()).isEqualTo("Two.");
	}

	@Test
	void aReferenceToAHeldDocumentLeadsIntoTheEditionAndAnyOtherToTheOfficeOfTheHistorian() {
		Letter letter = importLetter("""
				<p>I received your message.<note n="1" xml:id="d42fn1"><ref target="#d34">Document
				    34</ref>; see also <ref target="#d26fn1">footnote 1, Document 26</ref> and <ref
				    target="frus1961-63v14#pg_859">vol. XIV, p. 859</ref>.</note></p>""",
				Map.of("frus1961-63v06/d34", "kennedy-to-khrushchev-1962-02-15"));

		String note = letter.note("1").orElseThrow().html();
		assertThat(note).contains("<a href=\"/letters/kennedy-to-khrushchev-1962-02-15\">Document 34</a>")
			.contains(
					"<a href=\"https://history.state.gov/historicaldocuments/frus1961-63v06/d26\">footnote 1, Document 26</a>")
			.contains(
					"<a href=\"https://history.state.gov/historicaldocuments/frus1961-63v14/pg_859\">vol. XIV, p. 859</a>");
		// The note of the first paragraph names the letter this one acknowledges: that is
		// what it answers.
		assertThat(letter.meta().answers()).containsExactly("kennedy-to-khrushchev-1962-02-15");
	}

	@Test
	void theMissingSpaceBeforeANameIsMendedAsThePrintedPageHasIt() {
		Letter letter = importLetter("""
				<p>your son-in-law, Mr.<persName corresp="#p_AAI1">Adzhubei</persName>, and the
				    situation.<persName corresp="#p_KNS2">N.S. Khrushchev</persName> hopes.</p>""");

		Paragraph paragraph = letter.paragraphs().get(0);
		assertThat(paragraph.text())
			.isEqualTo("your son-in-law, Mr. Adzhubei, and the situation. N.S. Khrushchev hopes.");
		// The register knows Adzhubei, so he is a mention; Khrushchev it does not, so he
		// stays plain text.
		assertThat(paragraph.mentions()).singleElement().satisfies((m) -> {
			assertThat(m.entityId()).isEqualTo("adzhubei");
			assertThat(m.phrase()).isEqualTo("Adzhubei");
		});
	}

	@Test
	void theSalutationKeepsItsSmallCapitalsAndTheCloserItsSignatureAndNote() {
		Letter letter = importLetter("""
				<p><hi rend="smallcaps">Dear Mr. President</hi>, Within a short period <hi
				    rend="italic">we cannot agree</hi>.</p>
				<p>Sincerely,</p>
				<closer><signed><persName corresp="#p_KNS2"><hi rend="strong">N.
				    Khrushchev</hi></persName></signed><note n="2" xml:id="d27fn2"
				    >Printed from a copy that bears this typed signature.</note></closer>""");

		Paragraph salutation = letter.paragraphs().get(0);
		assertThat(salutation.text()).isEqualTo("Dear Mr. President, Within a short period we cannot agree.");
		assertThat(salutation.html()).startsWith("<span class=\"smallcaps\">Dear Mr. President</span>, ")
			.contains("<em>we cannot agree</em>.");
		Paragraph signature = letter.paragraphs().get(2);
		assertThat(signature.text()).isEqualTo("N. Khrushchev");
		// The note's reference follows the signature as the annotation layer writes
		// references: an empty link.
		assertThat(signature.html()).startsWith("<span class=\"signed\"><strong>N. Khrushchev</strong></span>"
				+ "<a id=\"nref2\" href=\"#n2\" role=\"doc-noteref\"");
		assertThat(signature.noteLabels()).containsExactly("2");
	}

	@Test
	void markdownSyntaxInTheTextIsEscapedSoTheWordsArriveAsWritten() {
		Letter letter = importLetter("<p>1. Item *one* [sic] {x} &lt;b&gt; &amp;amp; _under_ `tick`</p>");

		assertThat(letter.paragraphs().get(0).text()).isEqualTo("1. Item *one* [sic] {x} <b> &amp; _under_ `tick`");
	}

	@Test
	void anUndatedDocumentKeepsTheEditorsRange() {
		String tei = document("<p>Text.</p>").replaceAll(
				"<date when=\"1961-12-13\"\\s+calendar=\"gregorian\">December 13, 1961</date>",
				"<date notBefore=\"1961-12-30T00:00:00-05:00\" notAfter=\"1962-01-18T23:59:59+03:00\">undated</date>");
		FrusDocument document = read(tei);

		assertThat(document.when()).isNull();
		assertThat(document.notBefore()).hasToString("1961-12-30");
		assertThat(document.notAfter()).hasToString("1962-01-18");
	}

	@Test
	void anElementTheImporterCannotConvertIsRefusedWithFileLineAndElement() {
		assertThatThrownBy(() -> read(document("<p>A <table><row/></table> here.</p>")))
			.isInstanceOf(TeiException.class)
			.hasMessageStartingWith("fragment.xml:10: ")
			.hasMessageContaining("<table> in <p>");
		assertThatThrownBy(() -> read(document("<p>A <hi rend=\"underline\">word</hi>.</p>")))
			.hasMessageContaining("<hi rend=\"underline\">");
		assertThatThrownBy(() -> read(document("<list><item>x</item></list>")))
			.hasMessageContaining("<list> in <div type=\"document\">");
		assertThatThrownBy(() -> read(document("loose words")))
			.hasMessageContaining("text \"loose words\" stands directly in");
		assertThatThrownBy(() -> read("<div type=\"document\"><p>unclosed</div>"))
			.hasMessageStartingWith("fragment.xml:1: not well-formed XML");
	}

	@Test
	void whiteSpaceCollapsesAsTeiDefinesIt() {
		assertThat(FrusDocumentReader.collapse("a \n\t   b")).isEqualTo("a b");
		// A no-break space is a character of the text, not white space to collapse.
		assertThat(FrusDocumentReader.collapse("a\u00a0\u00a0b")).isEqualTo("a\u00a0\u00a0b");
	}

	@Test
	void theListOfNamesGivesNamesInReadingOrderAndOfficesWithoutTheirDates() {
		ListOfNames names = ListOfNames.read(new ByteArrayInputStream(NAMES.getBytes(StandardCharsets.UTF_8)), "p.xml");
		assertThat(names.person("p_KJF2").orElseThrow().name()).isEqualTo("John F. Kennedy");
		assertThat(names.person("p_KJF2").orElseThrow().office()).isEqualTo("President of the United States");
		assertThat(new ListOfNames.Person("x", "Thompson, Llewellyn E., Jr.", "").name())
			.isEqualTo("Llewellyn E. Thompson, Jr.");
		assertThat(List.of(names.size())).containsExactly(3);
	}

}
