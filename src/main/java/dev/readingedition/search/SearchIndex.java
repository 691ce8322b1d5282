package dev.readingedition.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.readingedition.edition.Edition;
import dev.readingedition.search.SearchResults.KindCount;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;

/**
 * The edition's full-text index, searched through one shared searcher: one entry per
 * paragraph, per note and per annotation ({@link Entry}), written by
 * {@link EditionIndexer} from the parsed model. Paragraphs also answer to the register
 * names of what they mention, so "Llewellyn" finds the paragraphs that speak of
 * Ambassador Thompson. Hits are grouped by letter and by kind, and the reading page's
 * matches come from the same search, in the same order, so the results page and the page
 * it leads to agree. Thread-safe once built.
 * <p>
 * The index is reference-counted, as Lucene's readers are: whoever may use it after its
 * owner has let it go (a request that began before a reload swapped in a new edition)
 * takes a reference with {@link #tryIncRef()} and gives it back with {@link #decRef()};
 * the index closes, and its files are deleted, when the last is given back.
 */
public final class SearchIndex implements Closeable {

	/**
	 * The longest query the index takes; longer ones are refused with a message before
	 * they reach it.
	 */
	public static final int MAX_QUERY_LENGTH = UserQuery.MAX_LENGTH;

	/** How many hits a page of results holds. */
	public static final int PAGE_SIZE = 10;

	/** How many suggestions-as-you-type an answer holds at most. */
	public static final int MAX_COMPLETIONS = 8;

	/**
	 * How many matches a search counts exactly. Past it the search says "more than 1,000"
	 * and stops looking at passages that cannot reach the page asked for: a common word
	 * in a large edition matches a hundred thousand passages, and counting them all cost
	 * more than finding the ten shown. Up to it, every match is collected and grouped by
	 * letter and kind; past it, hits come best first, ungrouped.
	 */
	static final int COUNT_LIMIT = 1_000;

	private final Edition edition;

	private final Analyzer analyzer;

	private final DirectoryReader reader;

	private final IndexSearcher searcher;

	private final Entries entries;

	private final Hits hits;

	private final Spelling spelling;

	private final Completions completions;

	/** Whether the owner's own reference has been given back. */
	private final AtomicBoolean closed = new AtomicBoolean();

	private SearchIndex(Edition edition, List<Entry> indexed, Analyzer analyzer, IndexFolder folder)
			throws IOException {
		this.edition = edition;
		this.analyzer = analyzer;
		this.reader = DirectoryReader.open(folder.directory());
		try {
			// The last reference given back closes the reader, and the folder goes with
			// it.
			reader.getReaderCacheHelper().addClosedListener((key) -> folder.close());
			this.searcher = new IndexSearcher(reader);
			this.entries = new Entries(reader, indexed);
			this.hits = new Hits(entries,
					new Snippets(searcher, analyzer, FieldInfos.getMergedFieldInfos(reader), entries));
			Vocabulary vocabulary = new Vocabulary(reader, searcher, analyzer, entries);
			this.spelling = new Spelling(reader, vocabulary);
			this.completions = new Completions(edition, vocabulary);
		}
		catch (IOException | RuntimeException ex) {
			reader.close();
			throw ex;
		}
	}

	/**
	 * Indexes every paragraph, note and annotation of an edition.
	 * @param edition the parsed letters, the same model the pages are rendered from
	 */
	public static SearchIndex of(Edition edition) {
		Analyzer analyzer = Analysis.perField();
		List<Entry> entries = Entry.of(edition);
		IndexFolder folder = IndexFolder.create();
		try {
			EditionIndexer.write(entries, folder.directory(), analyzer);
		}
		catch (IOException ex) {
			throw folder.discard(new UncheckedIOException("cannot build the search index", ex));
		}
		catch (RuntimeException ex) {
			throw folder.discard(ex);
		}
		try {
			return new SearchIndex(edition, entries, analyzer, folder);
		}
		catch (IOException ex) {
			throw folder.discard(new UncheckedIOException("cannot open the search index", ex));
		}
		catch (RuntimeException ex) {
			throw folder.discard(ex);
		}
	}

