package dev.readingedition.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.readingedition.edition.Edition;
import dev.readingedition.edition.TextMarker.Range;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Searching an edition where common words match more passages than the search counts
 * ({@link ManyLetters}): the total becomes a lower bound, and ranking and pages stay
 * exactly as if every match had been counted.
 */
class SearchAtScaleTests {

	private static Edition edition;

	private static SearchIndex index;

	@BeforeAll
	static void indexManyLetters() {
		edition = ManyLetters.edition();
		index = SearchIndex.of(edition);
	}

	@AfterAll
	static void close() throws Exception {
		index.close();
	}

	private static List<String> keys(SearchResults results) {
		return results.hits().stream().map((hit) -> hit.slug() + "#" + hit.anchor()).toList();
	}

	private static String key(int letter, int paragraph) {
		return ManyLetters.slug(letter) + "#p" + paragraph;
	}

	/**
	 * Every paragraph in reading order, the given ones first: how a word found everywhere
	 * ranks.
	 */
	private static List<String> ranking(String... first) {
		List<String> ranking = new ArrayList<>(List.of(first));
		for (int letter = 1; letter <= ManyLetters.LETTERS; letter++) {
			for (int paragraph = 1; paragraph <= ManyLetters.PARAGRAPHS; paragraph++) {
				if (!ranking.contains(key(letter, paragraph))) {
					ranking.add(key(letter, paragraph));
				}
			}
		}
		return ranking;
	}

	private static List<String> page(List<String> ranking, int page) {
		return ranking.subList((page - 1) * SearchIndex.PAGE_SIZE, page * SearchIndex.PAGE_SIZE);
	}

	@Test
	void aWordInMoreThanAThousandPassagesIsCountedAsMoreThanAThousand() {
		SearchResults results = index.search("negotiations", 1);
		assertThat(results.totalIsLowerBound()).isTrue();
		assertThat(results.total()).isEqualTo(1000);
		assertThat(results.pages()).isEqualTo(100);
		assertThat(results.hasNext()).isTrue();
		assertThat(results.hits()).hasSize(10);
	}

	@Test
	void aWordInExactlyAThousandPassagesIsCountedExactly() {
		SearchResults first = index.search("Tempelhof", 1);
		assertThat(first.totalIsLowerBound()).isFalse();
		assertThat(first.total()).isEqualTo(1000);
		SearchResults last = index.search("Tempelhof", 100);
		assertThat(keys(last)).isEqualTo(page(ranking(), 100));
		assertThat(last.hasNext()).isFalse();
		assertThat(index.search("Tempelhof", 101).page()).isEqualTo(100);
	}

	@Test
	void exactWordingRanksFirstEvenWhenItComesLateInReadingOrder() {
		// 1,200 passages match; the two with "negotiations" as written come last in
		// reading order but rank first.
		assertThat(keys(index.search("negotiations", 1))).isEqualTo(page(ranking(key(90, 4), key(110, 7)), 1));
		SearchResults tiers = index.search("air corridors", 1);
		assertThat(keys(tiers)).isEqualTo(page(ranking(key(118, 9), key(60, 5)), 1));
		assertThat(tiers.hits()).extracting(Hit::score).startsWith(7f, 3f, 1f);
	}

	@Test
	void everyPageCanBeReachedAndPastTheCountLimitTheTotalIsExact() {
		List<String> ranking = ranking(key(90, 4), key(110, 7));
		assertThat(keys(index.search("negotiations", 2))).isEqualTo(page(ranking, 2));
		assertThat(keys(index.search("negotiations", 100))).isEqualTo(page(ranking, 100));
		// Past the count limit every match is counted, so the total is exact there.
		SearchResults past = index.search("negotiations", 101);
		assertThat(keys(past)).isEqualTo(page(ranking, 101));
		assertThat(past.totalIsLowerBound()).isFalse();
		assertThat(past.total()).isEqualTo(1200);
		assertThat(past.first()).isEqualTo(1001);
		SearchResults last = index.search("negotiations", 120);
		assertThat(keys(last)).isEqualTo(page(ranking, 120));
		assertThat(last.totalIsLowerBound()).isFalse();
		assertThat(last.total()).isEqualTo(1200);
		assertThat(last.hasNext()).isFalse();
		assertThat(index.search("negotiations", 500).page()).isEqualTo(120);
		assertThat(index.search("negotiations", Integer.MAX_VALUE).page()).isEqualTo(120);
	}

	@Test
	void theReadingPageMarksEveryMatchingPassageOfItsLetter() {
		Map<String, List<Range>> matches = new java.util.LinkedHashMap<>();
		index.matches(ManyLetters.slug(118), "air corridors")
			.forEach((match) -> matches.put(match.anchor(), match.ranges()));
		// The phrase first, as the results page ranks it, then the rest in reading order.
		assertThat(matches.keySet()).containsExactly("p9", "p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p10");
		String p9 = edition.letter(ManyLetters.slug(118)).orElseThrow().paragraph("p9").orElseThrow().text();
		assertThat(matches.get("p9")).extracting((range) -> p9.substring(range.start(), range.end()))
			.contains("air corridors");
	}

	@Test
	void aMisspeltCommonWordGetsItsSpelling() {
		SearchResults results = index.search("Tempelhoff", 1, SearchFilters.NONE, false);
		assertThat(results.total()).isZero();
		SearchResults instead = index.search("Tempelhoff", 1);
		assertThat(instead.showingSuggestion()).isTrue();
		assertThat(instead.total()).isEqualTo(1000);
		assertThat(results.suggestion()).isEqualTo("Tempelhof");
	}

}
