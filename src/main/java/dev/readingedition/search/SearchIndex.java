package dev.readingedition.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.readingedition.edition.Edition;
import dev.readingedition.edition.Entity;
import dev.readingedition.edition.Letter;
import dev.readingedition.edition.Mention;
import dev.readingedition.edition.Note;
import dev.readingedition.edition.Paragraph;
import dev.readingedition.edition.TextMarker.Range;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * The edition's full-text index: one entry per paragraph, per note and per annotation, built once from the parsed
 * model, searched through one shared searcher. Paragraphs also carry the register names of what they mention, so
 * "Llewellyn" finds the paragraphs that speak of Ambassador Thompson. Thread-safe once built.
 */
public final class SearchIndex implements Closeable {

	/** The longest query the index takes; longer ones are refused with a message before they reach it. */
	public static final int MAX_QUERY_LENGTH = UserQuery.MAX_LENGTH;

	/** How many hits a page of results holds. */
	public static final int PAGE_SIZE = 10;

	/**
	 * How many matches a search counts exactly. Past it the search says "more than 1,000" and stops looking at
	 * passages that cannot reach the page asked for: a common word in a large edition matches a hundred thousand
	 * passages, and counting them all cost more than finding the ten shown.
	 */
	static final int COUNT_LIMIT = 1_000;

	private static final int SNIPPET_LENGTH = 240;

	/** A word of a query as typed, and the {@code *} that makes it a prefix; the rest is syntax. */
	private static final Pattern WORD = Pattern.compile("([^\\s\"()|+\\-*~\\\\]+)(\\*?)");

	/** The kind of entry: keyword, stored. */
	private static final String KIND = "kind";

	/** The anchor on the reading page, {@code p11} or {@code n4}: keyword, stored. */
	private static final String ANCHOR = "anchor";

	/** Paragraph number or note label, and printed page: stored only, shown with each hit. */
	private static final String NUMBER = "number";

	private static final String PAGE = "page";

	private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

	private final Edition edition;

	private final Analyzer analyzer;

	private final Directory directory;

	private final Path folder;

	private final DirectoryReader reader;

	private final IndexSearcher searcher;

	/** What the highlighter needs to know of the fields, merged from every segment once. */
	private final FieldInfos fieldInfos;

