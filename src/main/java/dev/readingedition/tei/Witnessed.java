package dev.readingedition.tei;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.readingedition.edition.Edition;
import dev.readingedition.edition.Letter;
import dev.readingedition.edition.LetterParser;
import dev.readingedition.printings.Collation;
import dev.readingedition.printings.Printings;
import dev.readingedition.printings.Variant;
import dev.readingedition.printings.Witness;

/**
 * What a letter's exports hold besides the letter's own model: its printings, and, when
 * the edition holds a second witness, the variants the collation found (those of the
 * encoding alone left out, as the apparatus leaves them) and the witness's own editors'
 * notes, each placed in the letter's text where the collation puts it.
 */
final class Witnessed {

	final Letter letter;

	final List<Printing> printings;

	final List<Variant> variants;

	final List<PlacedNote> witnessNotes;

	/** The second witness, or null when the edition holds none. */
	private final Printing witness;

	private Witnessed(Letter letter, List<Printing> printings, Printing witness, List<Variant> variants,
			List<PlacedNote> witnessNotes) {
		this.letter = letter;
		this.printings = printings;
		this.witness = witness;
		this.variants = variants;
		this.witnessNotes = witnessNotes;
	}

	/**
	 * A note of the second witness's editors at its place in the letter's text.
	 *
	 * @param note the note as the witness has it
	 * @param anchor what it stands in: {@code title} or a paragraph id
	 * @param position the number of characters before it in that text
	 * @param id its anchor on the reading page, e.g. {@code vi-n1}
	 * @param inClosing whether it stands in the witness's closing, which the reproduced
	 * text lacks: it is then written inside the closing's reading
	 */
	record PlacedNote(Witness.Note note, String anchor, int position, String id, boolean inClosing) {
	}

	/**
	 * The witness's notes that stand in its closing, which the closing's reading carries.
	 */
	List<PlacedNote> closingNotes() {
		return witnessNotes.stream().filter(PlacedNote::inClosing).toList();
	}

	static Witnessed of(Edition edition, Letter letter) {
		List<Printing> printings = Printing.of(edition, letter);
		Optional<Printings> collated = edition.printings(letter.slug());
		if (collated.isEmpty()) {
			return new Witnessed(letter, printings, null, List.of(), List.of());
		}
		Printings both = collated.get();
		List<Variant> variants = both.variants()
			.stream()
			.filter((variant) -> variant.paragraph() >= 1 && variant.paragraph() <= letter.paragraphs().size())
			.toList();
		List<PlacedNote> notes = new ArrayList<>();
		String siglum = both.witness().printing().siglum();
		boolean closing = variants.stream().anyMatch((variant) -> variant.kind() == Variant.Kind.CLOSING);
		for (Witness.Note note : both.witness().notes()) {
			notes.add(place(letter, both, note, note.anchor(siglum), closing));
		}
		return new Witnessed(letter, printings, printings.get(1), variants, List.copyOf(notes));
	}

	/** The reproduced printing, whose pages and readings the letter's text has. */
	Printing base() {
		return printings.get(0);
	}

	/** The second witness, when the edition holds one. */
	Optional<Printing> witness() {
		return Optional.ofNullable(witness);
	}

	private static Collation.Place after(Collation.Place place) {
		return new Collation.Place(place.paragraph(), place.offset() + 1);
	}

	private static PlacedNote place(Letter letter, Printings both, Witness.Note note, String id, boolean closing) {
		if (note.paragraph() == 0) {
			// The source note stands at the end of the heading, as FRUS prints it.
			return new PlacedNote(note, LetterParser.TITLE_ANCHOR, letter.meta().title().length(), id, false);
		}
		Collation collation = both.collation();
		int base = collation.paragraphs().get(note.paragraph() - 1);
		if (base >= 1 && base <= letter.paragraphs().size()) {
			// A note mark follows the words it annotates: place it after the base
			// character that corresponds to the
			// witness's last character before the mark, so that a difference of spacing
			// just before it cannot move it.
			Collation.Place place = note.offset() == 0 ? collation.baseOf(note.paragraph(), 0)
					: after(collation.baseOf(note.paragraph(), note.offset() - 1));
			for (Variant variant : collation.variants()) {
				// A mark right after words the printings spell (or space) differently
				// follows the whole reading.
				if (variant.witnessParagraph() == note.paragraph() && variant.witnessEnd() == note.offset()
						&& variant.witnessEnd() > variant.witnessStart()) {
					place = new Collation.Place(variant.paragraph(), variant.end());
				}
			}
			int paragraph = place.paragraph() >= 1 && place.paragraph() <= letter.paragraphs().size()
					? place.paragraph() : base;
			String text = letter.paragraphs().get(paragraph - 1).text();
			return new PlacedNote(note, letter.paragraphs().get(paragraph - 1).id(),
					Math.min(Math.max(place.offset(), 0), text.length()), id, false);
		}
		// A paragraph the reproduced text lacks (the closing): the note goes with the
		// closing's reading, or else
		// follows the last paragraph before it.
		int before = 0;
		for (int i = note.paragraph() - 2; i >= 0 && before == 0; i--) {
			before = collation.paragraphs().get(i);
		}
		int paragraph = before == 0 ? 1 : before;
		return new PlacedNote(note, letter.paragraphs().get(paragraph - 1).id(),
				before == 0 ? 0 : letter.paragraphs().get(paragraph - 1).text().length(), id, closing);
	}

}
