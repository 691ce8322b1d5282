package dev.readingedition.edition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Marks character ranges of a paragraph's or note's plain text ({@link Paragraph#text()}, {@link Note#text()})
 * inside the HTML the edition rendered for it, as {@code <mark>} elements, so search hits and quoted passages can be
 * shown on the server side. Offsets count characters of the plain text, exactly as search and quotes see it.
 * Thread-safe: it keeps no state between calls.
 */
public final class TextMarker {

	/** Elements whose text is not part of a paragraph's own words. */
	private static final String NOT_PARAGRAPH_TEXT = ".note, sup, .pagebreak, .annotation";

	/** Elements inside a note that are not part of the note's words. */
	private static final String NOT_NOTE_TEXT = ".note-number, [role=doc-backlink]";

	/** A gloss's heading: the entity's name. */
	private static final String GLOSS_NAME = ".annotation > b";

	/** Elements inside a gloss that are not part of the gloss's words: its kind, heading, sources and back-link. */
	private static final String NOT_GLOSS_TEXT = ".kind, .annotation > b, .annotation > small, [role=doc-backlink]";

	private TextMarker() {
	}

	/**
	 * A range of plain-text characters, from {@code start} (inclusive) to {@code end} (exclusive).
	 */
	public record Range(int start, int end) {

		public Range {
			if (start < 0 || end <= start) {
				throw new IllegalArgumentException("not a range: " + start + ".." + end);
			}
		}

	}

	/**
	 * The result of marking: the new HTML and how many marks it holds.
	 */
	public record Marked(String html, int marks) {
	}

	/**
	 * Marks ranges of a paragraph's own text; its notes and page marks are left alone.
	 * @param paragraphHtml the paragraph's HTML as rendered
	 * @param ranges ranges of {@link Paragraph#text()}
	 * @param firstMark the number of the first mark, for the {@code id="mN"} anchors that step through a page
	 */
	public static Marked markParagraph(String paragraphHtml, List<Range> ranges, int firstMark) {
		Document document = parse(paragraphHtml);
		int marks = mark(document.body(), NOT_PARAGRAPH_TEXT, ranges, (i) -> "m" + (firstMark + i));
		return new Marked(document.body().html(), marks);
	}

	/**
	 * Marks ranges of one note's text, inside the paragraph (or title) HTML that holds the note.
	 * @param html the HTML that holds the note
	 * @param noteId the note's anchor, e.g. {@code n4}
	 * @param ranges ranges of {@link Note#text()}
	 * @param firstMark the number of the first mark
	 */
	public static Marked markNote(String html, String noteId, List<Range> ranges, int firstMark) {
		Document document = parse(html);
		Element note = document.getElementById(noteId);
		if (note == null) {
			return new Marked(html, 0);
		}
		int marks = mark(note, NOT_NOTE_TEXT, ranges, (i) -> "m" + (firstMark + i));
		return new Marked(document.body().html(), marks);
	}

	/**
	 * Marks one search hit's words in a paragraph's own text, the first mark carrying an id the match bar steps to.
	 * @param paragraphHtml the paragraph's HTML, perhaps marked already in its notes or glosses
	 * @param ranges ranges of {@link Paragraph#text()}
	 * @param id the first mark's id
	 */
	public static String markParagraphHit(String paragraphHtml, List<Range> ranges, String id) {
		Document document = parse(paragraphHtml);
		mark(document.body(), NOT_PARAGRAPH_TEXT, ranges, (i) -> i == 0 ? id : null);
		return document.body().html();
	}

	/**
	 * Marks one search hit's words in a note, inside the paragraph (or title) HTML that holds it.
	 * @param noteId the note's anchor, e.g. {@code n4}
	 * @param ranges ranges of {@link Note#text()}
	 * @param id the first mark's id
	 */
	public static String markNoteHit(String html, String noteId, List<Range> ranges, String id) {
		Document document = parse(html);
		Element note = document.getElementById(noteId);
		if (note == null) {
			return html;
		}
		mark(note, NOT_NOTE_TEXT, ranges, (i) -> i == 0 ? id : null);
		return document.body().html();
	}

	/**
	 * Marks one search hit's words in a gloss, inside the paragraph HTML that holds it: its words, and its heading
	 * (the entity's name) when the query matched the name.
	 * @param glossId the gloss's anchor, e.g. {@code a-adzhubei}
	 * @param ranges ranges of {@link Entity#glossText()}
	 * @param nameRanges ranges of the entity's name, as the gloss's heading shows it
	 * @param id the first mark's id
	 */
	public static String markGlossHit(String html, String glossId, List<Range> ranges, List<Range> nameRanges,
			String id) {
		Document document = parse(html);
		Element gloss = document.getElementById(glossId);
		if (gloss == null) {
			return html;
		}
		Element heading = gloss.selectFirst(GLOSS_NAME);
		boolean nameMarked = heading != null && !nameRanges.isEmpty();
		if (nameMarked) {
			mark(heading, "", nameRanges, (i) -> i == 0 ? id : null);
		}
		mark(gloss, NOT_GLOSS_TEXT, ranges, (i) -> i == 0 && !nameMarked ? id : null);
		return document.body().html();
	}

	/** The plain text of one gloss's words, as this class reads it from the HTML that holds it. */
	public static String glossText(String html, String glossId) {
		Element gloss = parse(html).getElementById(glossId);
		return gloss == null ? "" : new Text(gloss, NOT_GLOSS_TEXT).text.toString();
	}

	/** The plain text the offsets refer to, as this class reads it from the HTML; equals the model's text. */
	public static String paragraphText(String paragraphHtml) {
		return new Text(parse(paragraphHtml).body(), NOT_PARAGRAPH_TEXT).text.toString();
	}

	/** The plain text of one note, as this class reads it from the HTML that holds it. */
	public static String noteText(String html, String noteId) {
		Element note = parse(html).getElementById(noteId);
		return note == null ? "" : new Text(note, NOT_NOTE_TEXT).text.toString();
	}

	private static Document parse(String html) {
		Document document = Jsoup.parseBodyFragment(html);
		document.outputSettings().prettyPrint(false);
		return document;
	}

	/**
	 * Wraps ranges of an element's text in marks.
	 * @param skipped a selector for the elements whose text is not counted, or "" for none
	 * @param idOf the id of the mark of each merged range, by its place in reading order, or {@code null} for none
	 */
	private static int mark(Element root, String skipped, List<Range> ranges, IntFunction<String> idOf) {
		Text text = new Text(root, skipped);
		List<Range> ordered = ranges.stream()
			.filter((range) -> range.start() < text.length())
			.sorted(Comparator.comparingInt(Range::start))
			.toList();
		// Marks are numbered in reading order; the DOM is changed from the last one back, so earlier positions hold.
		List<Range> merged = new ArrayList<>();
		for (Range range : ordered) {
			Range last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && range.start() <= last.end()) {
				merged.set(merged.size() - 1, new Range(last.start(), Math.max(last.end(), range.end())));
			}
			else {
				merged.add(new Range(range.start(), Math.min(range.end(), text.length())));
			}
		}
		for (int i = merged.size() - 1; i >= 0; i--) {
			text.wrap(merged.get(i), idOf.apply(i));
		}
		return merged.size();
	}

	/**
	 * The words under an element with white space collapsed, and for each of their characters the text node and
	 * offset it comes from.
	 */
	private static final class Text {

		private final StringBuilder text = new StringBuilder();

		private final List<TextNode> nodes = new ArrayList<>();

		private final List<Integer> offsets = new ArrayList<>();

		Text(Element root, String skipped) {
			collect(root, skipped);
			// The model's text is stripped: drop a trailing space here too.
			while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
				text.setLength(text.length() - 1);
				nodes.remove(nodes.size() - 1);
				offsets.remove(offsets.size() - 1);
			}
		}

		int length() {
			return text.length();
		}

		private void collect(Element element, String skipped) {
			for (Node child : element.childNodes()) {
				if (child instanceof TextNode textNode) {
					String raw = textNode.getWholeText();
					for (int i = 0; i < raw.length(); i++) {
						char c = raw.charAt(i);
						if (Character.isWhitespace(c)) {
							// Collapse runs of white space, and drop it at the start, as the model's text does.
							if (text.length() == 0 || text.charAt(text.length() - 1) == ' ') {
								continue;
							}
							c = ' ';
						}
						text.append(c);
						nodes.add(textNode);
						offsets.add(i);
					}
				}
				else if (child instanceof Element childElement && (skipped.isEmpty() || !childElement.is(skipped))) {
					collect(childElement, skipped);
				}
			}
		}

		/** Wraps the characters of a range in marks, one per text node the range crosses. */
		void wrap(Range range, String id) {
			int end = Math.min(range.end(), text.length());
			int position = end - 1;
			while (position >= range.start()) {
				TextNode node = nodes.get(position);
				int nodeEnd = offsets.get(position) + 1;
				int start = position;
				while (start - 1 >= range.start() && nodes.get(start - 1) == node) {
					start--;
				}
				int nodeStart = offsets.get(start);
				boolean isFirstPiece = start == range.start();
				wrap(node, nodeStart, nodeEnd, isFirstPiece ? id : null);
				position = start - 1;
			}
		}

		private static void wrap(TextNode node, int start, int end, String id) {
			TextNode middle = start > 0 ? node.splitText(start) : node;
			if (end - start < middle.getWholeText().length()) {
				middle.splitText(end - start);
			}
			Element mark = new Element("mark");
			if (id != null) {
				mark.attr("id", id);
			}
			middle.wrap(mark.outerHtml());
		}

	}

}
