package dev.readingedition.printings;

import java.util.Objects;

/**
 * One place where a witness's text differs from the base text (the printing the edition
 * reproduces), as the collation found it.
 *
 * @param number its place in the apparatus, from 1, in the order of the base text; 0 for
 * a difference of the encoding alone, which the apparatus does not show
 * @param kind what kind of difference it is
 * @param paragraph the base paragraph it is marked in, by number from 1
 * @param start where its lemma (the base words it is marked on) starts in that
 * paragraph's text
 * @param end where the lemma ends (exclusive); never before {@code start}, and after it
 * unless the base text is empty
 * @param reading the base text's words at this place; empty where the witness adds words
 * @param witnessParagraph the witness paragraph its other reading stands in, by number
 * from 1
 * @param witnessStart where the other reading starts in that paragraph's text
 * @param witnessEnd where it ends (exclusive); the same as {@code witnessStart} where the
 * witness lacks the words
 * @param witnessReading the witness's words at this place; empty where the witness lacks
 * the base's words
 */
public record Variant(int number, Kind kind, int paragraph, int start, int end, String reading, int witnessParagraph,
		int witnessStart, int witnessEnd, String witnessReading) {

	public Variant {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(reading, "reading");
		Objects.requireNonNull(witnessReading, "witnessReading");
		if (start < 0 || end < start || witnessStart < 0 || witnessEnd < witnessStart) {
			throw new IllegalArgumentException("variant " + number + " has a bad range");
		}
	}

	/** The kinds of difference the collation tells apart. */
	public enum Kind {

		/**
		 * Different words: a reader of one printing reads something else in the other.
		 */
		SUBSTANTIVE("substantive"),

		/**
		 * The same word spelled differently ("tranquility", "tranquillity"), or in
		 * another case.
		 */
		ORTHOGRAPHIC("orthographic"),

		/**
		 * A complimentary close ("Sincerely,") that one printing has after the last
		 * paragraph and the other lacks.
		 */
		CLOSING("closing"),

		/**
		 * A difference of the encoding alone, not of the printed page: the TEI omits a
		 * space that the print has ("Mr.Adzhubei"). Kept in the collation, never shown as
		 * a variant.
		 */
		ENCODING("encoding only");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/**
	 * Whether the apparatus shows it: every kind but a difference of the encoding alone.
	 */
	public boolean shown() {
		return kind != Kind.ENCODING;
	}

	/** The variant's anchor on the pages. */
	public String anchor() {
		return "var" + number;
	}

	/**
	 * What the witness does here, in an apparatus's words, after its siglum:
	 * "tranquillity", "adds …", "omits …".
	 */
	public String description() {
		if (kind == Kind.CLOSING) {
			return witnessReading.isEmpty() ? "has no closing (" + reading + ")"
					: "adds the closing \u201c" + witnessReading + "\u201d";
		}
		if (reading.isEmpty()) {
			return "adds \u201c" + witnessReading + "\u201d";
		}
		if (witnessReading.isEmpty()) {
			return "omits \u201c" + reading + "\u201d";
		}
		return witnessReading;
	}

}
