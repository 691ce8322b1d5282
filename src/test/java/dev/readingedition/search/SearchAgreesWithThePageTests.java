package dev.readingedition.search;

import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

import dev.readingedition.edition.Edition;
import dev.readingedition.edition.EditionLoader;
import dev.readingedition.edition.Letter;
import dev.readingedition.edition.LetterParser;
import dev.readingedition.testing.TestLetters;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static dev.readingedition.testing.RealContent.SLUG;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What issue 13 asks of search, on the real letter: the page of the match, snippets cut
 * at sentences that know abbreviations, the entity's own gloss first for a name,
 * suggestions in the text's own form and shown at once.
 */
class SearchAgreesWithThePageTests {

	private static SearchIndex index;

	@BeforeAll
	static void indexTheRealContent() {
		index = SearchIndex.of(new EditionLoader(new LetterParser()).load(Path.of("content")));
	}

	@AfterAll
	static void close() throws Exception {
		index.close();
	}

	/** The February 15 letter's results: the edition holds the letters around it too. */
	private static SearchResults inLetter(String query) {
		return index.search(query, 1, SearchFilters.letter(SLUG));
	}

	private static Hit hit(String query, String anchor) {
		return inLetter(query).hits()
			.stream()
			.filter((hit) -> hit.anchor().equals(anchor))
			.findFirst()
			.orElseThrow(() -> new AssertionError(query + " does not find " + anchor));
	}

	@Test
	void aMatchBeforeAndAfterAPageBreakInOneParagraphNamesThePageItIsPrintedOn() throws Exception {
		Letter letter = new LetterParser().parse("content/test.md", TestLetters.markdown("paged", 1, "Paged", 10, """
				The alpha words stand on the first page, and [Page 11] the omega words on the next.

				A second paragraph, all of it on the page of zeta.
				"""));
		try (SearchIndex paged = SearchIndex.of(new Edition(List.of(letter)))) {
			Hit before = paged.search("alpha", 1).hits().get(0);
			Hit after = paged.search("omega", 1).hits().get(0);
			assertThat(before.anchor()).isEqualTo(after.anchor()).isEqualTo("p1");
			assertThat(before.page()).isEqualTo(10);
			assertThat(after.page()).isEqualTo(11);
			// A passage is cited by its first match: "alpha … omega" starts on page 10.
			assertThat(paged.search("alpha omega", 1).hits().get(0).page()).isEqualTo(10);
			assertThat(paged.search("zeta", 1).hits().get(0).place()).isEqualTo("\u00b6 2 \u00b7 p. 11");
		}
	}

	@Test
	void airCorridorsIsCitedByThePageItIsPrintedOnAndTheWestBerlinGlossByItsMentionsPage() {
		assertThat(hit("air corridors", "p7").page()).isEqualTo(821);
		assertThat(hit("air corridors", "p7").place()).isEqualTo("\u00b6 7 \u00b7 p. 821");
		// West Berlin is first mentioned after the [820] marker of paragraph 3.
		assertThat(hit("West Berlin", "a-west-berlin").page()).isEqualTo(820);
	}

	@Test
	void sentencesDoNotEndAtAbbreviationsOrInitials() {
		String text = "I had talks with Mr. Adzhubei and Messrs. Thompson and Gromyko, as vol. VI prints in doc. 27, "
				+ "i.e. in full. Robert F. Kennedy took it. Then the talks ended.";
		SentenceBreaks breaks = new SentenceBreaks();
		breaks.setText(text);
		List<String> sentences = new ArrayList<>();
		for (int start = breaks.first(),
				end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
			sentences.add(text.substring(start, end).strip());
		}
		assertThat(sentences).containsExactly(
				"I had talks with Mr. Adzhubei and Messrs. Thompson and Gromyko, as vol. VI prints in doc. 27, i.e. in full.",
				"Robert F. Kennedy took it.", "Then the talks ended.");
	}

	@Test
	void aSnippetHoldsMrAdzhubeiInsideItsSentenceAndMarksWhereItCuts() {
		Hit p8 = hit("desirability", "p8");
		assertThat(p8.snippet()).startsWith("I had understood, from my conversations with Mr. Adzhubei as well as my "
				+ "earlier talks with Mr. Gromyko, that both sides recognized the desirability");
		// The paragraph goes on after that sentence: the snippet says so.
		assertThat(p8.snippet()).endsWith(" …");
		Hit n2 = hit("confidential", "n2");
		assertThat(n2.snippet())
			.startsWith("Khrushchev’s letter of December 13, 1961, printed in FRUS vol. VI as doc. 27, "
					+ "answered Kennedy’s confidential letter");
		for (Hit hit : inLetter("Adzhubei").hits()) {
			String snippet = hit.snippet();
			assertThat(snippet).as(hit.anchor()).doesNotStartWith("Adzhubei").doesNotStartWith("VI as");
			// Either the passage's own start, or an ellipsis and then a word.
			assertThat(snippet.startsWith("… ") || Character.isUpperCase(snippet.codePointAt(0))).as(snippet).isTrue();
		}
	}

