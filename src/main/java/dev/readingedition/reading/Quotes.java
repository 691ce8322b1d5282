package dev.readingedition.reading;

import java.util.Optional;

import dev.readingedition.edition.TextMarker.Range;
import dev.readingedition.edition.WhiteSpace;

/**
 * Finds the words a quote link asks for in a paragraph's text: the same words in the same
 * order, white space aside (by the edition's one rule, {@link WhiteSpace}, which the
 * sharing script is given to build the quote), and whole words only, so that a quote of
 * "he" is not found inside "the".
 */
final class Quotes {

	/**
	 * The longest quote a link may carry; more is not a quote but a paragraph, and makes
	 * for unwieldy links.
	 */
	static final int LONGEST = 1000;

	private Quotes() {
	}

	/**
	 * @param text a paragraph's plain text, with single spaces (as the model holds it)
	 * @param quote the words asked for, with any white space
	 * @return where the first whole-word occurrence stands in the text, if there is one
	 */
	static Optional<Range> find(String text, String quote) {
		String words = WhiteSpace.collapse(quote);
		if (words.isEmpty()) {
			return Optional.empty();
		}
		for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
			int end = at + words.length();
			if (isBoundary(text, at - 1, words.charAt(0)) && isBoundary(text, end, words.charAt(words.length() - 1))) {
				return Optional.of(new Range(at, end));
			}
		}
		return Optional.empty();
	}

	/**
	 * A quote may not start or end inside a word: a letter or digit there must not touch
	 * another.
	 */
	private static boolean isBoundary(String text, int outside, char inside) {
		return outside < 0 || outside >= text.length() || !Character.isLetterOrDigit(inside)
				|| !Character.isLetterOrDigit(text.charAt(outside));
	}

}
