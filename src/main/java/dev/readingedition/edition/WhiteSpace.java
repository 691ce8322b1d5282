package dev.readingedition.edition;

import java.util.regex.Pattern;

/**
 * The edition's one rule for white space in a text: each run becomes one space, and none
 * opens the text. What counts as white space is {@link Character#isWhitespace(char)}:
 * spaces, tabs and line breaks, but not the no-break spaces, which hold words together as
 * the printed text does. The Markdown parser, the reader of a second printing's TEI, the
 * reading of rendered HTML ({@link HtmlText}) and quote links all apply it, so the
 * collation, the marks and the quotes count the same characters; the page hands
 * {@link #CHARACTER} to the sharing script, which builds its quotes by the same rule
 * instead of a copy of it.
 */
public final class WhiteSpace {

	/**
	 * One character that {@link Character#isWhitespace(char)} accepts, as a regular
	 * expression that JavaScript and Java (with {@link Pattern#UNICODE_CHARACTER_CLASS})
	 * read alike: their Unicode white space less the no-break spaces (and U+0085 and
	 * U+FEFF, which only one of them counts), plus the four information separators that
	 * Java counts. It is short because the reading page carries it, for the sharing
	 * script.
	 */
	public static final String CHARACTER = "(?:[^\\S\\x85\\xa0\\u2007\\u202f\\ufeff]|[\\x1c-\\x1f])";

	private static final Pattern RUNS = Pattern.compile(CHARACTER + "+", Pattern.UNICODE_CHARACTER_CLASS);

	private WhiteSpace() {
	}

	/** Whether a character is white space by the edition's rule. */
	public static boolean is(char c) {
		return Character.isWhitespace(c);
	}

	/**
	 * Appends chars to text, collapsing each run of white space to one space and dropping
	 * it at the start.
	 */
	public static void appendCollapsed(StringBuilder text, CharSequence chars) {
		for (int i = 0; i < chars.length(); i++) {
			char c = chars.charAt(i);
			if (is(c)) {
				if (text.isEmpty() || text.charAt(text.length() - 1) == ' ') {
					continue;
				}
				c = ' ';
			}
			text.append(c);
		}
	}

	/** A text with each run of white space one space, none at either end. */
	public static String collapse(CharSequence text) {
		return RUNS.matcher(text).replaceAll(" ").strip();
	}

}
