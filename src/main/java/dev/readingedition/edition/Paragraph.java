package dev.readingedition.edition;

import java.util.List;
import java.util.Objects;

/**
 * One paragraph of a letter, as the reader sees it and as search indexes it.
 *
 * @param number the paragraph's place in the letter, from 1, shown in the margin
 * @param id the stable anchor, {@code p} and the number unless pinned in the Markdown
 * @param html the paragraph's inner HTML: the letter's words with note references, mentions and page-break markers,
 * which hold no text of their own (CSS shows their numbers), so the paragraph's text is the letter's
 * @param marginHtml the notes and glosses the paragraph cites, in order, to stand beside it (empty when none)
 * @param text the paragraph's words alone: no note numbers, no page markers, no glosses
 * @param page the printed page the paragraph starts on
 * @param noteLabels the notes cited in this paragraph, in order
 * @param pageBreaks the printed pages that begin inside this paragraph, in order
 * @param pageBreakOffsets where each of those pages begins in {@link #text()}: the number of characters before it
 * @param mentions the phrases that name register entities, in order
 * @param links the links the paragraph holds, in order (to other letters of the edition, or elsewhere)
 */
public record Paragraph(int number, String id, String html, String marginHtml, String text, int page,
		List<String> noteLabels, List<Integer> pageBreaks, List<Integer> pageBreakOffsets, List<Mention> mentions,
		List<TextLink> links) {

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
	}

	/** The printed pages this paragraph stands on, from the one it starts on to the last that begins in it. */
	public int lastPage() {
		return pageBreaks.isEmpty() ? page : pageBreaks.get(pageBreaks.size() - 1);
	}

	/**
	 * The printed page on which a character of {@link #text()} stands: a match is cited by the page its first word
	 * is printed on, not the page its paragraph begins on.
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
