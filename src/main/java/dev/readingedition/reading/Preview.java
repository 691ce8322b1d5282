package dev.readingedition.reading;

import java.util.Objects;

/**
 * What a link preview shows of a page (OpenGraph and Twitter-card tags): a title, a short
 * text and the address.
 *
 * @param title the preview's title
 * @param description a short text, trimmed near {@value #LENGTH} characters at a word
 * @param url the page's absolute address
 */
public record Preview(String title, String description, String url) {

	/** About as much text as previews show before cutting it themselves. */
	static final int LENGTH = 300;

	public Preview {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(description, "description");
		Objects.requireNonNull(url, "url");
	}

	/**
	 * The start of a text, cut at the last word that ends within {@value #LENGTH}
	 * characters, with an ellipsis.
	 */
	public static String excerpt(String text) {
		String stripped = text.strip();
		if (stripped.length() <= LENGTH) {
			return stripped;
		}
		int cut = stripped.lastIndexOf(' ', LENGTH);
		// A text without spaces (unlikely in a letter) is cut where it must be.
		String start = cut > 0 ? stripped.substring(0, cut) : stripped.substring(0, LENGTH);
		// The ellipsis replaces a comma or a dash the cut left at the end.
		return start.replaceAll("[\\s,;:\u2013\u2014-]+$", "") + "\u2026";
	}

}
