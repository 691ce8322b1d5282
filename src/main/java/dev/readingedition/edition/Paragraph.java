package dev.readingedition.edition;

import java.util.List;
import java.util.Objects;

/**
 * One paragraph of a letter, as the reader sees it and as search indexes it.
 *
 * @param number the paragraph's place in the letter, from 1, shown in the margin
 * @param id the stable anchor, {@code p} and the number unless pinned in the Markdown
 * @param html the paragraph's inner HTML, with note references, margin notes, mentions, their margin glosses and
 * page-break markers
 * @param text the paragraph's words alone: no note numbers, no page markers, no glosses
 * @param page the printed page the paragraph starts on
 * @param noteLabels the notes cited in this paragraph, in order
 * @param pageBreaks the printed pages that begin inside this paragraph, in order
 * @param mentions the phrases that name register entities, in order
 * @param links the links the paragraph holds, in order (to other letters of the edition, or elsewhere)
 */
public record Paragraph(int number, String id, String html, String text, int page, List<String> noteLabels,
		List<Integer> pageBreaks, List<Mention> mentions, List<TextLink> links) {

	public Paragraph {
		if (number < 1) {
			throw new IllegalArgumentException("paragraph numbers start at 1, not " + number);
		}
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(html, "html");
		Objects.requireNonNull(text, "text");
		noteLabels = List.copyOf(noteLabels);
		pageBreaks = List.copyOf(pageBreaks);
		mentions = List.copyOf(mentions);
		links = List.copyOf(links);
	}

	/** The printed pages this paragraph stands on, from the one it starts on to the last that begins in it. */
	public int lastPage() {
		return pageBreaks.isEmpty() ? page : pageBreaks.get(pageBreaks.size() - 1);
	}

}
