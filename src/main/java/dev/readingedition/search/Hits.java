package dev.readingedition.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.readingedition.edition.Letter;
import dev.readingedition.edition.Mention;
import dev.readingedition.edition.TextMarker.Range;
import dev.readingedition.search.SnippetFormatter.Highlight;

import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * Turns the entries a search found into what readers see: hits with their place, page and
 * snippet for the results page, and every matched word of a letter's passages for its
 * reading page. Named by our own ids, never by Lucene's doc ids.
 */
final class Hits {

	private final Entries entries;

	private final Snippets snippets;

	Hits(Entries entries, Snippets snippets) {
		this.entries = entries;
		this.snippets = snippets;
	}

	/** The hits of a page of results, in the order given. */
	List<Hit> page(Query match, ScoreDoc[] shown) throws IOException {
		int[] docIds = docIds(shown);
		Map<String, Highlight[]> found = snippets.highlight(match, docIds);
		Highlight[] texts = found.get(Analysis.TEXT);
		Highlight[] names = found.get(Analysis.NAMES);
		List<Hit> hits = new ArrayList<>(shown.length);
		for (int i = 0; i < shown.length; i++) {
			Entry entry = entries.of(docIds[i]);
			List<Range> inText = texts[i] == null ? List.of() : texts[i].ranges();
			List<Mention> mentions = mentionsNamed(entry, names[i]);
			Snippet snippet;
			if (texts[i] != null && texts[i].snippet() != null && !texts[i].snippet().highlights().isEmpty()) {
				snippet = texts[i].snippet();
			}
			else if (!mentions.isEmpty()) {
				Mention first = mentions.get(0);
				snippet = Snippet.around(entry.text(), new Range(first.start(), first.end()), Snippet.LENGTH);
			}
			else {
				snippet = Snippet.start(entry.text(), Snippet.LENGTH);
			}
			hits.add(hit(entry, page(entry, inText, mentions), snippet, shown[i].score));
		}
		return hits;
	}

	/**
	 * The page a hit is cited by: for a paragraph, the page its first matched word (or
	 * name) is printed on; for a note or an annotation, the entry's own.
	 */
	private static int page(Entry entry, List<Range> inText, List<Mention> mentions) {
		if (entry.kind() != Hit.Kind.PARAGRAPH) {
			return entry.page();
		}
		int first = Integer.MAX_VALUE;
		if (!inText.isEmpty()) {
			first = inText.get(0).start();
		}
		if (!mentions.isEmpty()) {
			first = Math.min(first, mentions.get(0).start());
		}
		return first == Integer.MAX_VALUE ? entry.page() : entry.paragraph().pageAt(first);
	}

	private static Hit hit(Entry entry, int page, Snippet snippet, float score) {
		Letter letter = entry.letter();
		return new Hit(letter.slug(), letter.meta().title(), letter.meta().date(), letter.meta().author(),
				letter.meta().recipient(), entry.kind(), entry.anchor(),
				entry.kind() == Hit.Kind.PARAGRAPH ? entry.paragraph().number() : null,
				entry.kind() == Hit.Kind.NOTE ? entry.note().label() : null,
				entry.kind() == Hit.Kind.ANNOTATION ? entry.entity().name() : null, page, snippet.text(),
				snippet.highlights(), score);
	}

	/**
	 * Every match in some passages, for marking the reading page, in the order given:
	 * each passage with its matched words as ranges of its plain text.
	 */
	List<PassageMatch> matches(Query match, ScoreDoc[] ordered) throws IOException {
		int[] docIds = docIds(ordered);
		Map<String, Highlight[]> found = snippets.highlight(match, docIds);
		Highlight[] texts = found.get(Analysis.TEXT);
		Highlight[] names = found.get(Analysis.NAMES);
		List<PassageMatch> matches = new ArrayList<>(docIds.length);
		for (int i = 0; i < docIds.length; i++) {
			Entry entry = entries.of(docIds[i]);
			List<Range> ranges = new ArrayList<>(texts[i] == null ? List.of() : texts[i].ranges());
			List<Range> inName = List.of();
			if (entry.kind() == Hit.Kind.ANNOTATION) {
				inName = names[i] == null ? List.of() : names[i].ranges();
			}
			else if (ranges.isEmpty()) {
				// Found through a name it mentions: mark the mentions that name it.
				for (Mention mention : mentionsNamed(entry, names[i])) {
					ranges.add(new Range(mention.start(), mention.end()));
				}
			}
			ranges.sort(Comparator.comparingInt(Range::start));
			matches.add(new PassageMatch(entry.kind(), entry.anchor(), ranges, inName));
		}
		return matches;
	}

	/**
	 * The mentions in a paragraph whose register names matched the query, in reading
	 * order.
	 */
	private static List<Mention> mentionsNamed(Entry entry, Highlight names) {
		if (names == null || names.ranges().isEmpty() || entry.kind() != Hit.Kind.PARAGRAPH) {
			return List.of();
		}
		Set<String> matched = matchedNames(entry.names(), names.ranges());
		return entry.paragraph()
			.mentions()
			.stream()
			.filter((mention) -> matched.contains(mention.entity().name()))
			.toList();
	}

	/**
	 * The values of a many-valued field that hold a match. The highlighter reads the
	 * values one after another, one character apart ({@link Snippets}), so a match's
	 * offset tells which value it is in.
	 */
	static Set<String> matchedNames(List<String> values, List<Range> matches) {
		Set<String> matched = new HashSet<>();
		for (Range range : matches) {
			int start = 0;
			for (String value : values) {
				if (range.start() >= start && range.start() < start + value.length()) {
					matched.add(value);
					break;
				}
				start += value.length() + 1;
			}
		}
		return matched;
	}

	private static int[] docIds(ScoreDoc[] docs) {
		int[] docIds = new int[docs.length];
		for (int i = 0; i < docs.length; i++) {
			docIds[i] = docs[i].doc;
		}
		return docIds;
	}

}
