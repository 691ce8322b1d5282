package dev.readingedition.edition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;

import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * Marks character ranges of the words of a rendering ({@link Paragraph#text()},
 * {@link Note#text()}, {@link Entity#glossText()}) in its HTML, as {@code <mark>}
 * elements, so search hits and quoted passages can be shown on the server side. Offsets
 * count characters of the plain text, exactly as search and quotes see it; where they
 * stand in the HTML was read once, at load ({@link HtmlText}), so marking inserts tags
 * and parses nothing. One marker serves one request's marks in one rendering, and is not
 * shared.
 */
public final class TextMarker {

	private final HtmlText source;

	private final List<Tag> tags = new ArrayList<>();

	/**
	 * A tag to insert: where in the HTML, and whether it closes a mark (a close comes
	 * before an open there).
	 */
	private record Tag(int at, boolean opens, String html) {
	}

	/**
	 * A range of plain-text characters, from {@code start} (inclusive) to {@code end}
	 * (exclusive).
	 */
	public record Range(int start, int end) {

		public Range {
			if (start < 0 || end <= start) {
				throw new IllegalArgumentException("not a range: " + start + ".." + end);
			}
		}

	}

	public TextMarker(HtmlText source) {
		this.source = source;
	}

	/**
	 * Marks ranges of a stretch of words, numbering the marks {@code mN} from
	 * {@code firstMark}, the anchors that step through a page.
	 * @param stretch {@link HtmlText#PARAGRAPH} or a note's anchor
	 * @return how many marks were made (overlapping ranges make one)
	 */
	public int markNumbered(String stretch, List<Range> ranges, int firstMark) {
		return mark(stretch, ranges, (i) -> "m" + (firstMark + i));
	}

	/**
	 * Marks one search hit's words in a stretch, the first mark carrying the id the match
	 * bar steps to.
	 * @param stretch {@link HtmlText#PARAGRAPH} or a note's anchor
	 */
	public void markHit(String stretch, List<Range> ranges, String id) {
		mark(stretch, ranges, (i) -> i == 0 ? id : null);
	}

	/**
	 * Marks one search hit's words in a gloss: its words, and its heading (the entity's
	 * name) when the query matched the name, the first mark carrying the id.
	 * @param glossId the gloss's anchor, e.g. {@code a-adzhubei}
	 * @param ranges ranges of {@link Entity#glossText()}
	 * @param nameRanges ranges of the entity's name, as the gloss's heading shows it
	 */
	public void markGlossHit(String glossId, List<Range> ranges, List<Range> nameRanges, String id) {
		int named = mark(glossId + HtmlText.NAME, nameRanges, (i) -> i == 0 ? id : null);
		mark(glossId, ranges, (i) -> i == 0 && named == 0 ? id : null);
	}

	/** The HTML with the marks made so far. */
	public String html() {
		String html = source.html();
		if (tags.isEmpty()) {
			return html;
		}
		List<Tag> ordered = tags.stream().sorted(Comparator.comparingInt(Tag::at).thenComparing(Tag::opens)).toList();
		StringBuilder marked = new StringBuilder(html.length() + ordered.size() * 16);
		int copied = 0;
		for (Tag tag : ordered) {
			marked.append(html, copied, tag.at()).append(tag.html());
			copied = tag.at();
		}
		return marked.append(html, copied, html.length()).toString();
	}

	/**
	 * Marks ranges of a stretch, merging those that overlap or touch, one mark per text
	 * node a range crosses.
	 * @param idOf the id of the mark of each merged range, by its place in reading order,
	 * or {@code null} for none
	 * @return how many merged ranges were marked
	 */
	private int mark(String stretch, List<Range> ranges, IntFunction<String> idOf) {
		HtmlText.Words words = source.words(stretch).orElse(null);
		if (words == null || ranges.isEmpty()) {
			return 0;
		}
		int length = words.text().length();
		List<Range> ordered = ranges.stream()
			.filter((range) -> range.start() < length)
			.sorted(Comparator.comparingInt(Range::start))
			.toList();
		List<Range> merged = new ArrayList<>();
		for (Range range : ordered) {
			Range last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && range.start() <= last.end()) {
				merged.set(merged.size() - 1,
						new Range(last.start(), Math.min(length, Math.max(last.end(), range.end()))));
			}
			else {
				merged.add(new Range(range.start(), Math.min(range.end(), length)));
			}
		}
		for (int i = 0; i < merged.size(); i++) {
			wrap(words, merged.get(i), idOf.apply(i));
		}
		return merged.size();
	}

	/**
	 * Wraps the characters of a range in marks, one per text node the range crosses, the
	 * first carrying the id.
	 */
	private void wrap(HtmlText.Words words, Range range, String id) {
		int start = range.start();
		while (start < range.end()) {
			int last = start;
			while (last + 1 < range.end() && words.node(last + 1) == words.node(start)) {
				last++;
			}
			String open = start == range.start() && id != null ? "<mark id=\"" + Escaping.escapeHtml(id, false) + "\">"
					: "<mark>";
			tags.add(new Tag(words.from(start), true, open));
			tags.add(new Tag(words.to(last), false, "</mark>"));
			start = last + 1;
		}
	}

}