	/** Searches the whole edition. */
	public SearchResults search(String typed, int page) {
		return search(typed, page, SearchFilters.NONE);
	}

	/**
	 * Finds the passages that match a query. When nothing matches and a spelling in the
	 * edition's own words would find something, the results are that spelling's, marked
	 * as shown instead.
	 * @param typed the query as the reader typed it
	 * @param page which page of results, from 1
	 * @param filters what to narrow the search to
	 */
	public SearchResults search(String typed, int page, SearchFilters filters) {
		return search(typed, page, filters, true);
	}

	/**
	 * Finds the passages that match a query.
	 * @param showSuggestion whether a suggestion's results are shown when the query as
	 * typed finds nothing; when {@code false} (the reader asked for the query as typed)
	 * the suggestion is only offered
	 */
	public SearchResults search(String typed, int page, SearchFilters filters, boolean showSuggestion) {
		UserQuery query = UserQuery.parse(typed, analyzer);
		if (query == null) {
			return SearchResults.none(typed.strip(), PAGE_SIZE, null, filters);
		}
		try {
			// A word the edition never uses as written gets a suggestion, even when
			// stemming found something.
			String suggestion = spelling.suggest(query.text(), (candidate) -> finds(candidate, filters));
			SearchResults results = run(query, page, filters, suggestion, false);
			if (results.total() == 0 && suggestion != null && showSuggestion) {
				UserQuery suggested = UserQuery.parse(suggestion, analyzer);
				SearchResults instead = run(suggested, page, filters, suggestion, true);
				return new SearchResults(query.text(), instead.total(), instead.totalIsLowerBound(), instead.page(),
						PAGE_SIZE, instead.hits(), suggestion, true, instead.kinds(), instead.letters(), filters);
			}
			return results;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the search index could not be read", ex);
		}
	}

	/**
	 * Whether a query, as typed, finds any passage within the filters; the search stops
	 * at the first.
	 */
	private boolean finds(String typed, SearchFilters filters) {
		UserQuery query = UserQuery.parse(typed, analyzer);
		if (query == null) {
			return false;
		}
		try {
			return searcher.search(new ConstantScoreQuery(filters.apply(query.match())),
					new TopScoreDocCollectorManager(1, 1)).totalHits.value > 0;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the search index could not be read", ex);
		}
	}

