package dev.readingedition.printings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.readingedition.edition.Letter;
import dev.readingedition.edition.Note;
import dev.readingedition.edition.Paragraph;

/**
 * The two printings side by side, paragraph against paragraph, each as its own words with
 * its own page breaks and note marks and the variants marked: what the "Compare the
 * printings" page shows. Made from the model's plain texts and offsets, so the page never
 * reads rendered HTML. The witness's words are shown as printed: where the collation
 * found a difference of the encoding alone (the TEI's missing space after "Mr."), the
 * printed spacing, which the base shares, is shown.
 *
 * @param rows one row per paragraph, in the base's order, with the witness's paragraphs
 * that the base lacks after the base paragraph they follow
 */
public record Comparison(List<Row> rows) {

	public Comparison {
		rows = List.copyOf(rows);
	}

	/**
	 * One paragraph in both printings.
	 *
	 * @param number the base paragraph's number, or 0 for a paragraph the base lacks
	 * @param id the base paragraph's id, or {@code null}
	 * @param base the base paragraph's words, or an empty list
	 * @param witnessNumber the witness paragraph's number, or 0 where the witness lacks
	 * the paragraph
	 * @param witness the witness paragraph's words, or an empty list
	 * @param witnessNotes the witness's notes cited in its paragraph, in order
	 */
	public record Row(int number, String id, List<Piece> base, int witnessNumber, List<Piece> witness,
			List<Witness.Note> witnessNotes) {

		public Row {
			base = List.copyOf(base);
			witness = List.copyOf(witness);
			witnessNotes = List.copyOf(witnessNotes);
		}

	}

	/** What a piece of a paragraph is. */
	public enum Kind {

		/** words */
		TEXT,

		/** words of a variant, marked */
		VARIANT,

		/** a printed page break: text is the page number */
		PAGE,

		/** a note's mark: text is its number */
		NOTE

	}

	/**
	 * A piece of a paragraph as shown.
	 *
	 * @param kind what it is
	 * @param text its words, or the page or note number
	 * @param anchor the variant's anchor (on the base side), the variant's anchor for the
	 * witness's side, the note's anchor; {@code null} for plain words
	 */
	public record Piece(Kind kind, String text, String anchor) {
	}

	/** The comparison of a letter with its second printing. */
	public static Comparison of(Letter letter, Printings printings) {
		List<Row> rows = new ArrayList<>();
		List<Integer> counterparts = printings.collation().paragraphs();
		Witness witness = printings.witness();
		String siglum = witness.printing().siglum();
		for (Paragraph paragraph : letter.paragraphs()) {
			int witnessIndex = counterparts.indexOf(paragraph.number());
			Witness.Paragraph other = witnessIndex < 0 ? null : witness.paragraphs().get(witnessIndex);
			rows.add(new Row(paragraph.number(), paragraph.id(), base(letter, paragraph, printings),
					other == null ? 0 : other.number(), other == null ? List.of() : witness(other, printings, siglum),
					other == null ? List.of() : witness.notesIn(other.number())));
			// The witness's own paragraphs that come after this one's counterpart, such
			// as a closing.
			for (int i = witnessIndex + 1; witnessIndex >= 0 && i < counterparts.size()
					&& counterparts.get(i) == 0; i++) {
				Witness.Paragraph only = witness.paragraphs().get(i);
				rows.add(new Row(0, null, List.of(), only.number(), witness(only, printings, siglum),
						witness.notesIn(only.number())));
			}
		}
		return new Comparison(rows);
	}

	private static List<Piece> base(Letter letter, Paragraph paragraph, Printings printings) {
		List<Event> events = new ArrayList<>();
		for (Variant variant : printings.variants()) {
			if (variant.paragraph() == paragraph.number()) {
				events.add(new Event(variant.start(), variant.end(), Kind.VARIANT, null, variant.anchor()));
			}
		}
		for (Printings.BasePageBreak pageBreak : printings.basePageBreaks()) {
			if (pageBreak.paragraph() == paragraph.number()) {
				events.add(new Event(pageBreak.offset(), pageBreak.offset(), Kind.PAGE,
						String.valueOf(pageBreak.page()), "page" + pageBreak.page()));
			}
		}
		for (Note note : letter.notes()) {
			if (note.citedIn().equals(paragraph.id())) {
				events.add(new Event(note.position(), note.position(), Kind.NOTE, note.label(), note.id()));
			}
		}
		return pieces(paragraph.text(), events);
	}

	private static List<Piece> witness(Witness.Paragraph paragraph, Printings printings, String siglum) {
		List<Event> events = new ArrayList<>();
		for (Variant variant : printings.collation().variants()) {
			if (variant.witnessParagraph() != paragraph.number()) {
				continue;
			}
			if (variant.shown()) {
				events.add(new Event(variant.witnessStart(), variant.witnessEnd(), Kind.VARIANT, null,
						variant.anchor() + "-" + siglum.toLowerCase(java.util.Locale.ROOT)));
			}
			else {
				// the printed spacing, which the encoding lost
				events.add(new Event(variant.witnessStart(), variant.witnessEnd(), Kind.TEXT, variant.reading(), null));
			}
		}
		for (Witness.Place place : paragraph.pageBreaks()) {
			events.add(new Event(place.offset(), place.offset(), Kind.PAGE, String.valueOf(place.page()), null));
		}
		for (Witness.Note note : printings.witness().notesIn(paragraph.number())) {
			events.add(new Event(note.offset(), note.offset(), Kind.NOTE, note.label(), note.anchor(siglum)));
		}
		return pieces(paragraph.text(), events);
	}

	/**
	 * Cuts a text into pieces at its events: ranges become pieces of their own, places
	 * (page breaks, note marks) stand between the words. At one offset a place goes
	 * before a range that starts there.
	 */
	private static List<Piece> pieces(String text, List<Event> events) {
		events.sort(Comparator.comparingInt(Event::start).thenComparing((event) -> event.end > event.start));
		List<Piece> pieces = new ArrayList<>();
		int cursor = 0;
		for (Event event : events) {
			int start = Math.min(event.start, text.length());
			if (start > cursor) {
				pieces.add(new Piece(Kind.TEXT, text.substring(cursor, start), null));
				cursor = start;
			}
			if (event.end > event.start) {
				int end = Math.min(event.end, text.length());
				String words = event.text != null ? event.text : text.substring(Math.max(start, cursor), end);
				pieces.add(new Piece(event.kind, words, event.anchor));
				cursor = Math.max(cursor, end);
			}
			else {
				pieces.add(new Piece(event.kind, event.text, event.anchor));
			}
		}
		if (cursor < text.length()) {
			pieces.add(new Piece(Kind.TEXT, text.substring(cursor), null));
		}
		return pieces;
	}

	private record Event(int start, int end, Kind kind, String text, String anchor) {
	}

}
