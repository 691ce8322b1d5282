package dev.readingedition.citation;

import dev.readingedition.edition.HtmlText;

/**
 * A paragraph (or the title) as the reading page serves it, read the way annotation
 * clients read a page: its {@code textContent}, which holds the letter's words and
 * whatever the model's HTML sets among them (note marks and notes, glosses, page
 * markers), and where each character of the letter's own text stands in it. Web
 * Annotation selectors give their context from this text, so that a client searching the
 * page finds them at their words. Both were read from the HTML once, with the places of
 * the words ({@link HtmlText}), so the offsets are the model's.
 */
final class ServedText {

	private final String lead;

	private final HtmlText.Words words;

	private ServedText(String lead, HtmlText.Words words) {
		this.lead = lead;
		this.words = words;
	}

	/**
	 * The served text of a paragraph's (or the title's) HTML.
	 * @throws IllegalStateException if its words differ from the model's text, which
	 * would make its offsets wrong
	 */
	static ServedText of(HtmlText html, String modelText) {
		return of("", html, modelText);
	}

	/**
	 * The served text of a paragraph's (or the title's) HTML after the text the page
	 * serves just before it: a paragraph's number, the title's document number. A client
	 * reads its context across that boundary, and a quote at a paragraph's start needs
	 * it: "The " alone would be found anywhere.
	 * @param lead what the page's text holds right before the HTML (the reading page's
	 * markup decides it)
	 */
	static ServedText of(String lead, HtmlText html, String modelText) {
		HtmlText.Words words = html.words(HtmlText.PARAGRAPH).orElseThrow();
		if (!words.text().equals(modelText)) {
			throw new IllegalStateException("the words read from the HTML differ from the model's text: \""
					+ words.text() + "\" / \"" + modelText + "\"");
		}
		return new ServedText(lead, words);
	}

	/** The whole text as served. */
	String text() {
		return lead + words.served();
	}

	/** Where the model's character at {@code index} stands in the served text. */
	int position(int index) {
		return lead.length() + words.servedAt(index);
	}

	/**
	 * Whether the model's characters from {@code start} to {@code end} stand side by side
	 * in the served text, with nothing of the apparatus among them.
	 */
	boolean contiguous(int start, int end) {
		return end > start && position(end - 1) - position(start) == end - 1 - start;
	}

}
