package dev.readingedition.tei;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One FRUS document, {@code <div type="document">}, as read from TEI: what its head,
 * dateline and notes say, and its text block by block. Independent of the edition's
 * Markdown, so that other tools (a collation of two printings, an export) can read FRUS
 * TEI through it too.
 *
 * @param file the TEI file it was read from, for messages
 * @param id the document's id in its volume, e.g. {@code d27}
 * @param number the document's number, e.g. 27
 * @param title the head without its number and notes, as inline content
 * @param fromRef the volume's id of the sender ({@code persName type="from"} in the
 * head), or {@code null}
 * @param toRef the volume's id of the addressee ({@code persName type="to"}), or
 * {@code null}
 * @param sourceNote the label of the note in the head (FRUS's source note,
 * {@code n="0"}), or {@code null}
 * @param dateline the dateline as printed, as inline content
 * @param place the place in the dateline ({@code placeName}), or {@code null}
 * @param when the date when the document is dated ({@code date/@when}), or {@code null}
 * @param notBefore for an undated document, the earliest date the FRUS editors give
 * ({@code date/@notBefore})
 * @param notAfter for an undated document, the latest date they give
 * ({@code date/@notAfter})
 * @param blocks the text: paragraphs and the signature, in order; page breaks between
 * blocks open the next one
 * @param notes the editors' notes, in the order they are cited, the source note first
 * @param firstPage the printed page the document begins on: the page before its first
 * page break (the page break that opens that page stands before the document, in the
 * volume), or {@code 0} when it has no page break
 */
public record FrusDocument(String file, String id, int number, List<Inline> title, String fromRef, String toRef,
		String sourceNote, List<Inline> dateline, String place, LocalDate when, LocalDate notBefore, LocalDate notAfter,
		List<Block> blocks, List<Note> notes, int firstPage) {

	public FrusDocument {
		Objects.requireNonNull(id, "id");
		title = List.copyOf(title);
		dateline = List.copyOf(dateline);
		blocks = List.copyOf(blocks);
		notes = List.copyOf(notes);
	}

	/** What a block of the text is. */
	public enum BlockKind {

		/**
		 * A paragraph ({@code
		 *
		<p>
		 * }), the salutation and the closing words included.
		 */
		PARAGRAPH,

		/** The signature ({@code <closer><signed>}). */
		SIGNED

	}

	/**
	 * A block of the document's text.
	 *
	 * @param line the line of the TEI element it was read from
	 */
	public record Block(BlockKind kind, List<Inline> content, int line) {

		public Block {
			content = List.copyOf(content);
		}

	}

	/**
	 * A note of the FRUS editors.
	 *
	 * @param label its number as printed ({@code n}); the source note is {@code 0}
	 * @param content its words, names and references
	 */
	public record Note(String label, List<Inline> content) {

		public Note {
			content = List.copyOf(content);
		}

	}

	/** The document's address in the Office of the Historian's online edition. */
	public static String historyStateGov(String volume, String fragment) {
		return "https://history.state.gov/historicaldocuments/" + volume + "/" + fragment;
	}

}