	@Test
	void aLongSentenceIsCutAtWordBoundariesWithEllipses() {
		Hit p6 = hit("Adzhubei", "p6");
		assertThat(p6.snippet()).startsWith("… ").endsWith(" …");
		String inner = p6.snippet().substring(2, p6.snippet().length() - 2);
		assertThat(inner).doesNotStartWith(" ").doesNotEndWith(" ");
		String text = inLetter("Adzhubei").hits()
			.stream()
			.filter((h) -> h.anchor().equals("p6"))
			.findFirst()
			.orElseThrow()
			.snippet();
		assertThat(text).contains("as I said to Mr. Adzhubei, that world conditions");
	}

	@Test
	void aNamePutsTheEntitysOwnGlossFirstThenThePlacesThatMentionItInReadingOrder() {
		List<Hit> hits = inLetter("Adzhubei").hits();
		assertThat(hits.get(0).anchor()).isEqualTo("a-adzhubei");
		assertThat(hits).extracting(Hit::anchor).containsSubsequence("a-adzhubei", "p6", "p8", "p9", "p12");
		assertThat(hits).filteredOn((hit) -> hit.kind() == Hit.Kind.PARAGRAPH)
			.extracting(Hit::anchor)
			.containsExactly("p6", "p8", "p9", "p12");
		assertThat(inLetter("Thompson").hits().get(0).anchor()).isEqualTo("a-thompson");
		// Across the edition, the name leads to each letter that holds it, its gloss
		// first in each.
		List<SearchResults.LetterCount> letters = index.search("Adzhubei", 1).letters();
		assertThat(letters).extracting(SearchResults.LetterCount::slug).contains(SLUG);
		assertThat(letters.size()).isGreaterThan(1);
	}

	@Test
	void resultsAreGroupedByKindWithACountForEach() {
		SearchResults results = inLetter("Adzhubei");
		assertThat(results.kinds()).extracting((k) -> k.kind() + "=" + k.count())
			.containsExactly("ANNOTATION=3", "PARAGRAPH=4", "NOTE=3");
		assertThat(results.groups()).hasSize(1);
		assertThat(results.groups().get(0).kinds())
			.extracting((k) -> k.kind() + ":" + k.hits().size() + "/" + k.first())
			.containsExactly("ANNOTATION:3/1", "PARAGRAPH:4/4", "NOTE:3/8");
	}

	@Test
	void theReadingPagesMatchesAreTheResultsOfThatLetterInTheSameOrder() {
		for (String query : List.of("Adzhubei", "modus vivendi", "air corridors", "berlin corridors", "Llewellyn")) {
			List<String> results = inLetter(query).hits().stream().map(Hit::anchor).toList();
			List<String> marked = index.matches(SLUG, query).stream().map(PassageMatch::anchor).toList();
			assertThat(marked).as(query).isEqualTo(results);
		}
		PassageMatch gloss = index.matches(SLUG, "berlin corridors")
			.stream()
			.filter((m) -> m.anchor().equals("a-west-berlin"))
			.findFirst()
			.orElseThrow();
		assertThat(gloss.ranges()).isNotEmpty();
	}

	@Test
	void suggestionsKeepTheTextsOwnFormAndTheRestOfTheQuery() {
		assertThat(index.suggest("Gromiko")).isEqualTo("Gromyko");
		assertThat(index.suggest("gromiko")).isEqualTo("Gromyko");
		assertThat(index.suggest("Gromiko Thompson")).isEqualTo("Gromyko Thompson");
		assertThat(index.suggest("\"modus vivendy\"")).isEqualTo("\"modus vivendi\"");
		assertThat(index.suggest("Krushchev -Berlin")).isEqualTo("Khrushchev -Berlin");
		assertThat(index.suggest("Gromyko")).isNull();
	}

	@Test
	void aQueryThatFindsNothingShowsItsSuggestionsResultsAtOnce() {
		SearchResults results = index.search("Gromiko", 1);
		assertThat(results.query()).isEqualTo("Gromiko");
		assertThat(results.suggestion()).isEqualTo("Gromyko");
		assertThat(results.showingSuggestion()).isTrue();
		assertThat(results.shown()).isEqualTo("Gromyko");
		assertThat(results.total()).isEqualTo(index.search("Gromyko", 1).total()).isPositive();
		assertThat(index.search("Gromiko", 1, SearchFilters.NONE, false).total()).isZero();
	}

	@Test
	void suggestionsAsYouTypeOfferNamesThenWordsInTheirOwnForm() {
		List<Completion> adz = index.complete("adz");
		assertThat(adz).extracting(Completion::text)
			.startsWith("Aleksei I. Adzhubei", "Rada N. Adzhubei")
			.contains("Adzhubei");
		assertThat(adz.get(0).kind()).isEqualTo("person");
		assertThat(adz).extracting(Completion::kind).contains("word");
		assertThat(index.complete("modus viv")).extracting(Completion::text).contains("modus vivendi");
		assertThat(index.complete("a")).isEmpty();
		assertThat(index.complete("")).isEmpty();
		assertThat(index.complete("the")).hasSizeLessThanOrEqualTo(SearchIndex.MAX_COMPLETIONS);
		assertThat(index.complete("zzqx")).isEmpty();
	}

}
