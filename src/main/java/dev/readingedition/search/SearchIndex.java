package dev.readingedition.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.readingedition.edition.Edition;
import dev.readingedition.edition.Letter;
import dev.readingedition.edition.Mention;
import dev.readingedition.edition.Paragraph;
import dev.readingedition.edition.TextMarker.Range;
import dev.readingedition.search.SearchResults.KindCount;
import dev.readingedition.search.SearchResults.LetterCount;
import dev.readingedition.search.Snippets.Snippet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;

/**
 * The edition's full-text index, searched through one shared searcher: one entry per paragraph, per note and per
 * annotation, written by {@link EditionIndexer} from the parsed model. Paragraphs also carry the register names of
 * what they mention, so "Llewellyn" finds the paragraphs that speak of Ambassador Thompson. Hits are grouped by
 * letter and by kind, and the reading page's matches come from the same search, in the same order, so the results
 * page and the page it leads to agree. Thread-safe once built.
 */
public final class SearchIndex implements Closeable {

	/** The longest query the index takes; longer ones are refused with a message before they reach it. */
	public static final int MAX_QUERY_LENGTH = UserQuery.MAX_LENGTH;

	/** How many hits a page of results holds. */
	public static final int PAGE_SIZE = 10;

	/** How many suggestions-as-you-type an answer holds at most. */
	public static final int MAX_COMPLETIONS = 8;

	/**
	 * How many matches a search counts exactly. Past it the search says "more than 1,000" and stops looking at
	 * passages that cannot reach the page asked for: a common word in a large edition matches a hundred thousand
	 * passages, and counting them all cost more than finding the ten shown. Up to it, every match is collected and
	 * grouped by letter and kind; past it, hits come best first, ungrouped.
	 */
	static final int COUNT_LIMIT = 1_000;

	private final Edition edition;

	private final Analyzer analyzer;

	private final Directory directory;

	private final Path folder;

	private final DirectoryReader reader;

	private final IndexSearcher searcher;

	/** What the highlighter needs to know of the fields, merged from every segment once. */
	private final FieldInfos fieldInfos;

	private final Vocabulary vocabulary;

	private final Spelling spelling;

	private final Completions completions;

	private SearchIndex(Edition edition, Analyzer analyzer, Directory directory, Path folder) throws IOException {
		this.edition = edition;
		this.analyzer = analyzer;
		this.directory = directory;
		this.folder = folder;
		this.reader = DirectoryReader.open(directory);
		this.searcher = new IndexSearcher(reader);
		this.fieldInfos = FieldInfos.getMergedFieldInfos(reader);
		this.vocabulary = new Vocabulary(reader, searcher, analyzer);
		this.spelling = new Spelling(reader, vocabulary);
		this.completions = new Completions(edition, vocabulary);
		try {
			checkReadingOrder(reader);
		}
		catch (IllegalStateException ex) {
			reader.close();
			throw ex;
		}
	}

	/**
	 * Indexes every paragraph and note of an edition.
	 * @param edition the parsed letters, the same model the pages are rendered from
	 */
	public static SearchIndex of(Edition edition) {
		return of(edition, IndexWriterConfig.DISABLE_AUTO_FLUSH);
	}

