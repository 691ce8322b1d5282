package dev.readingedition.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.readingedition.edition.TextMarker.Range;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's passages of one field into a {@link Highlight}: every match, as
 * ranges of the whole field, and (when asked) a snippet of the best passages. Given every
 * passage with a match, in one pass, rather than asked once for the whole field and again
 * for the best sentences. Stateless, so one instance serves every search.
 */
final class SnippetFormatter extends PassageFormatter {

	/**
	 * The order in which Lucene's highlighter keeps its best passages: by score, and
	 * between equal scores the later one (its queue evicts the lowest score and, among
	 * those, the earliest).
	 */
	private static final Comparator<Passage> BEST_FIRST = Comparator.comparingDouble(Passage::getScore)
		.thenComparingInt(Passage::getStartOffset)
		.reversed();

	private final int snippetPassages;

	private final int maxLength;

	/**
	 * @param snippetPassages how many of the best passages the snippet joins; 0 for no
	 * snippet
	 * @param maxLength how long a passage may be before it is cut around its first match
	 */
	SnippetFormatter(int snippetPassages, int maxLength) {
		this.snippetPassages = snippetPassages;
		this.maxLength = maxLength;
	}

	/**
	 * What the highlighter found in one field of one entry.
	 *
	 * @param ranges every match, as ranges of the field's text, neighbours across spaces
	 * joined
	 * @param snippet the best passages as a snippet, or {@code null} when none was asked
	 * for
	 */
	record Highlight(List<Range> ranges, Snippet snippet) {

		Highlight {
			ranges = List.copyOf(ranges);
		}

	}

	@Override
	public Object format(Passage[] passages, String content) {
		List<Range> ranges = new ArrayList<>();
		for (Passage passage : passages) {
			for (int i = 0; i < passage.getNumMatches(); i++) {
				ranges.add(new Range(passage.getMatchStarts()[i], passage.getMatchEnds()[i]));
			}
		}
		Snippet snippet = null;
		if (snippetPassages > 0) {
			Passage[] best = Arrays.stream(passages)
				.sorted(BEST_FIRST)
				.limit(snippetPassages)
				.sorted(Comparator.comparingInt(Passage::getStartOffset))
				.toArray(Passage[]::new);
			snippet = snippet(best, content);
		}
		return new Highlight(Snippet.joinAcrossSpaces(ranges, content), snippet);
	}

	/**
	 * Passages as one snippet. It opens with "… " unless it starts where its text does,
	 * ends with " …" unless it ends where its text does, and joins passages that do not
	 * touch with " … ".
	 */
	private Snippet snippet(Passage[] passages, String content) {
		StringBuilder text = new StringBuilder();
		List<Range> highlights = new ArrayList<>();
		Set<Integer> seen = new HashSet<>();
		int contentStart = content.length() - content.stripLeading().length();
		int contentEnd = content.stripTrailing().length();
		int previousEnd = -1;
		int lastEnd = contentEnd;
		for (Passage passage : passages) {
			if (!seen.add(passage.getStartOffset())) {
				continue;
			}
			int passageStart = passage.getStartOffset();
			int passageEnd = passage.getEndOffset();
			if (passageEnd - passageStart > maxLength && passage.getNumMatches() > 0) {
				// A long sentence is cut to a window around its first match, at word
				// boundaries.
				int match = passage.getMatchStarts()[0];
				int from = Math.max(passageStart, match - maxLength / 3);
				int to = Math.min(passageEnd, from + maxLength);
				from = from == passageStart ? from
						: Math.min(match, Math.max(passageStart, content.indexOf(' ', from) + 1));
				int space = content.lastIndexOf(' ', to);
				to = to == passageEnd || space <= from || space < passage.getMatchEnds()[0] ? to : space;
				passageStart = from;
				passageEnd = to;
			}
			String raw = content.substring(passageStart, passageEnd);
			int leading = raw.length() - raw.stripLeading().length();
			String passageText = raw.strip();
			if (text.length() > 0) {
				text.append(passageStart + leading <= previousEnd ? " " : " … ");
			}
			else if (passageStart + leading > contentStart) {
				text.append("… ");
			}
			int base = text.length() - passageStart - leading;
			for (int i = 0; i < passage.getNumMatches(); i++) {
				int start = passage.getMatchStarts()[i] + base;
				int end = passage.getMatchEnds()[i] + base;
				if (start >= text.length() && end <= text.length() + passageText.length() && end > start) {
					highlights.add(new Range(start, end));
				}
			}
			text.append(passageText);
			// Where this passage's words end, and where the next passage must begin to
			// follow on without a gap.
			lastEnd = passageStart + leading + passageText.length();
			String rest = content.substring(passageEnd);
			previousEnd = passageEnd + (rest.length() - rest.stripLeading().length());
		}
		if (text.length() > 0 && lastEnd < contentEnd) {
			text.append(" …");
		}
		return new Snippet(text.toString(), Snippet.joinAcrossSpaces(highlights, text));
	}

}
