package dev.readingedition.edition;

/**
 * Where a printed page begins inside the text.
 *
 * @param page the number of the page that begins here
 * @param paragraphId the paragraph the break falls in ({@code title} for the title line)
 * @param position where the break stands in that paragraph's {@link Paragraph#text()}:
 * the number of characters before it, as {@link Note#position()} counts them, so exports
 * can place it among the words
 */
public record PageBreak(int page, String paragraphId, int position) {

	public PageBreak {
		if (position < 0) {
			throw new IllegalArgumentException("a page break's position is a character count, not " + position);
		}
	}

	/** The break's anchor on the reading page. */
	public String id() {
		return "page" + page;
	}

}
