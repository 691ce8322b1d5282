package dev.readingedition.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.readingedition.edition.Letter;
import dev.readingedition.edition.Note;
import dev.readingedition.edition.Paragraph;
import dev.readingedition.edition.TextMarker;
import dev.readingedition.edition.TextMarker.Marked;
import dev.readingedition.edition.TextMarker.Range;

/**
 * A letter as one request shows it: the model's HTML, or that HTML with marked passages (search hits, a quote) and a
 * target paragraph.
 *
 * @param letter the letter
 * @param titleHtml the title's HTML
 * @param titleMarginHtml the title's notes, marked where they hold hits
 * @param paragraphs the paragraphs with the HTML to show
 * @param marks how many marks the page holds, numbered {@code m1} … in reading order
 * @param target the anchor of the paragraph (or note) the reader came for, or {@code null}
 */
record LetterView(Letter letter, String titleHtml, String titleMarginHtml, List<ParagraphView> paragraphs, int marks,
		String target) {

	LetterView {
		paragraphs = List.copyOf(paragraphs);
	}

	/**
	 * One paragraph as shown.
	 * @param paragraph the model's paragraph
	 * @param html its HTML, marked or not
	 * @param marginHtml its notes and glosses, marked or not
	 * @param target whether the reader came for this paragraph
	 */
	record ParagraphView(Paragraph paragraph, String html, String marginHtml, boolean target) {
	}

	/** The letter as written, nothing marked. */
	static LetterView of(Letter letter) {
		return marked(letter, Map.of(), Map.of(), null);
	}

	/**
	 * The letter with passages marked.
	 * @param paragraphRanges ranges of each paragraph's plain text, by paragraph id
	 * @param noteRanges ranges of each note's plain text, by note label
	 * @param target the anchor of the paragraph or note the reader came for, or {@code null}
	 */
	static LetterView marked(Letter letter, Map<String, List<Range>> paragraphRanges,
			Map<String, List<Range>> noteRanges, String target) {
		int marks = 0;
		String titleMarginHtml = letter.titleMarginHtml();
		for (Note note : letter.titleNotes()) {
			List<Range> ranges = noteRanges.getOrDefault(note.label(), List.of());
			if (!ranges.isEmpty()) {
				Marked marked = TextMarker.markNote(titleMarginHtml, note.id(), ranges, marks + 1);
				titleMarginHtml = marked.html();
				marks += marked.marks();
			}
		}
		List<ParagraphView> views = new ArrayList<>();
		for (Paragraph paragraph : letter.paragraphs()) {
			String html = paragraph.html();
			List<Range> ranges = paragraphRanges.getOrDefault(paragraph.id(), List.of());
			if (!ranges.isEmpty()) {
				Marked marked = TextMarker.markParagraph(html, ranges, marks + 1);
				html = marked.html();
				marks += marked.marks();
			}
			// A note's marks come after the paragraph's own: the note is read after the line that cites it.
			String marginHtml = paragraph.marginHtml();
			for (String label : paragraph.noteLabels()) {
				List<Range> noteHits = noteRanges.getOrDefault(label, List.of());
				if (!noteHits.isEmpty()) {
					Marked marked = TextMarker.markNote(marginHtml, "n" + label, noteHits, marks + 1);
					marginHtml = marked.html();
					marks += marked.marks();
				}
			}
			boolean isTarget = paragraph.id().equals(target);
			views.add(new ParagraphView(paragraph, html, marginHtml, isTarget));
		}
		return new LetterView(letter, letter.titleHtml(), titleMarginHtml, views, marks, target);
	}

}
