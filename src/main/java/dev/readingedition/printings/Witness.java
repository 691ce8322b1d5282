package dev.readingedition.printings;

import java.util.List;
import java.util.Objects;

/**
 * A second printing of a letter, read word for word from its TEI: its paragraphs, its
 * page breaks and its own editors' notes, each at its place in the text.
 *
 * @param printing which volume and document it is
 * @param heading the document's heading as printed, with its number ("34. Letter From
 * …"), notes aside
 * @param dateline the dateline as printed
 * @param paragraphs the paragraphs in order; their text is the TEI's, white space
 * collapsed as TEI defines it
 * @param notes the printing's own notes, in order: the source note (label {@code 0}) and
 * the numbered footnotes
 * @param sourceName the file the witness came from, e.g.
 * {@code content/printings/frus1961-63v06-d34.xml}
 */
public record Witness(Printing printing, String heading, String dateline, List<Paragraph> paragraphs, List<Note> notes,
		String sourceName) {

	public Witness {
		Objects.requireNonNull(printing, "printing");
		Objects.requireNonNull(heading, "heading");
		Objects.requireNonNull(sourceName, "sourceName");
		paragraphs = List.copyOf(paragraphs);
		notes = List.copyOf(notes);
		if (paragraphs.isEmpty()) {
			throw new IllegalArgumentException("a witness needs at least one paragraph");
		}
	}

	/** The paragraphs' texts, in order: what is collated. */
	public List<String> texts() {
		return paragraphs.stream().map(Paragraph::text).toList();
	}

	/** The notes cited in one paragraph (by number from 1), or in the heading (0). */
	public List<Note> notesIn(int paragraph) {
		return notes.stream().filter((note) -> note.paragraph() == paragraph).toList();
	}

	/**
	 * One paragraph of the witness.
	 *
	 * @param number its place in the witness, from 1
	 * @param text its words, notes and page breaks aside
	 * @param pageBreaks the printed pages that begin inside it, with where
	 */
	public record Paragraph(int number, String text, List<Place> pageBreaks) {

		public Paragraph {
			Objects.requireNonNull(text, "text");
			pageBreaks = List.copyOf(pageBreaks);
		}

	}

	/**
	 * A page break of the witness.
	 *
	 * @param page the number of the page that begins here
	 * @param offset where it falls in its paragraph's text: the number of characters
	 * before it
	 */
	public record Place(int page, int offset) {
	}

	/**
	 * A note of the witness's own editors.
	 *
	 * @param label its number as printed; the source note, which FRUS prints unnumbered,
	 * is {@code 0}
	 * @param source whether it is the source note
	 * @param html its text as HTML, with its references to other documents as links
	 * @param text its words alone
	 * @param paragraph the paragraph whose text cites it, from 1, or 0 for the heading
	 * @param offset where its mark stands in that paragraph's text (0 in the heading)
	 */
	public record Note(String label, boolean source, String html, String text, int paragraph, int offset) {

		public Note {
			Objects.requireNonNull(label, "label");
			Objects.requireNonNull(html, "html");
			Objects.requireNonNull(text, "text");
		}

		/** The note's anchor on the pages, apart from the edition's own notes. */
		public String anchor(String siglum) {
			return siglum.toLowerCase(java.util.Locale.ROOT) + "-n" + label;
		}

	}

}
