package dev.readingedition.reading;

/**
 * A quote link asked to mark more than a quote: more than {@link Quotes#LONGEST}
 * characters.
 */
class QuoteTooLongException extends RuntimeException {

	private final int length;

	private final String paragraphUrl;

	/**
	 * @param length the quote's length in characters
	 * @param paragraphUrl the address of the paragraph without the quote, which can still
	 * be read
	 */
	QuoteTooLongException(int length, String paragraphUrl) {
		super("a quote of " + length + " characters");
		this.length = length;
		this.paragraphUrl = paragraphUrl;
	}

	int length() {
		return length;
	}

	String paragraphUrl() {
		return paragraphUrl;
	}

}
