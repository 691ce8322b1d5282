package dev.readingedition.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.readingedition.edition.Edition;
import dev.readingedition.edition.Letter;
import dev.readingedition.printings.Printing;
import dev.readingedition.printings.Printings;
import dev.readingedition.printings.Variant;
import dev.readingedition.printings.Witness;

/**
 * A letter's second printing as the books set it: its page breaks (already in the model's
 * paragraphs, marked {@code [VI 93]}, from {@code printings.Apparatus}), its first page
 * beside the reproduced printing's, the places where it reads otherwise (each a note of
 * its own, marked ° like on the page) and its own editors' notes, labelled as that
 * printing's. The ids are the reading page's: {@code vol-vi-page93}, {@code var1},
 * {@code vi-n1}.
 */
record OtherPrinting(Printings printings) {

	static Optional<OtherPrinting> of(Edition edition, Letter letter) {
		return edition.printings(letter.slug()).map(OtherPrinting::new);
	}

	Printing printing() {
		return printings.witness().printing();
	}

	/** The reproduced printing's short name: "vol. XIV, doc. 296". */
	String baseName() {
		return printings.base().shortName();
	}

	/**
	 * The marker of the page the letter starts on in this printing, beside the reproduced
	 * printing's.
	 */
	PrintedPage start() {
		return page(printing().firstPage(), printing().pathSegment() + "-page" + printing().firstPage());
	}

	/**
	 * Every page of this printing the letter stands on, its first page first, each with
	 * its marker's id.
	 */
	List<PrintedPage> pages() {
		List<PrintedPage> pages = new ArrayList<>(List.of(start()));
		for (Printings.WitnessPageBreak pageBreak : printings.witnessPageBreaks()) {
			pages.add(page(pageBreak.page(), pageBreak.anchor(printing())));
		}
		return pages;
	}

	private PrintedPage page(int page, String id) {
		return new PrintedPage(id, page, printing().siglum() + "\u00a0" + page,
				"Volume " + printing().siglum() + ", page " + page);
	}

	/** The variant a mark in the text leads to, by its anchor ({@code var1}). */
	Optional<Variant> variant(String anchor) {
		return printings.variants().stream().filter((variant) -> variant.anchor().equals(anchor)).findFirst();
	}

	/** The variants marked in one paragraph of the reproduced text. */
	List<Variant> variantsIn(int paragraph) {
		return printings.variants().stream().filter((variant) -> variant.paragraph() == paragraph).toList();
	}

	/**
	 * What the other printing has at a variant, in a sentence: "Vol. VI, doc. 34 has
	 * “tranquillity” (orthographic)."
	 */
	String reading(Variant variant) {
		String description = variant.description();
		String what = variant.kind() == Variant.Kind.CLOSING || variant.reading().isEmpty()
				|| variant.witnessReading().isEmpty() ? description : "has \u201c" + description + "\u201d";
		StringBuilder text = new StringBuilder(capitalized(printing().shortName())).append(' ').append(what);
		for (Witness.Note note : printings.witnessNotesBetween(variant.witnessParagraph(), variant.witnessStart(),
				variant.witnessEnd())) {
			text.append(", with its note ").append(note.label());
		}
		return text.append(" (").append(variant.kind().label()).append(").").toString();
	}

	/** The notes of this printing's own editors, in its order. */
	List<Witness.Note> notes() {
		return printings.witness().notes();
	}

	/** A note's anchor, apart from the edition's own notes: {@code vi-n1}. */
	String anchor(Witness.Note note) {
		return note.anchor(printing().siglum());
	}

	/** "Source note" or the note's printed number. */
	static String label(Witness.Note note) {
		return note.source() ? "Source note" : "Note " + note.label();
	}

	/**
	 * Where a note of this printing stands, in the edition's paragraph numbers: "on the
	 * heading", "¶ 6".
	 */
	String placeOf(Witness.Note note) {
		return printings.placeOf(note);
	}

	/**
	 * The heading of the section of its notes: "Notes of the vol. VI, doc. 34 printing".
	 */
	String notesTitle() {
		return "Notes of the " + printing().shortName() + " printing";
	}

	/** Says whose the notes are, and how they are placed. */
	String notesIntroduction() {
		return "The notes that the editors of " + printing().series() + ", Volume " + printing().volume() + ", "
				+ printing().volumeTitle() + " print with this letter (Document " + printing().document() + ", "
				+ printing().pages() + "), as printed there, each with the place in this text it belongs to. The "
				+ "notes called in the text above are this edition\u2019s.";
	}

	/** The note a book gives on how the two printings are marked. */
	String markingNote() {
		int count = printings.variants().size();
		return "This letter was printed twice: in " + baseName() + " (" + printings.base().pages()
				+ "), which this text reproduces, and in " + printing().shortName() + " (" + printing().pages()
				+ "). The page numbers of the first are marked [" + printings.base().firstPage()
				+ "], those of the second [" + start().label() + "]. The two printings differ in "
				+ (count == 1 ? "one place" : count + " places")
				+ ", each marked \u00b0 with the other printing\u2019s reading in a note.";
	}

	private static String capitalized(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/**
	 * A printed page's marker in a book.
	 *
	 * @param id its id, the reading page's
	 * @param page the page number
	 * @param label what the text shows inside the brackets: {@code 820}, {@code VI 93}
	 * @param spoken what it is called for a screen reader
	 */
	record PrintedPage(String id, int page, String label, String spoken) {
	}

}
