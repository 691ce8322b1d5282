package dev.readingedition.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * The words of the edition as the index holds them (folded: lower case, plain ASCII) and
 * as the text writes them ("gromyko" is written "Gromyko", "adzhubei" perhaps
 * "Adzhubéi"): suggestions are offered in the text's own form. The written form is read
 * from a passage that holds the word, when it is asked for, rather than kept for every
 * word.
 */
final class Vocabulary {

	/**
	 * How many index words a completion looks at, at most, before choosing the most used.
	 */
	private static final int SCANNED = 2_000;

	private final IndexReader reader;

	private final IndexSearcher searcher;

	private final Analyzer analyzer;

	private final Entries entries;

	Vocabulary(IndexReader reader, IndexSearcher searcher, Analyzer analyzer, Entries entries) {
		this.reader = reader;
		this.searcher = searcher;
		this.analyzer = analyzer;
		this.entries = entries;
	}

	/** A word folded as the index folds it. */
	BytesRef fold(String word) {
		return analyzer.normalize(Analysis.EXACT, word);
	}

	/** In how many passages a folded word occurs as written. */
	int frequency(BytesRef folded) {
		try {
			return reader.docFreq(new Term(Analysis.EXACT, folded));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the search index could not be read", ex);
		}
	}

	/** Whether some word of the edition, as written, starts with a folded prefix. */
	boolean startsAWord(BytesRef prefix) {
		try {
			Terms terms = MultiTerms.getTerms(reader, Analysis.EXACT);
			if (terms == null) {
				return false;
			}
			TermsEnum words = terms.iterator();
			return words.seekCeil(prefix) != TermsEnum.SeekStatus.END && StringHelper.startsWith(words.term(), prefix);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the search index could not be read", ex);
		}
	}

	/**
	 * The folded words that start with a folded prefix, most used first (ties
	 * alphabetically).
	 * @param limit how many at most
	 */
	List<String> startingWith(BytesRef prefix, int limit) {
		record Counted(String word, int passages) {
		}
		List<Counted> found = new ArrayList<>();
		try {
			Terms terms = MultiTerms.getTerms(reader, Analysis.EXACT);
			if (terms == null) {
				return List.of();
			}
			TermsEnum words = terms.iterator();
			if (words.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
				return List.of();
			}
			for (int scanned = 0; scanned < SCANNED && StringHelper.startsWith(words.term(), prefix); scanned++) {
				found.add(new Counted(words.term().utf8ToString(), words.docFreq()));
				if (words.next() == null) {
					break;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the search index could not be read", ex);
		}
		return found.stream()
			.sorted(Comparator.comparingInt(Counted::passages).reversed().thenComparing(Counted::word))
			.limit(limit)
			.map(Counted::word)
			.toList();
	}

	/**
	 * How the text writes a folded word: its form in the first passage that holds it, or
	 * the word itself when no passage does.
	 */
	String written(String folded) {
		try {
			TopDocs first = searcher.search(new TermQuery(new Term(Analysis.EXACT, folded)), 1);
			if (first.scoreDocs.length == 0) {
				return folded;
			}
			Entry entry = entries.of(first.scoreDocs[0].doc);
			String written = writtenIn(entry.text(), folded);
			for (int i = 0; written == null && i < entry.names().size(); i++) {
				written = writtenIn(entry.names().get(i), folded);
			}
			return written == null ? folded : written;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the search index could not be read", ex);
		}
	}

	/**
	 * The first word of a text that folds to the given word, as the text writes it; or
	 * {@code null}.
	 */
	private String writtenIn(String text, String folded) throws IOException {
		try (TokenStream stream = analyzer.tokenStream(Analysis.EXACT, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			String found = null;
			while (found == null && stream.incrementToken()) {
				if (term.toString().equals(folded)) {
					found = text.substring(offset.startOffset(), offset.endOffset());
				}
			}
			stream.end();
			return found;
		}
	}

}
