package dev.readingedition.edition;

/**
 * The edition's one rule for white space in a text: each run becomes one space, and none opens the text. The Markdown
 * parser and the reader of a second printing's TEI both build a paragraph's text with it, so the collation compares
 * texts made the same way.
 */
public final class WhiteSpace {

	private WhiteSpace() {
	}

	/** Appends chars to text, collapsing each run of white space to one space and dropping it at the start. */
	public static void appendCollapsed(StringBuilder text, CharSequence chars) {
		for (int i = 0; i < chars.length(); i++) {
			char c = chars.charAt(i);
			if (Character.isWhitespace(c)) {
				if (text.isEmpty() || text.charAt(text.length() - 1) == ' ') {
					continue;
				}
				c = ' ';
			}
			text.append(c);
		}
	}

}
