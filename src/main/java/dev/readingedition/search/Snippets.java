package dev.readingedition.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.readingedition.edition.TextMarker.Range;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * What a hit shows of its passage: Lucene's highlighter finds the matched words, ICU's abbreviation-aware sentence
 * boundaries ({@link SentenceBreaks}) choose the sentences around them, and the snippet is cut at word boundaries
 * with an ellipsis wherever it leaves words out. Snippets are text and offsets, never HTML: the templates and the API
 * escape and mark them. One instance serves one search, over the entries that search read.
 */
final class Snippets {

	/** How long a snippet's sentence may be before it is cut to a window around its first match. */
	static final int LENGTH = 240;

	private final IndexSearcher searcher;

	private final Analyzer analyzer;

	private final FieldInfos fieldInfos;

	private final Map<Integer, Document> documents;

	/**
	 * @param documents the stored entries of every doc id this instance will be asked about
	 * @param fieldInfos the index's fields, merged from its segments once
	 */
	Snippets(IndexSearcher searcher, Analyzer analyzer, FieldInfos fieldInfos, Map<Integer, Document> documents) {
		this.searcher = searcher;
		this.analyzer = analyzer;
		this.fieldInfos = fieldInfos;
		this.documents = documents;
	}

	/** Up to two sentences of each entry's text around its matches; an entry without a match in its text gets none. */
	Object[] sentences(Query query, int[] docIds) throws IOException {
		return new PassageHighlighter(documents, fieldInfos, UnifiedHighlighter.builder(searcher, analyzer)
			.withFormatter(new SnippetFormatter(LENGTH))
			.withBreakIterator(SentenceBreaks::new)
			.withMaxLength(Integer.MAX_VALUE - 1)).highlight(Analysis.TEXT, query, docIds, 2);
	}

	/** Every match in a field of each entry, as ranges of the whole field. */
	Object[] whole(String field, Query query, int[] docIds) throws IOException {
		return new PassageHighlighter(documents, fieldInfos, UnifiedHighlighter.builder(searcher, analyzer)
			.withFormatter(new SnippetFormatter(Integer.MAX_VALUE))
			.withBreakIterator(WholeBreakIterator::new)
			.withMaxLength(Integer.MAX_VALUE - 1)).highlight(field, query, docIds, 1);
	}

	/**
	 * A passage of text and the matches in it, offsets relative to the passage.
	 */
	record Snippet(String text, List<Range> highlights) {

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

		/** The words around one range of a text, cut at spaces, with an ellipsis where words are left out. */
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

	}

	/**
	 * Words matched one by one but standing side by side ("modus vivendi") read as one match: one mark, one step of
	 * "match 1 of 3".
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

	/**
	 * Lucene's highlighter, asked for our formatter's objects rather than strings, reading the passages' texts from
	 * entries already read rather than from the index again.
	 */
	private static final class PassageHighlighter extends UnifiedHighlighter {

		private final Map<Integer, Document> documents;

		private final FieldInfos fieldInfos;

		PassageHighlighter(Map<Integer, Document> documents, FieldInfos fieldInfos, UnifiedHighlighter.Builder builder) {
			super(builder);
			this.documents = documents;
			this.fieldInfos = fieldInfos;
		}

		/** Merged once per index: Lucene merges every segment's on each highlighter's first use, once per search. */
		@Override
		protected FieldInfo getFieldInfo(String field) {
			return fieldInfos.fieldInfo(field);
		}

		Object[] highlight(String field, Query query, int[] docIds, int passages) throws IOException {
			return highlightFieldsAsObjects(new String[] { field }, query, docIds, new int[] { passages }).get(field);
		}

		@Override
		protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
				throws IOException {
			// Every text at once: they are in memory already, so there is nothing to gain from batches.
			List<CharSequence[]> values = new ArrayList<>();
			for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
				Document document = documents.get(doc);
				CharSequence[] byField = new CharSequence[fields.length];
				for (int i = 0; i < fields.length; i++) {
					byField[i] = document.get(fields[i]);
				}
				values.add(byField);
			}
			return values;
		}

	}

	/**
	 * Keeps passages as text and offsets. A snippet opens with "… " unless it starts where its text does, ends with
	 * " …" unless it ends where its text does, and joins passages that do not touch with " … ".
	 */
	private static final class SnippetFormatter extends PassageFormatter {

		private final int maxLength;

		/** @param maxLength how long a passage may be before it is cut around its first match */
		SnippetFormatter(int maxLength) {
			this.maxLength = maxLength;
		}

		@Override
		public Object format(Passage[] passages, String content) {
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
					// A long sentence is cut to a window around its first match, at word boundaries.
					int match = passage.getMatchStarts()[0];
					int from = Math.max(passageStart, match - maxLength / 3);
					int to = Math.min(passageEnd, from + maxLength);
					from = from == passageStart ? from : Math.min(match, Math.max(passageStart, content.indexOf(' ', from) + 1));
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
				// Where this passage's words end, and where the next passage must begin to follow on without a gap.
				lastEnd = passageStart + leading + passageText.length();
				String rest = content.substring(passageEnd);
				previousEnd = passageEnd + (rest.length() - rest.stripLeading().length());
			}
			if (text.length() > 0 && lastEnd < contentEnd) {
				text.append(" …");
			}
			return new Snippet(text.toString(), joinAcrossSpaces(highlights, text));
		}

	}

}