	/**
	 * Indexes an edition, writing a segment every so many entries as well as whenever the writer's buffer fills.
	 * @param flushEvery entries per segment, or {@link IndexWriterConfig#DISABLE_AUTO_FLUSH} for the buffer alone;
	 * tests use small segments to see that reading order survives flushes and merges
	 */
	static SearchIndex of(Edition edition, int flushEvery) {
		Analyzer analyzer = Analysis.perField();
		// The index lives in a scratch folder on disk, memory-mapped: a large edition (thousands of letters) then
		// costs page cache, which the kernel shares and reclaims, rather than heap.
		Path folder;
		Directory directory;
		try {
			folder = Files.createTempDirectory("edition-index-");
			directory = new MMapDirectory(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot create a folder for the search index", ex);
		}
		// Entries are added in reading order from this one thread, so each segment holds them in that order; a log
		// merge policy merges only neighbouring segments, so doc ids stay in reading order, which the ranking's tie
		// break relies on (the default tiered policy merges segments from anywhere).
		IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(32)
			.setMaxBufferedDocs(flushEvery)
			.setMergePolicy(new LogByteSizeMergePolicy())
			.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
		try (IndexWriter writer = new IndexWriter(directory, config)) {
			EditionIndexer.write(edition, writer);
		}
		catch (IOException ex) {
			throw discarded(directory, folder, new UncheckedIOException("cannot build the search index", ex));
		}
		try {
			return new SearchIndex(edition, analyzer, directory, folder);
		}
		catch (IOException ex) {
			throw discarded(directory, folder, new UncheckedIOException("cannot open the search index", ex));
		}
		catch (IllegalStateException ex) {
			throw discarded(directory, folder, ex);
		}
	}

	/** Removes an index that will never serve, so a failed load leaves nothing in the temporary folder. */
	private static RuntimeException discarded(Directory directory, Path folder, RuntimeException failure) {
		try {
			delete(directory, folder);
		}
		catch (IOException ex) {
			failure.addSuppressed(ex);
		}
		return failure;
	}

	/** Searches the whole edition. */
	public SearchResults search(String typed, int page) {
		return search(typed, page, SearchFilters.NONE);
	}

	/**
	 * Finds the passages that match a query. When nothing matches and a spelling in the edition's own words would
	 * find something, the results are that spelling's, marked as shown instead.
	 * @param typed the query as the reader typed it
	 * @param page which page of results, from 1
	 * @param filters what to narrow the search to
	 */
	public SearchResults search(String typed, int page, SearchFilters filters) {
		return search(typed, page, filters, true);
	}

	/**
	 * Finds the passages that match a query.
	 * @param showSuggestion whether a suggestion's results are shown when the query as typed finds nothing; when
	 * {@code false} (the reader asked for the query as typed) the suggestion is only offered
	 */
	public SearchResults search(String typed, int page, SearchFilters filters, boolean showSuggestion) {
		UserQuery query = UserQuery.parse(typed, analyzer);
		if (query == null) {
			return SearchResults.none(typed.strip(), PAGE_SIZE, null, filters);
		}
		try {
			// A word the edition never uses as written gets a suggestion, even when stemming found something.
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

	/** Whether a query, as typed, finds any passage within the filters; the search stops at the first. */
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
			// A page past the count limit is rare: count every match, so that a page past the last shows the last
			// (not a queue of empty slots) and the total there is exact.
			counted = searcher.count(match);
			wanted = Math.min(page, Math.max(1, (counted + PAGE_SIZE - 1) / PAGE_SIZE));
		}
		// Ranked by tier, ties by doc id, which is reading order. Every match up to COUNT_LIMIT is collected, to be
		// grouped; once COUNT_LIMIT passages have matched, Lucene skips every passage that cannot outrank the last
		// one kept: with tier scores and doc-id ties that is every later passage of the same tier or a lower one.
		TopDocs top = searcher.search(ranked,
				new TopScoreDocCollectorManager(Math.max(wanted * PAGE_SIZE, COUNT_LIMIT), COUNT_LIMIT));
		boolean lowerBound = counted < 0 && top.totalHits.relation == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO;
		// Lucene stops counting only past the limit, so "more than COUNT_LIMIT" is true.
		int total = counted >= 0 ? counted : lowerBound ? COUNT_LIMIT : (int) top.totalHits.value;
		if (total == 0) {
			return SearchResults.none(query.text(), PAGE_SIZE, suggestion, filters);
		}
		if (!lowerBound) {
			// Asked past the last page: show the last one, which the collector holds since it took every match.
			wanted = Math.min(wanted, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		}
		boolean grouped = !lowerBound && counted < 0 && top.scoreDocs.length == total;
		Grouping grouping = grouped ? group(top.scoreDocs) : null;
		ScoreDoc[] all = grouped ? grouping.ordered() : top.scoreDocs;
		int from = (wanted - 1) * PAGE_SIZE;
		int to = Math.min(all.length, from + PAGE_SIZE);
		ScoreDoc[] shown = Arrays.copyOfRange(all, Math.min(from, all.length), to);
		List<Hit> hits = hits(query, shown);
		List<KindCount> kinds = grouped ? kindCounts(query, filters, grouping) : List.of();
		return new SearchResults(query.text(), total, lowerBound, wanted, PAGE_SIZE, hits, suggestion,
				showingSuggestion, kinds, grouped ? grouping.letters() : List.of(), filters);
	}

	/**
	 * How many passages of each kind match, ignoring a kind filter so that the counts can lead to the other kinds.
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
		return group(every.scoreDocs).kinds();
	}

	/** The hits of a page: their place, their page of the match and their snippet, each entry read once. */
	private List<Hit> hits(UserQuery query, ScoreDoc[] shown) throws IOException {
		int[] docIds = new int[shown.length];
		for (int i = 0; i < shown.length; i++) {
			docIds[i] = shown[i].doc;
		}
		Map<Integer, Document> documents = documents(docIds);
		Snippets snippets = new Snippets(searcher, analyzer, fieldInfos, documents);
		Object[] sentences = snippets.sentences(query.match(), docIds);
		Object[] wholeTexts = snippets.whole(Analysis.TEXT, query.match(), docIds);
		Object[] names = snippets.whole(Analysis.NAMES, query.match(), docIds);
		List<Hit> hits = new ArrayList<>();
		for (int i = 0; i < shown.length; i++) {
			Document document = documents.get(docIds[i]);
			String slug = document.get(Analysis.SLUG);
			Letter letter = edition.letter(slug).orElseThrow();
			Hit.Kind kind = Hit.Kind.of(document.get(Analysis.KIND));
			String anchor = document.get(Analysis.ANCHOR);
			List<Range> inText = ranges(wholeTexts[i]);
			List<Mention> mentions = mentionsNamed(letter, document, names[i]);
			Snippet snippet;
			if (sentences[i] instanceof Snippet s && !s.highlights().isEmpty()) {
				snippet = s;
			}
			else if (!mentions.isEmpty()) {
				Mention first = mentions.get(0);
				snippet = Snippet.around(document.get(Analysis.TEXT), new Range(first.start(), first.end()),
						Snippets.LENGTH);
			}
			else {
				snippet = Snippet.start(document.get(Analysis.TEXT), Snippets.LENGTH);
			}
			int page = document.getField(Analysis.PAGE).numericValue().intValue();
			if (kind == Hit.Kind.PARAGRAPH) {
				// A paragraph's hit is cited by the page its first matched word is printed on.
				int first = Integer.MAX_VALUE;
				if (!inText.isEmpty()) {
					first = inText.get(0).start();
				}
				if (!mentions.isEmpty()) {
					first = Math.min(first, mentions.get(0).start());
				}
				Paragraph paragraph = letter.paragraph(anchor).orElseThrow();
				page = first == Integer.MAX_VALUE ? paragraph.page() : paragraph.pageAt(first);
			}
			hits.add(new Hit(slug, letter.meta().title(), letter.meta().date(), letter.meta().author(),
					letter.meta().recipient(), kind, anchor, document.get(Analysis.NUMBER), page, snippet.text(),
					snippet.highlights(), shown[i].score));
		}
		return hits;
	}

	private static List<Range> ranges(Object highlighted) {
		return highlighted instanceof Snippet snippet ? snippet.highlights() : List.of();
	}

	/**
	 * Every match of a query in one letter, for marking the reading page: the passages in the order the results page
	 * lists that letter's hits, each with its matched words as ranges of its plain text.
	 * @param slug the letter
	 * @param typed the query as the reader typed it (a suggestion shown instead is passed as such)
	 * @return the passages; empty when the query matches nothing there
	 */
	public List<PassageMatch> matches(String slug, String typed) {
		UserQuery query = UserQuery.parse(typed, analyzer);
		if (query == null || edition.letter(slug).isEmpty()) {
			return List.of();
		}
		try {
			Letter letter = edition.letter(slug).orElseThrow();
			// Room for every entry of the letter, not of the index: the collector allocates all its slots up front, and
			// an edition of 10,000 letters has 170,000 entries.
			int entries = Math.max(1, reader.docFreq(new Term(Analysis.SLUG, slug)));
			Query ranked = SearchFilters.letter(slug).apply(query.ranked());
			TopDocs top = searcher.search(ranked, new TopScoreDocCollectorManager(entries, entries));
			if (top.scoreDocs.length == 0) {
				return List.of();
			}
			ScoreDoc[] ordered = group(top.scoreDocs).ordered();
			int[] docIds = new int[ordered.length];
			for (int i = 0; i < docIds.length; i++) {
				docIds[i] = ordered[i].doc;
			}
			Map<Integer, Document> documents = documents(docIds);
			Snippets snippets = new Snippets(searcher, analyzer, fieldInfos, documents);
			Object[] found = snippets.whole(Analysis.TEXT, query.match(), docIds);
			Object[] names = snippets.whole(Analysis.NAMES, query.match(), docIds);
			List<PassageMatch> matches = new ArrayList<>();
			for (int i = 0; i < docIds.length; i++) {
				Document document = documents.get(docIds[i]);
				Hit.Kind kind = Hit.Kind.of(document.get(Analysis.KIND));
				List<Range> ranges = new ArrayList<>(ranges(found[i]));
				List<Range> inName = List.of();
				if (kind == Hit.Kind.ANNOTATION) {
					inName = ranges(names[i]);
				}
				else if (ranges.isEmpty()) {
					// Found through a name it mentions: mark the mentions that name it.
					for (Mention mention : mentionsNamed(letter, document, names[i])) {
						ranges.add(new Range(mention.start(), mention.end()));
					}
				}
				ranges.sort(Comparator.comparingInt(Range::start));
				matches.add(new PassageMatch(kind, document.get(Analysis.ANCHOR), ranges, inName));
			}
			return matches;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the search index could not be read", ex);
		}
	}

	/**
	 * Suggestions for what a reader has typed so far: names and terms of the register, then words of the letters.
	 * @param typed the search box's contents
	 * @return at most {@link #MAX_COMPLETIONS}; none for fewer than two letters
	 */
	public List<Completion> complete(String typed) {
		return completions.complete(typed, MAX_COMPLETIONS);
	}

	/** A spelling of the query whose words occur in the edition, in the text's own form, or {@code null}. */
	String suggest(String typed) {
		return spelling.suggest(typed, (candidate) -> finds(candidate, SearchFilters.NONE));
	}

	/** The mentions in a paragraph whose register names matched the query, in reading order. */
	private static List<Mention> mentionsNamed(Letter letter, Document document, Object matchedNames) {
		if (!(matchedNames instanceof Snippet names) || names.highlights().isEmpty()
				|| Hit.Kind.of(document.get(Analysis.KIND)) != Hit.Kind.PARAGRAPH) {
			return List.of();
		}
		List<String> matched = new ArrayList<>();
		for (Range range : names.highlights()) {
			int start = names.text().lastIndexOf('\n', range.start()) + 1;
			int end = names.text().indexOf('\n', range.end());
			matched.add(names.text().substring(start, end < 0 ? names.text().length() : end));
		}
		return letter.paragraph(document.get(Analysis.ANCHOR))
			.map((paragraph) -> paragraph.mentions().stream()
				.filter((mention) -> matched.contains(mention.entity().name()))
				.toList())
			.orElse(List.of());
	}

	/**
	 * Every match, grouped: letters in the order of their best hit, within a letter its kinds in the order of their
	 * best hit, within a kind best first (ties in reading order). The same order serves the results page and the
	 * reading page's match bar.
	 */
	private record Grouping(ScoreDoc[] ordered, List<LetterCount> letters, List<KindCount> kinds) {
	}

	private Grouping group(ScoreDoc[] ranked) throws IOException {
		String[] slugs = new String[ranked.length];
		String[] kinds = new String[ranked.length];
		Integer[] byDoc = new Integer[ranked.length];
		for (int i = 0; i < ranked.length; i++) {
			byDoc[i] = i;
		}
		// Doc values are read forwards, so in doc-id order.
		Arrays.sort(byDoc, Comparator.comparingInt((Integer i) -> ranked[i].doc));
		List<LeafReaderContext> leaves = reader.leaves();
		int leafIndex = -1;
		SortedDocValues slugValues = null;
		SortedDocValues kindValues = null;
		LeafReaderContext leaf = null;
		for (Integer i : byDoc) {
			int doc = ranked[i].doc;
			int index = ReaderUtil.subIndex(doc, leaves);
			if (index != leafIndex) {
				leafIndex = index;
				leaf = leaves.get(index);
				slugValues = DocValues.getSorted(leaf.reader(), Analysis.SLUG);
				kindValues = DocValues.getSorted(leaf.reader(), Analysis.KIND);
			}
			slugs[i] = value(slugValues, doc - leaf.docBase);
			kinds[i] = value(kindValues, doc - leaf.docBase);
		}
		Map<String, Map<String, List<ScoreDoc>>> groups = new LinkedHashMap<>();
		Map<String, Integer> kindTotals = new LinkedHashMap<>();
		Map<String, Float> best = new HashMap<>();
		for (int i = 0; i < ranked.length; i++) {
			groups.computeIfAbsent(slugs[i], (s) -> new LinkedHashMap<>())
				.computeIfAbsent(kinds[i], (k) -> new ArrayList<>())
				.add(ranked[i]);
			kindTotals.merge(kinds[i], 1, Integer::sum);
			best.putIfAbsent(kinds[i], ranked[i].score);
		}
		List<ScoreDoc> ordered = new ArrayList<>(ranked.length);
		List<LetterCount> letters = new ArrayList<>();
		groups.forEach((slug, byKind) -> {
			Letter letter = edition.letter(slug).orElseThrow();
			List<KindCount> counts = new ArrayList<>();
			int count = 0;
			// Kinds by their best hit; between equals, the letter's text, then its notes, then names and terms.
			List<Map.Entry<String, List<ScoreDoc>>> kindsInOrder = new ArrayList<>(byKind.entrySet());
			kindsInOrder.sort(Comparator.comparingDouble((Map.Entry<String, List<ScoreDoc>> k) -> -k.getValue().get(0).score)
				.thenComparing((k) -> Hit.Kind.of(k.getKey())));
			for (Map.Entry<String, List<ScoreDoc>> kind : kindsInOrder) {
				ordered.addAll(kind.getValue());
				counts.add(new KindCount(Hit.Kind.of(kind.getKey()), kind.getValue().size()));
				count += kind.getValue().size();
			}
			letters.add(new LetterCount(slug, letter.meta().title(), letter.meta().date(), letter.meta().author(),
					letter.meta().recipient(), count, counts));
		});
		List<KindCount> kindCounts = new ArrayList<>();
		kindTotals.forEach((kind, count) -> kindCounts.add(new KindCount(Hit.Kind.of(kind), count)));
		kindCounts.sort(Comparator.comparingDouble((KindCount k) -> -best.get(k.kind().label()))
			.thenComparing(KindCount::kind));
		return new Grouping(ordered.toArray(ScoreDoc[]::new), letters, kindCounts);
	}

	private static String value(SortedDocValues values, int doc) throws IOException {
		if (!values.advanceExact(doc)) {
			throw new IllegalStateException("an index entry has no letter or kind");
		}
		return values.lookupOrd(values.ordValue()).utf8ToString();
	}

	/**
	 * Ties in the ranking fall to the lower doc id, so doc ids must run in reading order; an index that broke the
	 * order (a merge policy changed, entries added from several threads) fails here rather than rank out of order.
	 */
	private static void checkReadingOrder(DirectoryReader reader) throws IOException {
		long previous = Long.MIN_VALUE;
		for (LeafReaderContext leaf : reader.leaves()) {
			NumericDocValues order = DocValues.getNumeric(leaf.reader(), Analysis.ORDER);
			for (int doc = order.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = order.nextDoc()) {
				if (order.longValue() <= previous) {
					throw new IllegalStateException("the search index is not in reading order at entry "
							+ (leaf.docBase + doc) + "; entries must be added in reading order from one thread and "
							+ "merged with a log merge policy");
				}
				previous = order.longValue();
			}
		}
	}

	/**
	 * The stored entries of some hits, each read once: the highlighter's texts and the hit's place come from the
	 * same read. Reading an entry decompresses the block of entries around it, and reading each hit once per
	 * highlighted field and once more for its place cost three times that.
	 */
	private Map<Integer, Document> documents(int[] docIds) throws IOException {
		int[] ascending = docIds.clone();
		// In doc-id order, neighbours in one block are read without seeking back.
		Arrays.sort(ascending);
		StoredFields stored = searcher.storedFields();
		Map<Integer, Document> documents = new HashMap<>();
		for (int doc : ascending) {
			documents.put(doc, stored.document(doc));
		}
		return documents;
	}

	/** How many segments the index is in; tests check that reading order survives several. */
	int segments() {
		return reader.leaves().size();
	}

	/** How many entries the index holds. */
	public int size() {
		return reader.numDocs();
	}

	@Override
	public void close() throws IOException {
		reader.close();
		delete(directory, folder);
	}

	private static void delete(Directory directory, Path folder) throws IOException {
		directory.close();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
	}

}