	private SearchIndex(Edition edition, Analyzer analyzer, Directory directory, Path folder) throws IOException {
		this.edition = edition;
		this.analyzer = analyzer;
		this.directory = directory;
		this.folder = folder;
		this.reader = DirectoryReader.open(directory);
		this.searcher = new IndexSearcher(reader);
		this.fieldInfos = FieldInfos.getMergedFieldInfos(reader);
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
			long letterOrder = 0;
			for (Letter letter : edition.letters()) {
				long position = 0;
				// The title's notes come first in reading order, then each paragraph followed by its notes.
				for (Note note : letter.titleNotes()) {
					writer.addDocument(note(letter, note, letterOrder + position++));
				}
				for (Paragraph paragraph : letter.paragraphs()) {
					String names = String.join("\n", paragraph.mentions().stream()
						.map((mention) -> mention.entity().name())
						.distinct()
						.toList());
					writer.addDocument(entry(letter, Hit.Kind.PARAGRAPH, paragraph.id(),
							String.valueOf(paragraph.number()), paragraph.page(), paragraph.text(), names,
							letterOrder + position++));
					for (String label : paragraph.noteLabels()) {
						writer.addDocument(note(letter, letter.note(label).orElseThrow(), letterOrder + position++));
					}
					// An annotation stands beside the first mention of its entity, so it is read after that paragraph.
					for (Mention mention : paragraph.mentions()) {
						if (mention.first()) {
							Entity entity = mention.entity();
							writer.addDocument(entry(letter, Hit.Kind.ANNOTATION, entity.anchor(), entity.name(),
									paragraph.page(), entity.glossText(), entity.name(), letterOrder + position++));
						}
					}
				}
				letterOrder += 1_000_000;
			}
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

	private static Document note(Letter letter, Note note, long order) {
		return entry(letter, Hit.Kind.NOTE, note.id(), note.label(), note.page(), note.text(), "", order);
	}

	private static Document entry(Letter letter, Hit.Kind kind, String anchor, String number, int page, String text,
			String names, long order) {
		Document document = new Document();
		document.add(new StringField(Analysis.KEY, letter.slug() + "#" + anchor, Field.Store.YES));
		document.add(new StringField(Analysis.SLUG, letter.slug(), Field.Store.YES));
		document.add(new StringField(KIND, kind.label(), Field.Store.YES));
		document.add(new StringField(ANCHOR, anchor, Field.Store.YES));
		document.add(new StoredField(NUMBER, number));
		document.add(new StoredField(PAGE, page));
		document.add(new Field(Analysis.TEXT, text, TEXT_WITH_OFFSETS));
		document.add(new TextField(Analysis.EXACT, text, Field.Store.NO));
		document.add(new Field(Analysis.NAMES, names, TEXT_WITH_OFFSETS));
		document.add(new NumericDocValuesField(Analysis.ORDER, order));
		return document;
	}

	private static FieldType textWithOffsets() {
		FieldType type = new FieldType(TextField.TYPE_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		return type;
	}

	/**
	 * Finds the passages that match a query.
	 * @param typed the query as the reader typed it
	 * @param page which page of results, from 1
	 * @return the results; none, with a spelling suggestion where one helps, when nothing matches
	 */
	public SearchResults search(String typed, int page) {
		UserQuery query = UserQuery.parse(typed, analyzer);
		if (query == null) {
			return new SearchResults(typed.strip(), 0, false, 1, PAGE_SIZE, List.of(), null);
		}
		try {
			// A word the edition never uses as written gets a suggestion, even when stemming found something.
			String suggestion = suggest(query.text());
			int wanted = page;
			int counted = -1;
			if (page > COUNT_LIMIT / PAGE_SIZE) {
				// A page past the count limit is rare: count every match, so that a page past the last shows the
				// last (not a queue of empty slots) and the total there is exact.
				counted = searcher.count(query.match());
				wanted = Math.min(page, Math.max(1, (counted + PAGE_SIZE - 1) / PAGE_SIZE));
			}
			// Ranked by tier, ties by doc id, which is reading order. Once COUNT_LIMIT passages have matched, Lucene
			// skips every passage that cannot outrank the last hit wanted: with tier scores and doc-id ties that is
			// every later passage of the same tier or a lower one, so a common word stops near the count limit.
			TopDocs top = searcher.search(query.ranked(),
					new TopScoreDocCollectorManager(wanted * PAGE_SIZE, COUNT_LIMIT));
			boolean lowerBound = counted < 0 && top.totalHits.relation == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO;
			// Lucene stops counting only past the limit, so "more than COUNT_LIMIT" is true.
			int total = counted >= 0 ? counted : lowerBound ? COUNT_LIMIT : (int) top.totalHits.value;
			if (total == 0) {
				return new SearchResults(query.text(), 0, false, 1, PAGE_SIZE, List.of(), suggestion);
			}
			if (!lowerBound) {
				// Asked past the last page: show the last one, which the collector holds since it took every match.
				wanted = Math.min(wanted, (total + PAGE_SIZE - 1) / PAGE_SIZE);
			}
			ScoreDoc[] all = top.scoreDocs;
			int from = (wanted - 1) * PAGE_SIZE;
			int to = Math.min(all.length, from + PAGE_SIZE);
			int[] docIds = new int[to - from];
			for (int i = from; i < to; i++) {
				docIds[i - from] = all[i].doc;
			}
			Map<Integer, Document> documents = documents(docIds);
			Object[] snippets = snippetHighlighter(documents).highlight(Analysis.TEXT, query.match(), docIds, 2);
			Object[] names = wholeTextHighlighter(documents).highlight(Analysis.NAMES, query.match(), docIds, 1);
			List<Hit> hits = new ArrayList<>();
			for (int i = from; i < to; i++) {
				Document document = documents.get(all[i].doc);
				Snippet snippet = snippets[i - from] instanceof Snippet s && !s.highlights().isEmpty() ? s
						: byName(document, names[i - from]);
				String slug = document.get(Analysis.SLUG);
				hits.add(new Hit(slug, edition.letter(slug).map((l) -> l.meta().title()).orElse(slug),
						Hit.Kind.of(document.get(KIND)), document.get(ANCHOR), document.get(NUMBER),
						document.getField(PAGE).numericValue().intValue(), snippet.text(), snippet.highlights(),
						all[i].score));
			}
			return new SearchResults(query.text(), total, lowerBound, wanted, PAGE_SIZE, hits, suggestion);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the search index could not be read", ex);
		}
	}

	/**
	 * Every match of a query in one letter, as ranges of each paragraph's and note's plain text, for marking the
	 * reading page.
	 * @param slug the letter
	 * @param typed the query as the reader typed it
	 * @return the matches by anchor ({@code p11}, {@code n4}); empty when the query matches nothing there
	 */
	public Map<String, List<Range>> matches(String slug, String typed) {
		UserQuery query = UserQuery.parse(typed, analyzer);
		if (query == null) {
			return Map.of();
		}
		Query inLetter = new BooleanQuery.Builder().add(query.match(), Occur.MUST)
			.add(new TermQuery(new Term(Analysis.SLUG, slug)), Occur.FILTER)
			.build();
		try {
			// Room for every entry of the letter, not of the index: the collector allocates all its slots up front, and
			// an edition of 10,000 letters has 170,000 entries.
			int entries = reader.docFreq(new Term(Analysis.SLUG, slug));
			TopFieldDocs top = searcher.search(inLetter, Math.max(1, entries), Sort.INDEXORDER);
			if (top.scoreDocs.length == 0) {
				return Map.of();
			}
			int[] docIds = new int[top.scoreDocs.length];
			for (int i = 0; i < docIds.length; i++) {
				docIds[i] = top.scoreDocs[i].doc;
			}
			Map<Integer, Document> documents = documents(docIds);
			Object[] found = wholeTextHighlighter(documents).highlight(Analysis.TEXT, query.match(), docIds, 1);
			Object[] names = wholeTextHighlighter(documents).highlight(Analysis.NAMES, query.match(), docIds, 1);
			Map<String, List<Range>> matches = new LinkedHashMap<>();
			for (int i = 0; i < docIds.length; i++) {
				Document document = documents.get(docIds[i]);
				if (Hit.Kind.of(document.get(KIND)) == Hit.Kind.ANNOTATION) {
					// A gloss is not marked word by word; following the hit opens it.
					continue;
				}
				List<Range> ranges = new ArrayList<>();
				if (found[i] instanceof Snippet snippet) {
					ranges.addAll(snippet.highlights());
				}
				if (ranges.isEmpty()) {
					// Found through a name it mentions: mark the mentions that name it.
					for (Mention mention : mentionsNamed(document, names[i])) {
						ranges.add(new Range(mention.start(), mention.end()));
					}
				}
				if (!ranges.isEmpty()) {
					ranges.sort(java.util.Comparator.comparingInt(Range::start));
					matches.put(document.get(ANCHOR), ranges);
				}
			}
			return matches;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the search index could not be read", ex);
		}
	}

	/**
	 * The snippet of a passage found through a name it mentions: the words around the first such mention, the
	 * mention marked; or the passage's opening words when no mention explains the match.
	 */
	private Snippet byName(Document document, Object matchedNames) {
		String text = document.get(Analysis.TEXT);
		List<Mention> mentions = mentionsNamed(document, matchedNames);
		if (mentions.isEmpty()) {
			return Snippet.start(text, SNIPPET_LENGTH);
		}
		Mention mention = mentions.get(0);
		int from = Math.max(0, mention.start() - SNIPPET_LENGTH / 3);
		from = from == 0 ? 0 : text.indexOf(' ', from) + 1;
		int to = Math.min(text.length(), from + SNIPPET_LENGTH);
		int space = text.lastIndexOf(' ', to);
		to = to == text.length() || space <= mention.end() ? to : space;
		String prefix = from > 0 ? "… " : "";
		String window = prefix + text.substring(from, to) + (to < text.length() ? " …" : "");
		int start = prefix.length() + mention.start() - from;
		return new Snippet(window, List.of(new Range(start, start + mention.end() - mention.start())));
	}

	/** The mentions in a paragraph whose register names matched the query, in reading order. */
	private List<Mention> mentionsNamed(Document document, Object matchedNames) {
		if (!(matchedNames instanceof Snippet names) || names.highlights().isEmpty()
				|| Hit.Kind.of(document.get(KIND)) != Hit.Kind.PARAGRAPH) {
			return List.of();
		}
		List<String> matched = new ArrayList<>();
		for (Range range : names.highlights()) {
			int start = names.text().lastIndexOf('\n', range.start()) + 1;
			int end = names.text().indexOf('\n', range.end());
			matched.add(names.text().substring(start, end < 0 ? names.text().length() : end));
		}
		return edition.letter(document.get(Analysis.SLUG))
			.flatMap((letter) -> letter.paragraph(document.get(ANCHOR)))
			.map((paragraph) -> paragraph.mentions().stream()
				.filter((mention) -> matched.contains(mention.entity().name()))
				.toList())
			.orElse(List.of());
	}

	/**
	 * A spelling of the query whose words all occur in the edition, built from the index's own vocabulary. A
	 * prefix ({@code negot*}) needs no other spelling when some word of the edition starts with it.
	 * @return the suggestion, or {@code null} when there is none that finds anything
	 */
	String suggest(String typed) {
		DirectSpellChecker checker = new DirectSpellChecker();
		checker.setMinQueryLength(3);
		StringBuilder suggestion = new StringBuilder();
		boolean changed = false;
		try {
			Matcher words = WORD.matcher(typed);
			while (words.find()) {
				String word = words.group(1);
				boolean prefix = !words.group(2).isEmpty();
				BytesRef folded = analyzer.normalize(Analysis.EXACT, word);
				String replacement = word;
				boolean known = prefix ? startsAWord(folded) : reader.docFreq(new Term(Analysis.EXACT, folded)) > 0;
				if (!known) {
					SuggestWord[] similar = checker.suggestSimilar(new Term(Analysis.EXACT, folded), 1, reader);
					if (similar.length > 0) {
						replacement = similar[0].string;
						changed = true;
					}
				}
				suggestion.append(suggestion.length() == 0 ? "" : " ").append(replacement);
			}
			if (!changed) {
				return null;
			}
			String candidate = suggestion.toString();
			UserQuery query = UserQuery.parse(candidate, analyzer);
			return query != null && matchesAny(query.match()) ? candidate : null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the search index could not be read", ex);
		}
	}

	/** Whether some word of the edition, as written, starts with a prefix. */
	private boolean startsAWord(BytesRef prefix) throws IOException {
		for (LeafReaderContext leaf : reader.leaves()) {
			Terms terms = leaf.reader().terms(Analysis.EXACT);
			if (terms == null) {
				continue;
			}
			TermsEnum words = terms.iterator();
			if (words.seekCeil(prefix) != TermsEnum.SeekStatus.END && StringHelper.startsWith(words.term(), prefix)) {
				return true;
			}
		}
		return false;
	}

	/** Whether any passage matches: the search stops at the first rather than count a common word's thousands. */
	private boolean matchesAny(Query query) throws IOException {
		return searcher.search(new ConstantScoreQuery(query), new TopScoreDocCollectorManager(1, 1)).totalHits.value > 0;
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

	private PassageHighlighter snippetHighlighter(Map<Integer, Document> documents) {
		return new PassageHighlighter(documents, fieldInfos, UnifiedHighlighter.builder(searcher, analyzer)
			.withFormatter(new SnippetFormatter(SNIPPET_LENGTH))
			.withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.ENGLISH))
			.withMaxLength(Integer.MAX_VALUE - 1));
	}

	private PassageHighlighter wholeTextHighlighter(Map<Integer, Document> documents) {
		return new PassageHighlighter(documents, fieldInfos, UnifiedHighlighter.builder(searcher, analyzer)
			.withFormatter(new SnippetFormatter(Integer.MAX_VALUE))
			.withBreakIterator(WholeBreakIterator::new)
			.withMaxLength(Integer.MAX_VALUE - 1));
	}

	/**
	 * Lucene's highlighter, asked for our formatter's objects rather than strings, reading the passages' texts from
	 * entries already read rather than from the index again.
	 */
	private static final class PassageHighlighter extends UnifiedHighlighter {

		private final Map<Integer, Document> documents;

		private final FieldInfos fieldInfos;

		/**
		 * @param documents the stored entries of every doc id the highlighter will be asked about
		 * @param fieldInfos the index's fields, merged from its segments
		 */
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

	/**
	 * A passage of text and the matches in it, offsets relative to the passage.
	 */
	record Snippet(String text, List<Range> highlights) {

		static Snippet start(String text, int length) {
			if (text.length() <= length) {
				return new Snippet(text, List.of());
			}
			int cut = text.lastIndexOf(' ', length);
			return new Snippet(text.substring(0, cut > 0 ? cut : length) + " …", List.of());
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

	/** Keeps passages as text and offsets, so that templates and the API escape and mark them themselves. */
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
			Map<Integer, Boolean> seen = new HashMap<>();
			int previousEnd = -1;
			for (Passage passage : passages) {
				if (seen.put(passage.getStartOffset(), true) != null) {
					continue;
				}
				int passageStart = passage.getStartOffset();
				int passageEnd = passage.getEndOffset();
				if (passageEnd - passageStart > maxLength && passage.getNumMatches() > 0) {
					// A long sentence is cut to a window around its first match, at word boundaries.
					int match = passage.getMatchStarts()[0];
					int from = Math.max(passageStart, match - maxLength / 3);
					int to = Math.min(passageEnd, from + maxLength);
					from = from == passageStart ? from : Math.max(passageStart, content.indexOf(' ', from) + 1);
					int space = content.lastIndexOf(' ', to);
					to = to == passageEnd || space <= from ? to : space;
					passageStart = from;
					passageEnd = to;
				}
				String passageText = content.substring(passageStart, passageEnd);
				int leading = passageText.length() - passageText.stripLeading().length();
				passageText = passageText.strip();
				boolean cutBefore = passageStart > passage.getStartOffset();
				boolean cutAfter = passageEnd < passage.getEndOffset();
				if (text.length() > 0) {
					text.append(passageStart == previousEnd ? " " : " … ");
				}
				else if (cutBefore) {
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
				if (cutAfter) {
					text.append(" …");
				}
				previousEnd = passageEnd;
			}
			return new Snippet(text.toString(), joinAcrossSpaces(highlights, text));
		}

	}

}
