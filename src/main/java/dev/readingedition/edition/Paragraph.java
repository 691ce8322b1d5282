package dev.readingedition.edition;

import java.util.List;
import java.util.Objects;

/**
 * One paragraph of a letter, as the reader sees it and as search indexes it.
 *
 * @param number the paragraph's place in the letter, from 1, shown in the margin
 * @param id the stable anchor, {@code p} and the number unless pinned in the Markdown
 * @param html the paragraph's inner HTML: the letter's words with note references,
 * mentions and page-break markers, which hold no text of their own (CSS shows their
 * numbers), so the paragraph's text is the letter's
 * @param marginHtml the notes and glosses the paragraph cites, in order, to stand beside
 * it (empty when none)
 * @param text the paragraph's words alone: no note numbers, no page markers, no glosses
 * @param page the printed page the paragraph starts on
 * @param noteLabels the notes cited in this paragraph, in order
 * @param pageBreaks the printed pages that begin inside this paragraph, in order
 * @param pageBreakOffsets where each of those pages begins in {@link #text()}: the number
 * of characters before it
 * @param mentions the phrases that name register entities, in order
 * @param links the links the paragraph holds, in order (to other letters of the edition,
 * or elsewhere)
 * @param htmlText where the words of {@link #text()} stand in {@link #html()}, read once
 * at load
 * @param marginText where the words of each note and gloss stand in
 * {@link #marginHtml()}, read once at load
 */
public record Paragraph(int number, String id, String html, String marginHtml, String text, int page,
		List<String> noteLabels, List<Integer> pageBreaks, List<Integer> pageBreakOffsets, List<Mention> mentions,
		List<TextLink> links, HtmlText htmlText, HtmlText marginText) {

	/**
	 * A paragraph whose HTML is read for the places of its words here, once, as the
	 * content is loaded.
	 */
	public Paragraph(int number, String id, String html, String marginHtml, String text, int page,
			List<String> noteLabels, List<Integer> pageBreaks, List<Integer> pageBreakOffsets, List<Mention> mentions,
			List<TextLink> links) {
		this(number, id, html, marginHtml, text, page, noteLabels, pageBreaks, pageBreakOffsets, mentions, links,
				HtmlText.ofParagraph(html), HtmlText.ofMargin(marginHtml));
	}

	public Paragraph {
		if (number < 1) {
			throw new IllegalArgumentException("paragraph numbers start at 1, not " + number);
		}
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(html, "html");
		Objects.requireNonNull(marginHtml, "marginHtml");
		Objects.requireNonNull(text, "text");
		noteLabels = List.copyOf(noteLabels);
		pageBreaks = List.copyOf(pageBreaks);
		pageBreakOffsets = List.copyOf(pageBreakOffsets);
		if (pageBreakOffsets.size() != pageBreaks.size()) {
			throw new IllegalArgumentException("each page break needs its place in the text");
		}
		mentions = List.copyOf(mentions);
		links = List.copyOf(links);
		if (!htmlText.html().equals(html) || !marginText.html().equals(marginHtml)) {
			throw new IllegalArgumentException("the places of the words of " + id + " were read from other HTML");
		}
		if (!htmlText.text(HtmlText.PARAGRAPH).equals(text)) {
			// Marks, quotes and annotations count characters of the text: they would land
			// on the wrong words.
			throw new IllegalArgumentException("the words of " + id + "'s HTML differ from its text: \""
					+ htmlText.text(HtmlText.PARAGRAPH) + "\" / \"" + text + "\"");
		}
	}

	/**
	 * The words of the paragraph from where a printed page begins in it, or all of them
	 * when no page begins in it.
	 * @param page the number of a page that begins inside the paragraph
	 */
	public String textFrom(int page) {
		int index = pageBreaks.indexOf(page);
		return index < 0 ? text : text.substring(pageBreakOffsets.get(index)).strip();
	}

	/**
	 * The printed pages this paragraph stands on, from the one it starts on to the last
	 * that begins in it.
	 */
	public int lastPage() {
		return pageBreaks.isEmpty() ? page : pageBreaks.get(pageBreaks.size() - 1);
	}

	/**
	 * The printed page on which a character of {@link #text()} stands: a match is cited
	 * by the page its first word is printed on, not the page its paragraph begins on.
	 * @param offset a character of the text, counted from 0
	 */
	public int pageAt(int offset) {
		int at = page;
		for (int i = 0; i < pageBreaks.size() && pageBreakOffsets.get(i) <= offset; i++) {
			at = pageBreaks.get(i);
		}
		return at;
	}

}
