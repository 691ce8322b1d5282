package dev.readingedition.reading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.readingedition.edition.Letter;
import dev.readingedition.edition.Note;
import dev.readingedition.edition.Paragraph;
import dev.readingedition.edition.TextMarker;
import dev.readingedition.edition.TextMarker.Marked;
import dev.readingedition.edition.TextMarker.Range;
import dev.readingedition.search.PassageMatch;

/**
 * A letter as one request shows it: the model's HTML, or that HTML with marked passages (search hits, a quote) and a
 * target paragraph.
 *
 * @param letter the letter
 * @param titleHtml the title's HTML
 * @param titleMarginHtml the title's notes, marked where they hold hits
 * @param paragraphs the paragraphs with the HTML to show
 * @param marks how many marks the page holds, numbered {@code m1} … in reading order; for a search, how many passages
 * matched, each one step of the match bar, its first mark {@code m1} … in the order of the results page
 * @param target the anchor of the paragraph (or note) the reader came for, or {@code null}
 * @param stops for a search, the anchors of the matched passages in the order of the results page; else empty
 */
public record LetterView(Letter letter, String titleHtml, String titleMarginHtml, List<ParagraphView> paragraphs, int marks,
		String target, List<String> stops) {

	public LetterView {
		paragraphs = List.copyOf(paragraphs);
		stops = List.copyOf(stops);
	}

	/** The stops as one attribute value for matches.js, anchors separated by spaces. */
	public String stopList() {
		return String.join(" ", stops);
	}

	/** Where the match bar's "Next" leads without JavaScript: the second stop, or the first when there is one. */
	public String secondStop() {
		return stops.size() > 1 ? stops.get(1) : stops.isEmpty() ? "" : stops.get(0);
	}

	/** Where "Previous" leads without JavaScript: the last stop. */
	public String lastStop() {
		return stops.isEmpty() ? "" : stops.get(stops.size() - 1);
	}

	/**
	 * The letter with a search's matches marked: each matched passage (paragraph, note or gloss) one stop, in the
	 * order of the results page, its first mark {@code m1}, {@code m2} … by that order, so "Match 3 of 10" is the
	 * third hit the results page listed for this letter.
	 */
	static LetterView searched(Letter letter, List<PassageMatch> matches) {
		String titleMarginHtml = letter.titleMarginHtml();
		Map<String, String> htmlById = new LinkedHashMap<>();
		Map<String, String> marginById = new LinkedHashMap<>();
		for (Paragraph paragraph : letter.paragraphs()) {
			htmlById.put(paragraph.id(), paragraph.html());
			marginById.put(paragraph.id(), paragraph.marginHtml());
		}
		List<String> stops = new ArrayList<>();
		for (PassageMatch match : matches) {
			String id = "m" + (stops.size() + 1);
			stops.add(match.anchor());
			switch (match.kind()) {
				case PARAGRAPH -> htmlById.computeIfPresent(match.anchor(),
						(paragraph, html) -> match.ranges().isEmpty() ? html
								: TextMarker.markParagraphHit(html, match.ranges(), id));
				case NOTE -> {
					Note note = letter.note(match.anchor().substring(1)).orElse(null);
					if (note == null || match.ranges().isEmpty()) {
						continue;
					}
					// Notes and glosses stand in the margin after their paragraph (or the title), not in its words.
					if (note.citedIn().equals("title")) {
						titleMarginHtml = TextMarker.markNoteHit(titleMarginHtml, note.id(), match.ranges(), id);
					}
					else {
						marginById.computeIfPresent(note.citedIn(),
								(paragraph, html) -> TextMarker.markNoteHit(html, note.id(), match.ranges(), id));
					}
				}
				case ANNOTATION -> letter.mentions().stream()
					.filter((mention) -> mention.first() && mention.entity().anchor().equals(match.anchor()))
					.findFirst()
					.ifPresent((mention) -> marginById.computeIfPresent(mention.paragraphId(),
							(paragraph, html) -> TextMarker.markGlossHit(html, match.anchor(), match.ranges(),
									match.nameRanges(), id)));
			}
		}
		List<ParagraphView> views = new ArrayList<>();
		for (Paragraph paragraph : letter.paragraphs()) {
			views.add(new ParagraphView(paragraph, htmlById.get(paragraph.id()), marginById.get(paragraph.id()),
					false));
		}
		return new LetterView(letter, letter.titleHtml(), titleMarginHtml, views, stops.size(), null, stops);
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
	public static LetterView of(Letter letter) {
		return marked(letter, Map.of(), Map.of(), null);
	}

	/**
	 * The letter with passages marked.
	 * @param paragraphRanges ranges of each paragraph's plain text, by paragraph id
	 * @param noteRanges ranges of each note's plain text, by note label
	 * @param target the anchor of the paragraph or note the reader came for, or {@code null}
	 */
	public static LetterView marked(Letter letter, Map<String, List<Range>> paragraphRanges,
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
		return new LetterView(letter, letter.titleHtml(), titleMarginHtml, views, marks, target, List.of());
	}

}
