package dev.readingedition.search;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * Writes an edition's entries into an index, with the fields {@link Analysis} names;
 * searching is {@link SearchIndex}'s job. The index is sorted on reading order and
 * written as one segment, so its doc ids run in reading order however the writer flushes
 * and merges.
 */
final class EditionIndexer {

	/**
	 * The words, indexed with offsets so the highlighter reads matches from the postings;
	 * the text is the model's.
	 */
	private static final FieldType WORDS_WITH_OFFSETS = wordsWithOffsets();

	private EditionIndexer() {
	}

	/**
	 * Indexes entries into an empty directory.
	 * @param entries every entry, in reading order ({@link Entry#of})
	 */
	static void write(List<Entry> entries, Directory directory, Analyzer analyzer) throws IOException {
		try (IndexWriter writer = new IndexWriter(directory, config(analyzer))) {
			long order = 0;
			for (Entry entry : entries) {
				writer.addDocument(document(entry, order++));
			}
			// One segment: the sort orders doc ids within a segment, and a reader lists
			// segments in the order they
			// were written or merged, which is not reading order; one segment is also the
			// fastest to search.
			writer.forceMerge(1);
		}
	}

	/**
	 * How the index is written: sorted on {@link Analysis#ORDER}, so each segment (and
	 * the merged one) holds its entries in reading order whatever order they were added
	 * in.
	 */
	static IndexWriterConfig config(Analyzer analyzer) {
		return new IndexWriterConfig(analyzer).setRAMBufferSizeMB(32)
			.setIndexSort(new Sort(new SortField(Analysis.ORDER, SortField.Type.LONG)))
			.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
	}

	static Document document(Entry entry, long order) {
		Document document = new Document();
		document.add(new SortedDocValuesField(Analysis.KEY, new BytesRef(entry.key())));
		document.add(new StringField(Analysis.SLUG, entry.letter().slug(), Field.Store.NO));
		document.add(new StringField(Analysis.KIND, entry.kind().label(), Field.Store.NO));
		document.add(new StringField(Analysis.CORRESPONDENT, entry.letter().meta().author(), Field.Store.NO));
		document.add(new StringField(Analysis.CORRESPONDENT, entry.letter().meta().recipient(), Field.Store.NO));
		document.add(new LongPoint(Analysis.DATE, entry.letter().meta().date().toEpochDay()));
		document.add(new Field(Analysis.TEXT, entry.text(), WORDS_WITH_OFFSETS));
		document.add(new TextField(Analysis.EXACT, entry.text(), Field.Store.NO));
		for (String name : entry.names()) {
			document.add(new Field(Analysis.NAMES, name, WORDS_WITH_OFFSETS));
		}
		document.add(new NumericDocValuesField(Analysis.ORDER, order));
		return document;
	}

	private static FieldType wordsWithOffsets() {
		FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		return type;
	}

}
