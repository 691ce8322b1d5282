package dev.readingedition.printings;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The collation on small inline texts: each kind of difference found and classed, and the
 * places of one text found in the other.
 */
class CollatorTests {

	@Test
	void aDoubledLetterIsAnOrthographicVariant() {
		Collation collation = Collator.collate(List.of("stability and tranquility in the entire German situation."),
				List.of("stability and tranquillity in the entire German situation."));

		assertThat(collation.variants()).singleElement().satisfies((variant) -> {
			assertThat(variant.kind()).isEqualTo(Variant.Kind.ORTHOGRAPHIC);
			assertThat(variant.reading()).isEqualTo("tranquility");
			assertThat(variant.witnessReading()).isEqualTo("tranquillity");
			assertThat(variant.paragraph()).isEqualTo(1);
			assertThat(variant.start()).isEqualTo("stability and ".length());
			assertThat(variant.end()).isEqualTo("stability and tranquility".length());
			assertThat(variant.number()).isEqualTo(1);
		});
	}

	@Test
	void aShortLastParagraphOfOneTextAloneIsAClosing() {
		Collation collation = Collator.collate(List.of("Dear Mr. Chairman: I write.", "I hope to hear from you."),
				List.of("Dear Mr. Chairman: I write.", "I hope to hear from you.", "Sincerely,"));

		assertThat(collation.variants()).singleElement().satisfies((variant) -> {
			assertThat(variant.kind()).isEqualTo(Variant.Kind.CLOSING);
			assertThat(variant.reading()).isEmpty();
			assertThat(variant.witnessReading()).isEqualTo("Sincerely,");
			assertThat(variant.witnessParagraph()).isEqualTo(3);
			// marked on the base's last word
			assertThat(variant.paragraph()).isEqualTo(2);
			assertThat(variant.start()).isEqualTo("I hope to hear from ".length());
			assertThat(variant.description()).isEqualTo("adds the closing \u201cSincerely,\u201d");
		});
		assertThat(collation.paragraphs()).containsExactly(1, 2, 0);
	}

	@Test
	void aMissingSpaceAfterATitleIsTheEncodingsAndNotShown() {
		Collation collation = Collator.collate(List.of("as I said to Mr. Adzhubei, that world conditions"),
				List.of("as I said to Mr.Adzhubei, that world conditions"));

		assertThat(collation.variants()).singleElement().satisfies((variant) -> {
			assertThat(variant.kind()).isEqualTo(Variant.Kind.ENCODING);
			assertThat(variant.shown()).isFalse();
			assertThat(variant.number()).isZero();
		});
		assertThat(collation.shown()).isEmpty();
	}

	@Test
	void aWordChangedInTheWitnessIsSubstantive() {
		Collation collation = Collator.collate(List.of("we view the recent acts with very grave concern"),
				List.of("we view the recent acts with very great concern"));

		assertThat(collation.shown()).singleElement().satisfies((variant) -> {
			assertThat(variant.kind()).isEqualTo(Variant.Kind.SUBSTANTIVE);
			assertThat(variant.reading()).isEqualTo("grave");
			assertThat(variant.witnessReading()).isEqualTo("great");
		});
	}

	@Test
	void aWordChangedInTheBaseIsFoundToo() {
		Collation collation = Collator.collate(List.of("It appears, however, that neither that series"),
				List.of("It seems, however, that neither that series"));

		assertThat(collation.shown()).singleElement().satisfies((variant) -> {
			assertThat(variant.kind()).isEqualTo(Variant.Kind.SUBSTANTIVE);
			assertThat(variant.reading()).isEqualTo("appears,");
			assertThat(variant.witnessReading()).isEqualTo("seems,");
		});
	}

	@Test
	void wordsAddedOrOmittedAreSubstantive() {
		Collation added = Collator.collate(List.of("the city of Berlin as whole."),
				List.of("the city of Berlin as a whole."));
		Collation omitted = Collator.collate(List.of("the city of Berlin as a whole."),
				List.of("the city of Berlin as whole."));

		assertThat(added.shown()).singleElement().satisfies((variant) -> {
			assertThat(variant.kind()).isEqualTo(Variant.Kind.SUBSTANTIVE);
			assertThat(variant.reading()).isEmpty();
			assertThat(variant.witnessReading()).isEqualTo("a");
			assertThat(variant.description()).isEqualTo("adds \u201ca\u201d");
		});
		assertThat(omitted.shown()).singleElement().satisfies((variant) -> {
			assertThat(variant.reading()).isEqualTo("a");
			assertThat(variant.witnessReading()).isEmpty();
			assertThat(variant.description()).isEqualTo("omits \u201ca\u201d");
		});
	}

	@Test
	void identicalTextsHaveNoVariants() {
		assertThat(Collator.collate(List.of("One.", "Two."), List.of("One.", "Two.")).variants()).isEmpty();
	}

	@Test
	void aPlaceInTheWitnessIsFoundInTheBaseAcrossAVariant() {
		Collation collation = Collator.collate(List.of("Fortunately, both you and I—or so I believe"),
				List.of("Fortunately, both you and I—or so I strongly believe"));

		Collation.Place place = collation.baseOf(1, "Fortunately, both you and ".length());
		assertThat(place).isEqualTo(new Collation.Place(1, "Fortunately, both you and ".length()));
		// a place inside added words stands at the base word after them
		assertThat(collation.baseOf(1, "Fortunately, both you and I—or so I str".length()))
			.isEqualTo(new Collation.Place(1, "Fortunately, both you and I—or so I ".length()));
	}

	@Test
	void spellingComparisonFoldsCaseDoublingHyphensAndQuotes() {
		assertThat(Collator.spelling("Co-operate")).isEqualTo(Collator.spelling("cooperate"));
		assertThat(Collator.spelling("“strength”")).isEqualTo(Collator.spelling("\"strength\""));
		assertThat(Collator.spelling("grave")).isNotEqualTo(Collator.spelling("great"));
	}

}
