package dev.readingedition.reading;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.readingedition.edition.HtmlText;
import dev.readingedition.edition.Letter;
import dev.readingedition.edition.Note;
import dev.readingedition.edition.Paragraph;
import dev.readingedition.edition.TextMarker;
import dev.readingedition.edition.TextMarker.Range;
import dev.readingedition.search.PassageMatch;

/**
 * A letter as one request shows it: the model's HTML, or that HTML with marked passages
 * (search hits, a quote) and a target paragraph.
 *
 * @param letter the letter
 * @param titleHtml the title's HTML
 * @param titleMarginHtml the title's notes, marked where they hold hits
 * @param paragraphs the paragraphs with the HTML to show
 * @param marks how many marks the page holds, numbered {@code m1} … in reading order; for
 * a search, how many passages matched, each one step of the match bar, its first mark
 * {@code m1} … in the order of the results page
 * @param target the anchor of the paragraph (or note) the reader came for, or
 * {@code null}
 * @param stops for a search, the anchors of the matched passages in the order of the
 * results page; else empty
 */
public record LetterView(Letter letter, String titleHtml, String titleMarginHtml, List<ParagraphView> paragraphs,
		int marks, String target, List<String> stops) {

	public LetterView {
		paragraphs = List.copyOf(paragraphs);
		stops = List.copyOf(stops);
	}

	/** The stops as one attribute value for matches.js, anchors separated by spaces. */
	public String stopList() {
		return String.join(" ", stops);
	}

	/**
	 * Where the match bar's "Next" leads without JavaScript: the second stop, or the
	 * first when there is one.
	 */
	public String secondStop() {
		return stops.size() > 1 ? stops.get(1) : stops.isEmpty() ? "" : stops.get(0);
	}

	/** Where "Previous" leads without JavaScript: the last stop. */
	public String lastStop() {
		return stops.isEmpty() ? "" : stops.get(stops.size() - 1);
	}

	/**
	 * The letter with a search's matches marked: each matched passage (paragraph, note or
	 * gloss) one stop, in the order of the results page, its first mark {@code m1},
	 * {@code m2} … by that order, so "Match 3 of 10" is the third hit the results page
	 * listed for this letter.
	 */
	static LetterView searched(Letter letter, List<PassageMatch> matches) {
		TextMarker titleMargin = new TextMarker(letter.titleMarginText());
		Map<String, TextMarker> texts = new LinkedHashMap<>();
		Map<HtmlText, TextMarker> margins = new IdentityHashMap<>();
		margins.put(letter.titleMarginText(), titleMargin);
		for (Paragraph paragraph : letter.paragraphs()) {
			texts.put(paragraph.id(), new TextMarker(paragraph.htmlText()));
			margins.put(paragraph.marginText(), new TextMarker(paragraph.marginText()));
		}
		List<String> stops = new ArrayList<>();
		for (PassageMatch match : matches) {
			String id = "m" + (stops.size() + 1);
			stops.add(match.anchor());
			switch (match.kind()) {
				case PARAGRAPH -> {
					TextMarker text = texts.get(match.anchor());
					if (text != null) {
						text.markHit(HtmlText.PARAGRAPH, match.ranges(), id);
					}
				}
				// Notes and glosses stand in the margin after their paragraph (or the
				// title), not in its words.
				case NOTE -> letter.marginHolding(match.anchor())
					.ifPresent((margin) -> margins.get(margin).markHit(match.anchor(), match.ranges(), id));
				case ANNOTATION -> letter.marginHolding(match.anchor())
					.ifPresent((margin) -> margins.get(margin)
						.markGlossHit(match.anchor(), match.ranges(), match.nameRanges(), id));
			}
		}
		List<ParagraphView> views = new ArrayList<>();
		for (Paragraph paragraph : letter.paragraphs()) {
			views.add(new ParagraphView(paragraph, texts.get(paragraph.id()).html(),
					margins.get(paragraph.marginText()).html(), false));
		}
		return new LetterView(letter, letter.titleHtml(), titleMargin.html(), views, stops.size(), null, stops);
	}

	/**
	 * One paragraph as shown.
	 *
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
	 * @param target the anchor of the paragraph or note the reader came for, or
	 * {@code null}
	 */
	public static LetterView marked(Letter letter, Map<String, List<Range>> paragraphRanges,
			Map<String, List<Range>> noteRanges, String target) {
		int marks = 0;
		TextMarker titleMargin = new TextMarker(letter.titleMarginText());
		for (Note note : letter.titleNotes()) {
			marks += titleMargin.markNumbered(note.id(), noteRanges.getOrDefault(note.label(), List.of()), marks + 1);
		}
		List<ParagraphView> views = new ArrayList<>();
		for (Paragraph paragraph : letter.paragraphs()) {
			TextMarker text = new TextMarker(paragraph.htmlText());
			marks += text.markNumbered(HtmlText.PARAGRAPH, paragraphRanges.getOrDefault(paragraph.id(), List.of()),
					marks + 1);
			// A note's marks come after the paragraph's own: the note is read after the
			// line that cites it.
			TextMarker margin = new TextMarker(paragraph.marginText());
			for (String label : paragraph.noteLabels()) {
				Note note = letter.note(label).orElseThrow();
				marks += margin.markNumbered(note.id(), noteRanges.getOrDefault(label, List.of()), marks + 1);
			}
			boolean isTarget = paragraph.id().equals(target);
			views.add(new ParagraphView(paragraph, text.html(), margin.html(), isTarget));
		}
		return new LetterView(letter, letter.titleHtml(), titleMargin.html(), views, marks, target, List.of());
	}

}
