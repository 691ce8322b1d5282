package dev.readingedition.search;

/**
 * A query or parameter the search cannot take, with a message that says what was wrong
 * and how to fix it.
 */
public class BadQueryException extends RuntimeException {

	public BadQueryException(String message) {
		super(message);
	}

	/**
	 * A value the reader sent, as a message quotes it back: whole, or its first
	 * {@code longest} characters and an ellipsis, so a pasted page does not come back as
	 * one.
	 */
	public static String echoed(String value, int longest) {
		return value.length() > longest ? value.substring(0, longest) + "\u2026" : value;
	}

	/**
	 * Checks what a reader typed before it reaches the index.
	 * @param query the query, possibly {@code null}
	 * @throws BadQueryException when it is too long
	 */
	public static void checkQuery(String query) {
		if (query != null && query.length() > SearchIndex.MAX_QUERY_LENGTH) {
			throw new BadQueryException(
					"Your search is " + query.length() + " characters long; searches can be at most "
							+ SearchIndex.MAX_QUERY_LENGTH + " characters. Shorten it and try again.");
		}
	}

}
