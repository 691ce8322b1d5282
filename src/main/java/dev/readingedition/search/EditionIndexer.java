package dev.readingedition.search;

import java.io.IOException;

import dev.readingedition.edition.Edition;
import dev.readingedition.edition.Entity;
import dev.readingedition.edition.Letter;
import dev.readingedition.edition.Mention;
import dev.readingedition.edition.Note;
import dev.readingedition.edition.Paragraph;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.util.BytesRef;

/**
 * Writes an edition into the index: one entry per paragraph, per note and per annotation, in reading order, each
 * with the fields {@link Analysis} names. Searching is {@link SearchIndex}'s job; this class only writes.
 */
final class EditionIndexer {

	private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

	private EditionIndexer() {
	}

	/**
	 * Adds every letter of an edition, in reading order, from the calling thread (the ranking breaks ties by doc id,
	 * so the order of additions is the reading order).
	 */
	static void write(Edition edition, IndexWriter writer) throws IOException {
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
				writer.addDocument(entry(letter, Hit.Kind.PARAGRAPH, paragraph.id(), String.valueOf(paragraph.number()),
						paragraph.page(), paragraph.text(), names, letterOrder + position++));
				for (String label : paragraph.noteLabels()) {
					writer.addDocument(note(letter, letter.note(label).orElseThrow(), letterOrder + position++));
				}
				// An annotation stands beside the first mention of its entity, so it is read after that paragraph, and
				// cited by the page on which that mention is printed.
				for (Mention mention : paragraph.mentions()) {
					if (mention.first()) {
						Entity entity = mention.entity();
						writer.addDocument(entry(letter, Hit.Kind.ANNOTATION, entity.anchor(), entity.name(),
								paragraph.pageAt(mention.start()), entity.glossText(), entity.name(),
								letterOrder + position++));
					}
				}
			}
			letterOrder += 1_000_000;
		}
	}

	private static Document note(Letter letter, Note note, long order) {
		return entry(letter, Hit.Kind.NOTE, note.id(), note.label(), note.page(), note.text(), "", order);
	}

	private static Document entry(Letter letter, Hit.Kind kind, String anchor, String number, int page, String text,
			String names, long order) {
		Document document = new Document();
		document.add(new StringField(Analysis.KEY, letter.slug() + "#" + anchor, Field.Store.YES));
		document.add(new StringField(Analysis.SLUG, letter.slug(), Field.Store.YES));
		document.add(new SortedDocValuesField(Analysis.SLUG, new BytesRef(letter.slug())));
		document.add(new StringField(Analysis.KIND, kind.label(), Field.Store.YES));
		document.add(new SortedDocValuesField(Analysis.KIND, new BytesRef(kind.label())));
		document.add(new StringField(Analysis.CORRESPONDENT, letter.meta().author(), Field.Store.NO));
		document.add(new StringField(Analysis.CORRESPONDENT, letter.meta().recipient(), Field.Store.NO));
		document.add(new LongPoint(Analysis.DATE, letter.meta().date().toEpochDay()));
		document.add(new StringField(Analysis.ANCHOR, anchor, Field.Store.YES));
		document.add(new StoredField(Analysis.NUMBER, number));
		document.add(new StoredField(Analysis.PAGE, page));
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

}
