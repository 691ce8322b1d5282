package dev.readingedition.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.readingedition.edition.Letter;
import dev.readingedition.search.SearchResults.KindCount;
import dev.readingedition.search.SearchResults.LetterCount;

import org.apache.lucene.search.ScoreDoc;

/**
 * Every match, grouped: letters in the order of their best hit, within a letter its kinds
 * in the order of their best hit, within a kind best first (ties in reading order). The
 * same order serves the results page and the reading page's match bar.
 *
 * @param ordered the matches in that order
 * @param letters how many match in each letter, by kind, in that order
 * @param kinds how many match of each kind, in the order of each kind's best hit
 */
record Grouping(ScoreDoc[] ordered, List<LetterCount> letters, List<KindCount> kinds) {

	/**
	 * Groups matches.
	 * @param ranked every match, best first, ties in reading order
	 */
	static Grouping of(ScoreDoc[] ranked, Entries entries) {
		// By slug: a letter record's hash would walk its whole text.
		Map<String, Map<Hit.Kind, List<ScoreDoc>>> groups = new LinkedHashMap<>();
		Map<String, Letter> letterOf = new LinkedHashMap<>();
		Map<Hit.Kind, Integer> kindTotals = new LinkedHashMap<>();
		Map<Hit.Kind, Float> best = new EnumMap<>(Hit.Kind.class);
		for (ScoreDoc match : ranked) {
			Entry entry = entries.of(match.doc);
			letterOf.putIfAbsent(entry.letter().slug(), entry.letter());
			groups.computeIfAbsent(entry.letter().slug(), (slug) -> new LinkedHashMap<>())
				.computeIfAbsent(entry.kind(), (kind) -> new ArrayList<>())
				.add(match);
			kindTotals.merge(entry.kind(), 1, Integer::sum);
			best.putIfAbsent(entry.kind(), match.score);
		}
		List<ScoreDoc> ordered = new ArrayList<>(ranked.length);
		List<LetterCount> letters = new ArrayList<>();
		groups.forEach((slug, byKind) -> {
			Letter letter = letterOf.get(slug);
			List<KindCount> counts = new ArrayList<>();
			int count = 0;
			// Kinds by their best hit; between equals, the letter's text, then its notes,
			// then names and terms.
			List<Map.Entry<Hit.Kind, List<ScoreDoc>>> kindsInOrder = new ArrayList<>(byKind.entrySet());
			kindsInOrder.sort(Comparator
				.comparingDouble((Map.Entry<Hit.Kind, List<ScoreDoc>> kind) -> -kind.getValue().get(0).score)
				.thenComparing(Map.Entry::getKey));
			for (Map.Entry<Hit.Kind, List<ScoreDoc>> kind : kindsInOrder) {
				ordered.addAll(kind.getValue());
				counts.add(new KindCount(kind.getKey(), kind.getValue().size()));
				count += kind.getValue().size();
			}
			letters.add(new LetterCount(slug, letter.meta().title(), letter.meta().date(), letter.meta().author(),
					letter.meta().recipient(), count, counts));
		});
		List<KindCount> kindCounts = new ArrayList<>();
		kindTotals.forEach((kind, count) -> kindCounts.add(new KindCount(kind, count)));
		kindCounts
			.sort(Comparator.comparingDouble((KindCount k) -> -best.get(k.kind())).thenComparing(KindCount::kind));
		return new Grouping(ordered.toArray(ScoreDoc[]::new), letters, kindCounts);
	}

}
