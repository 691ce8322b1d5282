package dev.readingedition.edition;

/**
 * Where a printed page begins inside the text.
 *
 * @param page the number of the page that begins here
 * @param paragraphId the paragraph the break falls in
 */
public record PageBreak(int page, String paragraphId) {

	/** The break's anchor on the reading page. */
	public String id() {
		return "page" + page;
	}

}
