package dev.readingedition.reading;

import dev.readingedition.edition.TextMarker.Range;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuotesTests {

	private static final String TEXT = "He said the policy of “positions of strength” was theirs, and the other one.";

	@Test
	void findsTheSameWordsWhateverTheirWhiteSpace() {
		assertThat(Quotes.find(TEXT, "  the policy\n of\t“positions ")).hasValue(new Range(8, 32));
	}

	@Test
	void findsOnlyWholeWords() {
		assertThat(Quotes.find("the he", "he")).as("not inside 'the'").hasValue(new Range(4, 6));
		assertThat(Quotes.find(TEXT, "olicy of")).isEmpty();
		assertThat(Quotes.find(TEXT, "the othe")).isEmpty();
	}

	@Test
	void skipsAnOccurrenceInsideAWordForALaterWholeOne() {
		assertThat(Quotes.find("other, the", "the")).hasValue(new Range(7, 10));
	}

	@Test
	void punctuationMayStartOrEndAQuote() {
		assertThat(Quotes.find(TEXT, "“positions of strength”")).hasValue(new Range(22, 45));
		assertThat(Quotes.find(TEXT, "theirs,")).hasValue(new Range(50, 57));
	}

	@Test
	void aQuoteThatIsNotThereOrIsEmptyIsNotFound() {
		assertThat(Quotes.find(TEXT, "positions of weakness")).isEmpty();
		assertThat(Quotes.find(TEXT, " \u00a0\n")).isEmpty();
		// A no-break space is a character of the text, not white space (the edition's one
		// rule, WhiteSpace).
		assertThat(Quotes.find(TEXT, "He\u00a0said")).isEmpty();
		assertThat(Quotes.find("Mr.\u00a0Thompson said", " Mr.\u00a0Thompson\n")).hasValue(new Range(0, 12));
	}

}
