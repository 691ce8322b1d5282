package dev.readingedition.printings;

import java.util.List;

/**
 * What the collation of a witness against the base text found: the variants, and how the
 * witness's paragraphs and places line up with the base's.
 *
 * @param variants every difference found, those of the encoding alone included, in the
 * order of the base text
 * @param paragraphs for each witness paragraph (by index), the base paragraph it
 * corresponds to (by number from 1), or 0 when the base has no such paragraph
 * @param places for each witness paragraph (by index), for each character offset of its
 * text up to and including its length, the base paragraph (by number) and offset that
 * stand at the same place, packed as {@code paragraph << 32 | offset}
 */
public record Collation(List<Variant> variants, List<Integer> paragraphs, List<long[]> places) {

	public Collation {
		variants = List.copyOf(variants);
		paragraphs = List.copyOf(paragraphs);
		places = List.copyOf(places);
	}

	/**
	 * The variants a reader is shown: every one but the differences of the encoding
	 * alone.
	 */
	public List<Variant> shown() {
		return variants.stream().filter(Variant::shown).toList();
	}

	/** The differences of the encoding alone, which the apparatus does not show. */
	public List<Variant> encodingOnly() {
		return variants.stream().filter((variant) -> !variant.shown()).toList();
	}

	public List<Variant> ofKind(Variant.Kind kind) {
		return variants.stream().filter((variant) -> variant.kind() == kind).toList();
	}

	/**
	 * The place in the base text that corresponds to a place in the witness.
	 * @param witnessParagraph the witness paragraph, by number from 1
	 * @param offset a character offset in its text
	 * @return the base paragraph (by number from 1) and offset
	 */
	public Place baseOf(int witnessParagraph, int offset) {
		long[] map = places.get(witnessParagraph - 1);
		long packed = map[Math.max(0, Math.min(offset, map.length - 1))];
		return new Place((int) (packed >>> 32), (int) packed);
	}

	/**
	 * A place in the base text.
	 *
	 * @param paragraph the paragraph, by number from 1
	 * @param offset the number of characters before the place in its text
	 */
	public record Place(int paragraph, int offset) {
	}

}
