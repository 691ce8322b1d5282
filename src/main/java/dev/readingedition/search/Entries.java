package dev.readingedition.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;

/**
 * The entry of the model behind each doc id of one reader: Lucene's doc ids are its own,
 * so each is turned into our key ({@link Analysis#KEY}) and the key into the entry,
 * looked up once per reader and kept in an array per segment.
 */
final class Entries {

	/** Per segment, the entry of each doc id. */
	private final Entry[][] byLeaf;

	private final List<LeafReaderContext> leaves;

	Entries(DirectoryReader reader, List<Entry> entries) throws IOException {
		Map<String, Entry> byKey = new HashMap<>();
		for (Entry entry : entries) {
			byKey.put(entry.key(), entry);
		}
		this.leaves = reader.leaves();
		this.byLeaf = new Entry[leaves.size()][];
		for (LeafReaderContext leaf : leaves) {
			Entry[] docs = new Entry[leaf.reader().maxDoc()];
			SortedDocValues keys = DocValues.getSorted(leaf.reader(), Analysis.KEY);
			for (int doc = keys.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = keys.nextDoc()) {
				String key = keys.lookupOrd(keys.ordValue()).utf8ToString();
				Entry entry = byKey.get(key);
				if (entry == null) {
					throw new IllegalStateException("the search index holds an entry the edition does not: " + key);
				}
				docs[doc] = entry;
			}
			byLeaf[leaf.ord] = docs;
		}
	}

	/** The entry a doc id of this reader stands for. */
	Entry of(int doc) {
		int leaf = ReaderUtil.subIndex(doc, leaves);
		return byLeaf[leaf][doc - leaves.get(leaf).docBase];
	}

}
