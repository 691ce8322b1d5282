package dev.readingedition.printings;

import java.util.List;

import dev.readingedition.edition.Edition;
import dev.readingedition.edition.HtmlText;
import dev.readingedition.testing.RealContent;

import org.junit.jupiter.api.Test;

import static dev.readingedition.testing.RealContent.SLUG;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The February 15 letter's two printings as the content holds them: vol. XIV doc. 296,
 * which the edition reproduces, collated against vol. VI doc. 34 read from its TEI.
 */
class PrintingsOfTheLetterTests {

	private static final Edition EDITION = RealContent.edition();

	private static Printings printings() {
		return EDITION.printings(RealContent.SLUG).orElseThrow();
	}

	@Test
	void theCollationFindsTheTwoKnownVariants() {
		List<Variant> shown = printings().variants();

		assertThat(shown).extracting(Variant::kind).containsExactly(Variant.Kind.ORTHOGRAPHIC, Variant.Kind.CLOSING);
		assertThat(shown.get(0)).satisfies((variant) -> {
			assertThat(variant.paragraph()).isEqualTo(5);
			assertThat(variant.reading()).isEqualTo("tranquility");
			assertThat(variant.witnessReading()).isEqualTo("tranquillity");
		});
		assertThat(shown.get(1)).satisfies((variant) -> {
			assertThat(variant.paragraph()).isEqualTo(12);
			assertThat(variant.witnessReading()).isEqualTo("Sincerely,");
			assertThat(variant.witnessParagraph()).isEqualTo(13);
		});
	}

	@Test
	void theMissingSpacesAfterTitlesAreTheEncodingsAlone() {
		List<Variant> encoding = printings().collation().encodingOnly();

		// Messrs. Thompson (¶2), Mr. Adzhubei (¶6, ¶8, ¶9, ¶12) and Mr. Gromyko (¶8)
		assertThat(encoding).extracting(Variant::paragraph).containsExactly(2, 6, 8, 8, 9, 12);
		assertThat(encoding).allSatisfy((variant) -> assertThat(variant.witnessReading().replace(" ", ""))
			.isEqualTo(variant.reading().replace(" ", "")));
		assertThat(encoding).noneMatch(Variant::shown);
	}

	@Test
	void everyWitnessParagraphButTheClosingHasItsBaseParagraph() {
		assertThat(printings().collation().paragraphs()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 0);
		assertThat(printings().witnessOnly()).extracting(Witness.Paragraph::text).containsExactly("Sincerely,");
	}

	@Test
	void volumeSixPageBreaksFallAtTheirWordsInTheBaseText() {
		List<Printings.WitnessPageBreak> breaks = printings().witnessPageBreaks();
		var letter = EDITION.letter(RealContent.SLUG).orElseThrow();

		assertThat(breaks).extracting(Printings.WitnessPageBreak::page).containsExactly(93, 94, 95);
		assertThat(breaks).extracting((b) -> b.base().paragraph()).containsExactly(1, 6, 9);
		assertThat(breaks)
			.extracting((b) -> letter.paragraphs()
				.get(b.base().paragraph() - 1)
				.text()
				.substring(b.base().offset())
				.split(" ")[0])
			.containsExactly("hoped", "I—or", "International");
	}

	@Test
	void theTwoPrintingsAreDescribedByTheirVolumes() {
		Printings printings = printings();

		assertThat(printings.base().shortName()).isEqualTo("vol. XIV, doc. 296");
		assertThat(printings.base().pages()).isEqualTo("pp. 819\u2013821");
		assertThat(printings.witness().printing().shortName()).isEqualTo("vol. VI, doc. 34");
		assertThat(printings.witness().printing().pages()).isEqualTo("pp. 92\u201395");
		assertThat(printings.witness().printing().pathSegment()).isEqualTo("vol-vi");
	}

	@Test
	void theReadingTextCarriesTheMarksAndTheSecondPagination() {
		var letter = EDITION.letter(RealContent.SLUG).orElseThrow();
		String p5 = letter.paragraphs().get(4).html();
		String p1 = letter.paragraphs().get(0).html();

		assertThat(p5).contains("<span class=\"lemma\">tranquility</span><a class=\"variant-ref\" id=\"var1-ref\" "
				+ "href=\"#var1\" aria-label=\"Variant: VI tranquillity\"></a>");
		assertThat(p1).contains("I had <span id=\"vol-vi-page93\" class=\"pagebreak pagebreak-other\" "
				+ "role=\"doc-pagebreak\" title=\"Page 93 of vol. VI\" data-page=\"VI&nbsp;93\"></span>hoped");
		// the words of the paragraphs, as search and quotes read them, are unchanged
		assertThat(HtmlText.ofParagraph(p5).text(HtmlText.PARAGRAPH)).isEqualTo(letter.paragraphs().get(4).text());
		assertThat(HtmlText.ofParagraph(p1).text(HtmlText.PARAGRAPH)).isEqualTo(letter.paragraphs().get(0).text());
		var marked = org.jsoup.Jsoup.parseBodyFragment(p5);
		assertThat(marked.select(".lemma").text()).isEqualTo("tranquility");
		assertThat(marked.select(".variant-ref")).singleElement()
			.satisfies((mark) -> assertThat(mark.text()).isEmpty());
	}

	@Test
	void theEntriesGiveTheOtherReadingUnderItsSiglumWithItsNotes() {
		Printings printings = printings();

		assertThat(printings.entriesAfter("p5")).contains("id=\"var1\"")
			.contains("<abbr class=\"siglum\" title=\"FRUS vol. VI, doc. 34\">VI</abbr> tranquillity")
			.contains("(orthographic)");
		assertThat(printings.entriesAfter("p12")).contains("id=\"var2\"")
			.contains(
					"adds the closing \u201cSincerely,\u201d, with its note 5: \u201cPrinted from an unsigned copy.\u201d");
		assertThat(printings.entriesAfter("p1")).isNull();
	}

}
