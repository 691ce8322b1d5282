package dev.readingedition.edition;

import java.util.Objects;

/**
 * An editorial footnote, numbered as in the printed edition.
 *
 * @param label the note's number as printed (the Markdown footnote label)
 * @param html the note's inline HTML (links and emphasis only; notes are set in the
 * margin)
 * @param text the note's words alone
 * @param citedIn the anchor of what cites the note: {@code title} or a paragraph id
 * @param paragraphNumber the number of the paragraph that cites the note, or 0 for the
 * title
 * @param page the printed page on which the note is cited
 * @param position where the reference stands in the citing paragraph's
 * {@link Paragraph#text()} (or the title): the number of characters before it
 */
public record Note(String label, String html, String text, String citedIn, int paragraphNumber, int page,
		int position) {

	public Note {
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(html, "html");
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(citedIn, "citedIn");
		if (position < 0) {
			throw new IllegalArgumentException("a note's position is a character count, not " + position);
		}
	}

	/** The note's anchor on the reading page. */
	public String id() {
		return "n" + label;
	}

	/** The anchor of the note's reference mark, where the back-link returns to. */
	public String refId() {
		return "nref" + label;
	}

}
