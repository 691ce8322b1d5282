package dev.readingedition.search;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.readingedition.edition.Edition;
import dev.readingedition.edition.EditionLoader;
import dev.readingedition.edition.LetterParser;
import dev.readingedition.edition.TextMarker.Range;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.readingedition.testing.RealContent.SLUG;
import static org.assertj.core.api.Assertions.assertThat;

class SearchIndexTests {

	private static Edition edition;

	private static SearchIndex index;

	@BeforeAll
	static void indexTheRealContent() {
		// The February 15 letter alone, so that these tests of ranking and marking within
		// a letter keep their
		// meaning as letters are added (search across letters is tested on the whole
		// edition elsewhere).
		Edition all = new EditionLoader(new LetterParser()).load(Path.of("content"));
		edition = new Edition(List.of(all.letter(SLUG).orElseThrow()), all.register());
		index = SearchIndex.of(edition);
	}

	@AfterAll
	static void close() throws Exception {
		index.close();
	}

	/** The reading page's matches of a query, by anchor. */
	private static Map<String, List<Range>> ranges(String slug, String query) {
		Map<String, List<Range>> ranges = new LinkedHashMap<>();
		index.matches(slug, query).forEach((match) -> ranges.put(match.anchor(), match.ranges()));
		return ranges;
	}

	private static List<String> anchors(String query) {
		return index.search(query, 1).hits().stream().map(Hit::anchor).toList();
	}

	@Test
	void holdsOneEntryPerParagraphNoteAndAnnotation() {
		assertThat(index.size()).isEqualTo(12 + 5 + edition.letter(SLUG).orElseThrow().annotations().size());
	}

	@Test
	void aNameFromTheRegisterFindsTheAnnotationAndTheParagraphsThatMentionIt() {
		SearchResults results = index.search("Llewellyn", 1);
		List<String> found = results.hits().stream().map(Hit::anchor).toList();
		List<String> mentioning = edition.letter(SLUG)
			.orElseThrow()
			.paragraphsMentioning("thompson")
			.stream()
			.map((paragraph) -> paragraph.id())
			.toList();
		assertThat(mentioning).isNotEmpty();
		assertThat(found).contains("a-thompson").containsAll(mentioning);
		Hit annotation = results.hits()
			.stream()
			.filter((hit) -> hit.kind() == Hit.Kind.ANNOTATION)
			.findFirst()
			.orElseThrow();
		assertThat(annotation.annotation()).isEqualTo("Llewellyn E. Thompson, Jr.");
		assertThat(annotation.paragraph()).isNull();
		assertThat(annotation.place()).startsWith("Annotation: Llewellyn E. Thompson, Jr. · p. ");
		assertThat(annotation.path()).isEqualTo("/letters/" + SLUG + "#a-thompson");
		Hit p1 = results.hits().stream().filter((hit) -> hit.anchor().equals("p1")).findFirst().orElseThrow();
		assertThat(p1.pieces()).filteredOn(Hit.Piece::marked)
			.extracting(Hit.Piece::text)
			.containsExactly("Ambassador Thompson");
	}

	@Test
	void aNameMarksTheMentionsOnTheReadingPage() {
		Map<String, List<Range>> matches = ranges(SLUG, "Llewellyn");
		String p1 = edition.letter(SLUG).orElseThrow().paragraph("p1").orElseThrow().text();
		Range first = matches.get("p1").get(0);
		assertThat(p1.substring(first.start(), first.end())).isEqualTo("Ambassador Thompson");
		// The gloss matched by its heading, the entity's name: it is marked there, not in
		// its words.
		PassageMatch gloss = index.matches(SLUG, "Llewellyn").get(0);
		assertThat(gloss.anchor()).isEqualTo("a-thompson");
		assertThat(gloss.nameRanges()).containsExactly(new Range(0, "Llewellyn".length()));
		assertThat(gloss.ranges()).isEmpty();
	}

	@Test
	void modusVivendiFindsExactlyParagraphElevenInTheLetter() {
		SearchResults results = index.search("modus vivendi", 1);
		// The letter uses the phrase once; the gloss on the four questions quotes it too.
		assertThat(results.hits()).filteredOn((hit) -> hit.kind() != Hit.Kind.ANNOTATION).hasSize(1);
		assertThat(results.hits()).extracting(Hit::anchor).containsExactly("p11", "a-four-questions");
		Hit hit = results.hits().get(0);
		assertThat(hit.anchor()).isEqualTo("p11");
		assertThat(hit.kind()).isEqualTo(Hit.Kind.PARAGRAPH);
		assertThat(hit.paragraph()).isEqualTo(11);
		assertThat(hit.note()).isNull();
		assertThat(hit.page()).isEqualTo(821);
		assertThat(hit.path()).isEqualTo("/letters/" + SLUG + "#p11");
		Range range = hit.highlights().get(0);
		assertThat(hit.snippet().substring(range.start(), range.end())).isEqualTo("modus vivendi");
	}

	@Test
	void theQuotedPhraseIsMarkedAsOneSpan() {
		Hit hit = index.search("\"modus vivendi\"", 1).hits().get(0);
		assertThat(hit.highlights()).hasSize(1);
		assertThat(hit.pieces()).filteredOn(Hit.Piece::marked)
			.extracting(Hit.Piece::text)
			.containsExactly("modus vivendi");
	}

	@Test
	void positionsOfStrengthPutsTheTermsGlossAndThenParagraphTwoFirst() {
		// The term is in the register: its own gloss comes first, then the letter's text,
		// p2 first.
		assertThat(anchors("positions of strength")).startsWith("a-positions-of-strength", "p2");
		assertThat(anchors("\"positions of strength\"")).startsWith("a-positions-of-strength", "p2");
	}

