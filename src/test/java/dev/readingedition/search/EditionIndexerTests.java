package dev.readingedition.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

import dev.readingedition.edition.Edition;
import dev.readingedition.edition.EditionLoader;
import dev.readingedition.edition.LetterParser;
import dev.readingedition.edition.TextMarker.Range;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How the index is written and let go: reading order by the index sort, names as separate
 * values, and the files kept until the last reference is given back.
 */
class EditionIndexerTests {

	private static final Analyzer ANALYZER = Analysis.perField();

	/** The reading order of each doc id, segment after segment. */
	private static List<Long> orderOfDocIds(Directory directory) throws Exception {
		List<Long> orders = new ArrayList<>();
		try (DirectoryReader reader = DirectoryReader.open(directory)) {
			for (LeafReaderContext leaf : reader.leaves()) {
				NumericDocValues order = DocValues.getNumeric(leaf.reader(), Analysis.ORDER);
				for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
					assertThat(order.advanceExact(doc)).isTrue();
					orders.add(order.longValue());
				}
			}
		}
		return orders;
	}

	@Test
	void entriesAddedInAnyOrderAndFlushedInSmallSegmentsComeOutInReadingOrder() throws Exception {
		List<Entry> entries = Entry.of(ManyLetters.edition());
		List<Integer> shuffled = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			shuffled.add(i);
		}
		Collections.shuffle(shuffled, new Random(17));
		try (Directory directory = new ByteBuffersDirectory()) {
			try (IndexWriter writer = new IndexWriter(directory,
					EditionIndexer.config(ANALYZER).setMaxBufferedDocs(25))) {
				for (int i : shuffled) {
					writer.addDocument(EditionIndexer.document(entries.get(i), i));
				}
				writer.commit();
				// Flushed segments are each sorted, but one after another they are not in
				// reading order...
				List<Long> flushed = orderOfDocIds(directory);
				assertThat(flushed).isNotEqualTo(flushed.stream().sorted().toList());
				writer.forceMerge(1);
			}
			// ...and merged into one, as the indexer writes every index, they are.
			List<Long> orders = orderOfDocIds(directory);
			assertThat(orders).hasSize(entries.size()).isSorted();
		}
	}

	@Test
	void theIndexerWritesOneSegmentInReadingOrder() throws Exception {
		List<Entry> entries = Entry.of(ManyLetters.edition());
		try (Directory directory = new ByteBuffersDirectory()) {
			EditionIndexer.write(entries, directory, ANALYZER);
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				assertThat(reader.leaves()).hasSize(1);
			}
			List<Long> orders = orderOfDocIds(directory);
			assertThat(orders).hasSize(entries.size()).isSorted();
		}
	}

	@Test
	void aPhraseDoesNotRunFromOneNameIntoTheNext() throws Exception {
		Edition edition = new EditionLoader(new LetterParser()).load(Path.of("content"));
		Entry paragraph = Entry.of(edition).get(1);
		Entry named = new Entry(paragraph.letter(), Hit.Kind.PARAGRAPH, paragraph.anchor(), "no words of its own",
				List.of("Llewellyn E. Thompson", "Andrei A. Gromyko"), paragraph.paragraph(), null, null, 1);
		try (Directory directory = new ByteBuffersDirectory()) {
			EditionIndexer.write(List.of(named), directory, ANALYZER);
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				assertThat(searcher.count(new PhraseQuery(Analysis.NAMES, "llewellyn", "e"))).isEqualTo(1);
				assertThat(searcher.count(new PhraseQuery(Analysis.NAMES, "thompson", "andrei"))).isZero();
				assertThat(searcher.count(new org.apache.lucene.search.TermQuery(new Term(Analysis.NAMES, "gromyko"))))
					.isEqualTo(1);
			}
		}
	}

	@Test
	void aMatchInTheNamesTellsWhichNameItIsIn() {
		List<String> names = List.of("Llewellyn E. Thompson, Jr.", "Andrei A. Gromyko", "Berlin");
		// The highlighter reads the names one character apart: Gromyko starts at 27,
		// Berlin at 45.
		assertThat(Hits.matchedNames(names, List.of(new Range(27, 33)))).containsExactly("Andrei A. Gromyko");
		assertThat(Hits.matchedNames(names, List.of(new Range(0, 9), new Range(45, 51))))
			.isEqualTo(Set.of("Llewellyn E. Thompson, Jr.", "Berlin"));
	}

	@Test
	void theIndexStaysOpenUntilItsLastReferenceIsGivenBack() throws Exception {
		Edition all = new EditionLoader(new LetterParser()).load(Path.of("content"));
		SearchIndex index = SearchIndex.of(all);
		assertThat(index.refCount()).isEqualTo(1);
		assertThat(index.tryIncRef()).isTrue();
		// The owner lets go (a reload swapped a new edition in) while a request still
		// holds a reference.
		index.close();
		index.close();
		assertThat(index.refCount()).isEqualTo(1);
		assertThat(index.search("modus vivendi", 1).total()).isPositive();
		index.decRef();
		assertThat(index.refCount()).isZero();
		assertThat(index.tryIncRef()).isFalse();
		assertThatThrownBy(() -> index.search("modus vivendi", 1)).isInstanceOf(AlreadyClosedException.class);
	}

}
