package dev.readingedition.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The index's field names and how their text is analysed; shared by indexing and
 * searching and nothing else.
 */
final class Analysis {

	/**
	 * Our own key of an entry, {@code slug#anchor}: doc values, the only id that leaves
	 * the index; the entry's words, page and place are read from the model by it, so
	 * nothing else is stored.
	 */
	static final String KEY = "key";

	/** The letter's slug: keyword, so a search can be limited to one letter. */
	static final String SLUG = "slug";

	/**
	 * The words, stemmed for recall ("negotiating" finds "negotiations"); indexed with
	 * offsets for highlighting.
	 */
	static final String TEXT = "text";

	/** The same words unstemmed, so the exact wording can rank first. */
	static final String EXACT = "exact";

	/**
	 * The register names of the people, places and terms a passage mentions ("Llewellyn
	 * E. Thompson, Jr." for "Ambassador Thompson"), one value per name: analysed like the
	 * words, with offsets to tell which name matched, and a gap between values so that no
	 * phrase runs from one name into the next.
	 */
	static final String NAMES = "names";

	/**
	 * How far apart two names of one passage are, in positions: farther than any phrase a
	 * reader types.
	 */
	static final int NAME_GAP = 100;

	/**
	 * The kind of entry ({@link Hit.Kind#label()}): keyword, to narrow a search to a
	 * kind.
	 */
	static final String KIND = "kind";

	/**
	 * Who wrote the letter and to whom, one value each: keyword, to narrow a search to a
	 * correspondent.
	 */
	static final String CORRESPONDENT = "correspondent";

	/**
	 * The letter's date as days since 1970-01-01: a point, to narrow a search to a range
	 * of dates.
	 */
	static final String DATE = "date";

	/**
	 * Reading order across the edition, from 0: doc values, and the index is sorted on
	 * it, so doc ids run in reading order and the ranking's ties (which fall to the lower
	 * doc id) fall to the passage read first.
	 */
	static final String ORDER = "order";

	private Analysis() {
	}

	/**
	 * Words folded to lower case and plain ASCII, so "gromyko" finds Gromyko and
	 * "Adzhubéi" finds Adzhubei.
	 */
	static Analyzer exact() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				StandardTokenizer source = new StandardTokenizer();
				TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(source));
				return new TokenStreamComponents(source, stream);
			}

			@Override
			protected TokenStream normalize(String fieldName, TokenStream in) {
				return new ASCIIFoldingFilter(new LowerCaseFilter(in));
			}
		};
	}

	/**
	 * The folded words, stemmed for English; stop words are kept so phrases keep their
	 * exact shape.
	 */
	static Analyzer stemmed() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				StandardTokenizer source = new StandardTokenizer();
				TokenStream stream = new EnglishPossessiveFilter(source);
				stream = new ASCIIFoldingFilter(new LowerCaseFilter(stream));
				return new TokenStreamComponents(source, new PorterStemFilter(stream));
			}

			@Override
			public int getPositionIncrementGap(String fieldName) {
				return NAMES.equals(fieldName) ? NAME_GAP : 0;
			}

			@Override
			protected TokenStream normalize(String fieldName, TokenStream in) {
				return new ASCIIFoldingFilter(new LowerCaseFilter(in));
			}
		};
	}

	/**
	 * One analyzer for the whole index: unstemmed for {@link #EXACT}, stemmed for
	 * everything else.
	 */
	static Analyzer perField() {
		Analyzer exact = exact();
		Analyzer stemmed = stemmed();
		return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
			@Override
			protected Analyzer getWrappedAnalyzer(String fieldName) {
				return EXACT.equals(fieldName) ? exact : stemmed;
			}
		};
	}

}