	@Test
	void adzhubeiFindsTheParagraphsAndTheNotesThatNameHim() {
		List<String> found = anchors("Adzhubei");
		assertThat(found).contains("p6", "p8", "p9", "p12", "n2", "n4", "n5");
		assertThat(found).filteredOn((anchor) -> anchor.startsWith("p")).containsExactly("p6", "p8", "p9", "p12");
	}

	@Test
	void airCorridorsFindsParagraphSeven() {
		assertThat(anchors("air corridors")).filteredOn((anchor) -> anchor.startsWith("p")).first().isEqualTo("p7");
		assertThat(anchors("\"air corridors\"")).contains("p7", "a-air-corridors");
	}

	@Test
	void stemmingFindsOtherFormsOfAWord() {
		SearchResults results = index.search("negotiating", 1);
		assertThat(results.hits()).extracting(Hit::anchor).contains("p6", "p8");
		Hit p8 = results.hits().stream().filter((hit) -> hit.anchor().equals("p8")).findFirst().orElseThrow();
		assertThat(p8.pieces()).filteredOn(Hit.Piece::marked).extracting(Hit.Piece::text).contains("negotiation");
	}

	@Test
	void caseAndAccentsDoNotMatter() {
		assertThat(anchors("gromyko")).isEqualTo(anchors("Gromyko")).isNotEmpty();
		assertThat(anchors("Adzhubéi")).isEqualTo(anchors("Adzhubei"));
	}

	@Test
	void exactWordingRanksBeforeStemmedMatchesAndTiesFollowReadingOrder() {
		// "negotiations" as written stands in p6 (and in note texts); stemmed forms like
		// "negotiation" only after.
		List<String> found = anchors("negotiations");
		assertThat(found.indexOf("p6")).isLessThan(found.indexOf("p8"));
		List<String> adzhubei = anchors("Adzhubei");
		assertThat(adzhubei).containsSubsequence("p6", "p8", "p9", "p12");
	}

	@Test
	void theOperatorsPeopleTypeWork() {
		assertThat(anchors("Thompson Gromyko")).contains("p1", "p2", "p9").doesNotContain("p7");
		assertThat(anchors("Thompson -Gromyko")).contains("p7").doesNotContain("p1");
		assertThat(anchors("vivendi OR corridors")).contains("p7", "p11");
		assertThat(anchors("vivend*")).filteredOn((anchor) -> anchor.startsWith("p")).containsExactly("p11");
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"", "(", ")", "AND", "OR", "NOT", "*", "?", "~", "\\", ":", "[", "{", "\"modus",
			"modus\"vivendi", "😀", "\u0000\u0007", "<script>alert(1)</script>", "-", "+", "|", "\"\"", "((modus",
			"modus)))", "a\\", "~1", "*modus*" })
	void oddInputIsTakenInStride(String query) {
		SearchResults results = index.search(query, 1);
		assertThat(results.total()).isNotNegative();
	}

	@Test
	void anUnbalancedQuoteStillFindsTheWords() {
		assertThat(anchors("\"modus")).contains("p11");
	}

	@Test
	void aMisspeltWordGetsASpellingFromTheEditionsOwnWords() {
		assertThat(index.search("modus vivendy", 1).suggestion()).isEqualTo("modus vivendi");
		SearchResults gromiko = index.search("Gromiko", 1, SearchFilters.NONE, false);
		assertThat(gromiko.total()).isZero();
		assertThat(gromiko.suggestion()).isEqualTo("Gromyko");
		assertThat(index.search("modus vivendi", 1).suggestion()).isNull();
		assertThat(index.search("zzzzqqq", 1).suggestion()).isNull();
	}

	@Test
	void aPrefixThatStartsWordsOfTheEditionNeedsNoOtherSpelling() {
		assertThat(index.search("negot*", 1).suggestion()).isNull();
		assertThat(index.search("vivend*", 1).suggestion()).isNull();
		assertThat(index.search("vivemd*", 1).suggestion()).isEqualTo("vivendi*");
	}

	@Test
	void resultsComeTenAPage() {
		SearchResults first = index.search("the", 1);
		assertThat(first.total()).isGreaterThan(10);
		assertThat(first.hits()).hasSize(10);
		SearchResults second = index.search("the", 2);
		assertThat(second.first()).isEqualTo(11);
		assertThat(second.hits()).hasSize(Math.min(10, first.total() - 10));
		assertThat(second.hits()).extracting(Hit::anchor)
			.doesNotContainAnyElementsOf(first.hits().stream().map(Hit::anchor).toList());
		assertThat(index.search("the", 99).page()).isEqualTo(first.pages());
	}

	@Test
	void matchesInALetterAreRangesOfEachPassagesText() {
		Map<String, List<Range>> matches = ranges(SLUG, "Adzhubei");
		assertThat(matches.keySet()).contains("p6", "p8", "p9", "p12", "n4", "a-adzhubei");
		String p12 = edition.letter(SLUG).orElseThrow().paragraph("p12").orElseThrow().text();
		for (Range range : matches.get("p12")) {
			assertThat(p12.substring(range.start(), range.end())).isEqualTo("Adzhubei");
		}
		assertThat(ranges(SLUG, "modus vivendi")).containsOnlyKeys("p11", "a-four-questions");
		assertThat(index.matches("another-letter", "modus vivendi")).isEmpty();
	}

	@Test
	void wordOrBecomesTheOperatorOnlyOutsideQuotes() {
		assertThat(UserQuery.wordOrToPipe("war OR peace")).isEqualTo("war | peace");
		assertThat(UserQuery.wordOrToPipe("\"war OR peace\"")).isEqualTo("\"war OR peace\"");
		assertThat(UserQuery.wordOrToPipe("ORDER or OR")).isEqualTo("ORDER or |");
	}

}
