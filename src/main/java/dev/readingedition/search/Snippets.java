package dev.readingedition.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.readingedition.search.SnippetFormatter.Highlight;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Where a query matched in the entries it found: Lucene's highlighter reads the matches'
 * offsets from the postings, ICU's abbreviation-aware sentence boundaries
 * ({@link SentenceBreaks}) choose the sentences around them for the snippet
 * ({@link SnippetFormatter}), and the texts come from the model, never from the index.
 * One instance per index, shared by every search: the highlighter is thread-safe and
 * keeps nothing between calls.
 */
final class Snippets {

	/**
	 * Every passage, so that every match is seen; no sentence is shown for an entry whose
	 * field did not match.
	 */
	private static final int EVERY_PASSAGE = Integer.MAX_VALUE - 1;

	/** How many sentences a snippet joins. */
	private static final int SNIPPET_SENTENCES = 2;

	private final EntryHighlighter highlighter;

	/**
	 * @param fieldInfos the index's fields, merged from its segments once
	 */
	Snippets(IndexSearcher searcher, Analyzer analyzer, FieldInfos fieldInfos, Entries entries) {
		// Matches are found from the query's terms, and its phrases' positions, in the
		// postings, not by Lucene's weight matching, which builds a searcher and a weight
		// for every entry it highlights: an uncached name search through the API ran 20
		// to 30% faster (bench/README), with the same marks and snippets for 49 queries
		// but one, an OR query whose snippet now shows both of its words.
		this.highlighter = new EntryHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
			.withMaxLength(Integer.MAX_VALUE - 1)
			.withMaxNoHighlightPassages(0)
			.withWeightMatches(false), fieldInfos, entries);
	}

	/**
	 * The matches in each entry's words and in the names it answers to.
	 * @param docIds the entries, in any order
	 * @return per field ({@link Analysis#TEXT}, {@link Analysis#NAMES}), per entry in the
	 * order given, what matched there, or {@code null} where nothing did; the words'
	 * highlights carry a snippet
	 */
	Map<String, Highlight[]> highlight(Query query, int[] docIds) throws IOException {
		String[] fields = { Analysis.TEXT, Analysis.NAMES };
		Map<String, Object[]> found = highlighter.highlight(fields, query, docIds);
		return Map.of(Analysis.TEXT, highlights(found.get(Analysis.TEXT)), Analysis.NAMES,
				highlights(found.get(Analysis.NAMES)));
	}

	private static Highlight[] highlights(Object[] found) {
		Highlight[] highlights = new Highlight[found.length];
		for (int i = 0; i < found.length; i++) {
			highlights[i] = found[i] instanceof Highlight highlight ? highlight : null;
		}
		return highlights;
	}

	/**
	 * Lucene's highlighter, asked for our formatter's objects rather than strings,
	 * reading each entry's texts from the model: its words broken into sentences for the
	 * snippet, its names each one value.
	 */
	private static final class EntryHighlighter extends UnifiedHighlighter {

		private static final PassageFormatter SENTENCES = new SnippetFormatter(SNIPPET_SENTENCES, Snippet.LENGTH);

		private static final PassageFormatter WHOLE = new SnippetFormatter(0, Integer.MAX_VALUE);

		/**
		 * Between two names of one entry: one character, as the index's offset gap
		 * between values is one, so the postings' offsets fall on the joined text.
		 */
		static final String NAME_SEPARATOR = String.valueOf(MULTIVAL_SEP_CHAR);

		private final FieldInfos fieldInfos;

		private final Entries entries;

		EntryHighlighter(UnifiedHighlighter.Builder builder, FieldInfos fieldInfos, Entries entries) {
			super(builder);
			this.fieldInfos = fieldInfos;
			this.entries = entries;
		}

		/**
		 * Merged once per index: Lucene merges every segment's on each highlighter's
		 * first use.
		 */
		@Override
		protected FieldInfo getFieldInfo(String field) {
			return fieldInfos.fieldInfo(field);
		}

		Map<String, Object[]> highlight(String[] fields, Query query, int[] docIds) throws IOException {
			int[] passages = new int[fields.length];
			Arrays.fill(passages, EVERY_PASSAGE);
			return highlightFieldsAsObjects(fields, query, docIds, passages);
		}

		@Override
		protected PassageFormatter getFormatter(String field) {
			return Analysis.TEXT.equals(field) ? SENTENCES : WHOLE;
		}

		@Override
		protected BreakIterator getBreakIterator(String field) {
			return Analysis.TEXT.equals(field) ? new SentenceBreaks() : new WholeBreakIterator();
		}

		@Override
		protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
				throws IOException {
			// Every text at once: they are in memory already, so there is nothing to gain
			// from batches.
			List<CharSequence[]> values = new ArrayList<>();
			for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
				Entry entry = entries.of(doc);
				CharSequence[] byField = new CharSequence[fields.length];
				for (int i = 0; i < fields.length; i++) {
					byField[i] = Analysis.NAMES.equals(fields[i]) ? String.join(NAME_SEPARATOR, entry.names())
							: entry.text();
				}
				values.add(byField);
			}
			return values;
		}

	}

}
