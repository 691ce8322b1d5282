package dev.readingedition.search;

import java.util.ArrayList;
import java.util.List;

import dev.readingedition.edition.TextMarker.Range;

/**
 * What a hit shows of its passage: some of its words, with the matches as ranges of that
 * text. Text and offsets, never HTML: the templates and the API escape and mark them.
 *
 * @param text the words shown, with an ellipsis wherever words are left out
 * @param highlights the matched words, as ranges of {@code text}
 */
record Snippet(String text, List<Range> highlights) {

	/**
	 * How long a snippet's sentence may be before it is cut to a window around its first
	 * match.
	 */
	static final int LENGTH = 240;

	Snippet {
		highlights = List.copyOf(highlights);
	}

	/** The opening words of a text, when nothing in it can be shown as matched. */
	static Snippet start(String text, int length) {
		if (text.length() <= length) {
			return new Snippet(text, List.of());
		}
		int cut = text.lastIndexOf(' ', length);
		return new Snippet(text.substring(0, cut > 0 ? cut : length) + " …", List.of());
	}

	/**
	 * The words around one range of a text, cut at spaces, with an ellipsis where words
	 * are left out.
	 */
	static Snippet around(String text, Range range, int length) {
		int from = Math.max(0, range.start() - length / 3);
		from = from == 0 ? 0 : text.indexOf(' ', from) + 1;
		if (from > range.start()) {
			from = range.start();
		}
		int to = Math.min(text.length(), from + length);
		int space = text.lastIndexOf(' ', to);
		to = to == text.length() || space <= range.end() ? Math.max(to, range.end()) : space;
		String prefix = from > 0 ? "… " : "";
		String window = prefix + text.substring(from, to) + (to < text.length() ? " …" : "");
		int start = prefix.length() + range.start() - from;
		return new Snippet(window, List.of(new Range(start, start + range.end() - range.start())));
	}

	/**
	 * Words matched one by one but standing side by side ("modus vivendi") read as one
	 * match: one mark, one step of "match 1 of 3".
	 */
	static List<Range> joinAcrossSpaces(List<Range> ranges, CharSequence text) {
		List<Range> joined = new ArrayList<>();
		for (Range range : ranges) {
			Range last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
			if (last != null && range.start() >= last.end()
					&& text.subSequence(last.end(), range.start()).toString().isBlank()) {
				joined.set(joined.size() - 1, new Range(last.start(), range.end()));
			}
			else {
				joined.add(range);
			}
		}
		return joined;
	}

}
