package dev.readingedition.edition;

import java.util.Objects;

/**
 * A link in a paragraph of a letter, written as a Markdown link:
 * {@code [your letter of December 13, 1961](/letters/…)}. The thread reads these to know
 * which paragraph of which letter quotes or names another.
 *
 * @param phrase the linked words, exactly {@code paragraph.text().substring(start, end)}
 * @param start where the phrase begins in {@link Paragraph#text()}
 * @param end where the phrase ends in {@link Paragraph#text()} (exclusive)
 * @param href the link's address as written
 */
public record TextLink(String phrase, int start, int end, String href) {

	public TextLink {
		Objects.requireNonNull(phrase, "phrase");
		Objects.requireNonNull(href, "href");
		if (start < 0 || end - start != phrase.length()) {
			throw new IllegalArgumentException("the phrase '" + phrase + "' does not fit " + start + ".." + end);
		}
	}

}