	private SearchResults run(UserQuery query, int page, SearchFilters filters, String suggestion,
			boolean showingSuggestion) throws IOException {
		Query match = filters.apply(query.match());
		Query ranked = filters.apply(query.ranked());
		int wanted = page;
		int counted = -1;
		if (page > COUNT_LIMIT / PAGE_SIZE) {
			// A page past the count limit is rare: count every match, so that a page past
			// the last shows the last
			// (not a queue of empty slots) and the total there is exact.
			counted = searcher.count(match);
			wanted = Math.min(page, Math.max(1, (counted + PAGE_SIZE - 1) / PAGE_SIZE));
		}
		// Ranked by tier, ties by doc id, which is reading order. Every match up to
		// COUNT_LIMIT is collected, to be
		// grouped; once COUNT_LIMIT passages have matched, Lucene skips every passage
		// that cannot outrank the last
		// one kept: with tier scores and doc-id ties that is every later passage of the
		// same tier or a lower one.
		TopDocs top = searcher.search(ranked,
				new TopScoreDocCollectorManager(Math.max(wanted * PAGE_SIZE, COUNT_LIMIT), COUNT_LIMIT));
		boolean lowerBound = counted < 0 && top.totalHits.relation == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO;
		// Lucene stops counting only past the limit, so "more than COUNT_LIMIT" is true.
		int total = counted >= 0 ? counted : lowerBound ? COUNT_LIMIT : (int) top.totalHits.value;
		if (total == 0) {
			return SearchResults.none(query.text(), PAGE_SIZE, suggestion, filters);
		}
		if (!lowerBound) {
			// Asked past the last page: show the last one, which the collector holds
			// since it took every match.
			wanted = Math.min(wanted, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		}
		boolean grouped = !lowerBound && counted < 0 && top.scoreDocs.length == total;
		Grouping grouping = grouped ? Grouping.of(top.scoreDocs, entries) : null;
		ScoreDoc[] all = grouped ? grouping.ordered() : top.scoreDocs;
		int from = (wanted - 1) * PAGE_SIZE;
		int to = Math.min(all.length, from + PAGE_SIZE);
		ScoreDoc[] shown = Arrays.copyOfRange(all, Math.min(from, all.length), to);
		List<Hit> found = hits.page(query.match(), shown);
		List<KindCount> kinds = grouped ? kindCounts(query, filters, grouping) : List.of();
		return new SearchResults(query.text(), total, lowerBound, wanted, PAGE_SIZE, found, suggestion,
				showingSuggestion, kinds, grouped ? grouping.letters() : List.of(), filters);
	}

	/**
	 * How many passages of each kind match, ignoring a kind filter so that the counts can
	 * lead to the other kinds.
	 */
	private List<KindCount> kindCounts(UserQuery query, SearchFilters filters, Grouping grouping) throws IOException {
		if (filters.kind() == null) {
			return grouping.kinds();
		}
		TopDocs every = searcher.search(filters.anyKind().apply(query.ranked()),
				new TopScoreDocCollectorManager(COUNT_LIMIT, COUNT_LIMIT));
		if (every.totalHits.relation == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO) {
			return List.of();
		}
		return Grouping.of(every.scoreDocs, entries).kinds();
	}

	/**
	 * Every match of a query in one letter, for marking the reading page: the passages in
	 * the order the results page lists that letter's hits, each with its matched words as
	 * ranges of its plain text.
	 * @param slug the letter
	 * @param typed the query as the reader typed it (a suggestion shown instead is passed
	 * as such)
	 * @return the passages; empty when the query matches nothing there
	 */
	public List<PassageMatch> matches(String slug, String typed) {
		UserQuery query = UserQuery.parse(typed, analyzer);
		if (query == null || edition.letter(slug).isEmpty()) {
			return List.of();
		}
		try {
			// Room for every entry of the letter, not of the index: the collector
			// allocates all its slots up front, and
			// an edition of 10,000 letters has 170,000 entries.
			int inLetter = Math.max(1, reader.docFreq(new Term(Analysis.SLUG, slug)));
			Query ranked = SearchFilters.letter(slug).apply(query.ranked());
			TopDocs top = searcher.search(ranked, new TopScoreDocCollectorManager(inLetter, inLetter));
			if (top.scoreDocs.length == 0) {
				return List.of();
			}
			return hits.matches(query.match(), Grouping.of(top.scoreDocs, entries).ordered());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the search index could not be read", ex);
		}
	}

	/**
	 * Suggestions for what a reader has typed so far: names and terms of the register,
	 * then words of the letters.
	 * @param typed the search box's contents
	 * @return at most {@link #MAX_COMPLETIONS}; none for fewer than two letters
	 */
	public List<Completion> complete(String typed) {
		return completions.complete(typed, MAX_COMPLETIONS);
	}

	/**
	 * A spelling of the query whose words occur in the edition, in the text's own form,
	 * or {@code null}.
	 */
	String suggest(String typed) {
		return spelling.suggest(typed, (candidate) -> finds(candidate, SearchFilters.NONE));
	}

	/** How many entries the index holds. */
	public int size() {
		return reader.numDocs();
	}

	/**
	 * Takes a reference to this index, for use after its owner may have closed it; give
	 * it back with {@link #decRef()}.
	 * @return whether the reference was taken: {@code false} when the index has already
	 * closed
	 */
	public boolean tryIncRef() {
		return reader.tryIncRef();
	}

	/**
	 * Gives back a reference taken with {@link #tryIncRef()}; the last one closes the
	 * index.
	 */
	public void decRef() throws IOException {
		reader.decRef();
	}

	/**
	 * How many references the index holds, its owner's included; 0 once it has closed.
	 */
	public int refCount() {
		return reader.getRefCount();
	}

	/**
	 * Gives back the owner's reference (the one {@link #of} returned), once however often
	 * called: the index closes now, or when the last reference taken with
	 * {@link #tryIncRef()} is given back.
	 */
	@Override
	public void close() throws IOException {
		if (closed.compareAndSet(false, true)) {
			reader.decRef();
		}
	}

}
