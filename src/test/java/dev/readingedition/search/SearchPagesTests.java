package dev.readingedition.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.readingedition.testing.EditionWebTest;
import dev.readingedition.testing.PageTestSupport;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.mock.web.MockHttpServletResponse;

import static dev.readingedition.testing.RealContent.SLUG;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search page, the JSON search and suggestions, the help page and the reading page's
 * marks of a search, over the real content in a {@code @WebMvcTest} slice.
 */
@EditionWebTest
class SearchPagesTests extends PageTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The answer at a path to a query as a search box sends it, or to none. */
	private MockHttpServletResponse search(String path, String query) {
		return get(path + (query == null ? "" : "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
	}

	@Test
	void theSearchPageListsHitsWithPlaceSnippetAndLink() {
		MockHttpServletResponse response = search("/search", "modus vivendi");
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(header(response, "Content-Type")).hasValue("text/html;charset=UTF-8");
		Document page = Jsoup.parse(body(response));
		assertThat(page.select("#search-query").val()).isEqualTo("modus vivendi");
		assertThat(page.select(".result-count").text()).isEqualTo("2 results for “modus vivendi”");
		assertThat(page.select(".hit").first().select(".hit-title").text())
			.isEqualTo("Letter From President Kennedy to Chairman Khrushchev");
		assertThat(page.select(".hit-place").eachText()).containsExactly("¶ 11 · p. 821",
				"Annotation: The four questions · p. 821");
		assertThat(page.select(".hit").first().select(".snippet mark").eachText()).containsExactly("modus vivendi");
		assertThat(page.select(".hit-link").first().attr("href"))
			.isEqualTo("/letters/" + SLUG + "?q=modus+vivendi#p11");
	}

	@Test
	void aNoteHitNamesTheNoteAndItsPage() {
		Document page = Jsoup.parse(body(search("/search", "Bohlen")));
		assertThat(page.select(".hit-place").eachText()).contains("Note 1 · p. 819", "Note 3 · p. 819");
		assertThat(page.select(".hit-link").eachAttr("href")).contains("/letters/" + SLUG + "?q=Bohlen#n3");
	}

	@Test
	void theHitLinkLandsOnTheReadingPageWithEveryMatchMarked() {
		MockHttpServletResponse response = search("/letters/" + SLUG, "Adzhubei");
		assertThat(response.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(body(response));
		assertThat(page.select("#p6 mark, #p8 mark, #p9 mark, #p12 mark")).hasSizeGreaterThanOrEqualTo(4);
		assertThat(page.select("mark").eachText()).containsOnly("Adzhubei", "Adzhubei’s");
		// One stop per passage the results page listed, its first mark numbered by that
		// order.
		assertThat(page.select("mark[id]").eachAttr("id")).containsExactlyInAnyOrder("m1", "m2", "m3", "m4", "m5", "m6",
				"m7", "m8", "m9", "m10");
		assertThat(page.select(".match-count").text()).isEqualTo("10 matches for “Adzhubei”");
		assertThat(page.select("#a-adzhubei mark#m1").text()).isEqualTo("Adzhubei");
		assertThat(page.select(".match-nav").attr("data-stops")).startsWith("a-adzhubei a-rada-adzhubei");
		assertThat(page.select(".match-next").attr("href")).isEqualTo("#a-rada-adzhubei");
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(SITE + "/letters/" + SLUG);
	}

	@Test
	void aPhraseIsMarkedOnTheReadingPageAsOneMatch() {
		Document page = Jsoup.parse(body(search("/letters/" + SLUG, "\"modus vivendi\"")));
		// Once in the letter, once in the gloss on the four questions that quotes it.
		assertThat(page.select("mark").eachText()).containsExactly("modus vivendi", "modus vivendi");
		assertThat(page.select("#a-four-questions mark#m2")).hasSize(1);
		assertThat(page.select("#p11 mark#m1")).hasSize(1);
	}

	@Test
	void anAnnotationHitNamesTheEntityAndLinksToItsGloss() {
		Document page = Jsoup.parse(body(search("/search", "Llewellyn")));
		assertThat(page.select(".hit-place").eachText())
			.anyMatch((place) -> place.startsWith("Annotation: Llewellyn E. Thompson, Jr. · p. "));
		assertThat(page.select(".hit-link").eachAttr("href")).contains("/letters/" + SLUG + "?q=Llewellyn#a-thompson");
		JsonNode api = JSON.readTree(body(search("/api/search", "Llewellyn")));
		boolean named = false;
		for (JsonNode hit : api.get("hits")) {
			if (hit.get("kind").asText().equals("annotation")) {
				assertThat(hit.get("annotation").asText()).isEqualTo("Llewellyn E. Thompson, Jr.");
				assertThat(hit.get("id").asText()).isEqualTo("a-thompson");
				named = true;
			}
		}
		assertThat(named).isTrue();
	}

	@Test
	void aQueryThatFindsNothingShowsTheResultsOfItsSuggestionAtOnce() {
		Document page = Jsoup.parse(body(search("/search", "Gromiko")));
		int gromyko = JSON.readTree(body(search("/api/search", "Gromyko"))).get("total").asInt();
		assertThat(page.select(".result-count").text()).isEqualTo(gromyko + " results for “Gromyko”");
		assertThat(page.select(".showing-suggestion").text())
			.isEqualTo("Showing results for Gromyko; search instead for Gromiko.");
		assertThat(page.select(".showing-suggestion a.as-typed").attr("href"))
			.isEqualTo("/search?q=Gromiko&as-typed=1");
		assertThat(page.select(".hit-link").first().attr("href")).contains("?q=Gromyko#");
		JsonNode api = JSON.readTree(body(search("/api/search", "Gromiko")));
		assertThat(api.get("query").asText()).isEqualTo("Gromiko");
		assertThat(api.get("suggestion").asText()).isEqualTo("Gromyko");
		assertThat(api.get("showingSuggestion").asBoolean()).isTrue();
		assertThat(api.get("total").asInt()).isEqualTo(gromyko).isPositive();
	}

	@Test
	void asTypedTheQueryFindsNothingAndTheSuggestionIsOffered() {
		Document page = Jsoup.parse(body(get("/search?q=Gromiko&as-typed=1")));
		assertThat(page.select(".result-count").text()).isEqualTo("0 results for “Gromiko”");
		assertThat(page.select(".suggestion").text()).isEqualTo("Did you mean Gromyko?");
		assertThat(page.select(".suggestion a").attr("href")).isEqualTo("/search?q=Gromyko");
		assertThat(page.select(".examples a")).isNotEmpty();
		assertThat(
				Jsoup.parse(body(search("/search", "Gromiko Thompson"))).select(".showing-suggestion a").first().text())
			.isEqualTo("Gromyko Thompson");
	}

	@Test
	void anEmptyQueryShowsTheSearchPageWithExamples() {
		for (String query : new String[] { null, "", "   " }) {
			MockHttpServletResponse response = search("/search", query);
			assertThat(response.getStatus()).isEqualTo(200);
			Document page = Jsoup.parse(body(response));
			assertThat(page.select(".examples a").eachText()).contains("\"modus vivendi\"", "Adzhubei");
			assertThat(page.select(".hit")).isEmpty();
		}
	}

	@Test
	void aQueryOverFiveHundredCharactersGetsA400ThatSaysSo() {
		String longQuery = "a".repeat(501);
		MockHttpServletResponse page = search("/search", longQuery);
		assertThat(page.getStatus()).isEqualTo(400);
		assertThat(Jsoup.parse(body(page)).select(".search-error").text()).isEqualTo(
				"Your search is 501 characters long; searches can be at most 500 characters. Shorten it and try again.");
		assertThat(search("/letters/" + SLUG, longQuery).getStatus()).isEqualTo(400);
		MockHttpServletResponse api = search("/api/search", longQuery);
		assertThat(api.getStatus()).isEqualTo(400);
		assertThat(JSON.readTree(body(api)).get("error").asText()).contains("at most 500 characters");
		assertThat(search("/search", "a".repeat(500)).getStatus()).isEqualTo(200);
	}

	@Test
	void aBadPageNumberGetsA400ThatSaysSo() {
		MockHttpServletResponse response = get("/search?q=the&page=abc");
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(body(response)).contains("The page of results must be a whole number from 1.");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "page=0|The page of results must be a whole number from 1.",
			"page=99999999999|The page of results must be a whole number from 1.",
			"from=1962-13-01|The parameter from takes a date written year-month-day, such as 1962-02-15, not '1962-13-01'.",
			"to=yesterday|The parameter to takes a date written year-month-day, such as 1962-02-15, not 'yesterday'.",
			"kind=letters|The parameter kind takes paragraph, note or annotation, not 'letters'.",
			"as-typed=perhaps|The parameter as-typed takes 1 (search for the words as typed) or 0, not 'perhaps'." })
	void aParameterOfTheWrongTypeGetsA400ThatSaysSoOnThePageAndInTheApi(String parameter, String reason)
			throws Exception {
		for (String route : List.of("/search", "/api/search")) {
			MockHttpServletResponse response = get(route + "?q=Berlin&" + parameter);
			assertThat(response.getStatus()).as(route).isEqualTo(400);
			if (route.startsWith("/api")) {
				assertThat(JSON.readTree(body(response)).get("error").asText()).isEqualTo(reason);
			}
			else {
				Document page = Jsoup.parse(body(response));
				assertThat(page.text()).contains(reason);
				// The search page itself, so the reader can search again at once.
				assertThat(page.select("form[role=search] input[name=q]")).isNotEmpty();
			}
		}
	}

	@Test
	void typedParametersNarrowTheSearch() {
		JsonNode notes = JSON
			.readTree(body(get("/api/search?q=Adzhubei&kind=note&from=1962-02-15&to=1962-02-15&page=1&as-typed=1")));
		assertThat(notes.get("hits")).isNotEmpty()
			.allSatisfy((hit) -> assertThat(hit.get("kind").asText()).isEqualTo("note"));
	}

	@Test
	void resultsComeTenAPageWithNextAndPreviousLinks() {
		Document first = Jsoup.parse(body(search("/search", "the")));
		assertThat(first.select(".hit")).hasSize(10);
		assertThat(first.select(".pages a[rel=next]").attr("href")).isEqualTo("/search?q=the&page=2");
		MockHttpServletResponse second = get("/search?q=the&page=2");
		Document page = Jsoup.parse(body(second));
		assertThat(page.select("ol.hits").attr("start")).isEqualTo("11");
		assertThat(page.select(".pages a[rel=prev]").attr("href")).isEqualTo("/search?q=the");
	}

	@Test
	void theApiAnswersJsonWithTheSameHits() {
		MockHttpServletResponse response = search("/api/search", "modus vivendi");
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(header(response, "Content-Type")).hasValue("application/json");
		JsonNode body = JSON.readTree(body(response));
		assertThat(body.get("total").asInt()).isEqualTo(2);
		assertThat(body.get("totalIsLowerBound").asBoolean()).isFalse();
		JsonNode hit = body.get("hits").get(0);
		assertThat(hit.get("document").asText()).isEqualTo(SLUG);
		assertThat(hit.get("id").asText()).isEqualTo("p11");
		assertThat(hit.get("url").asText()).isEqualTo("/letters/" + SLUG + "?q=modus+vivendi#p11");
		assertThat(hit.get("paragraph").asInt()).isEqualTo(11);
		assertThat(hit.get("page").asInt()).isEqualTo(821);
		assertThat(hit.get("kind").asText()).isEqualTo("paragraph");
		JsonNode highlight = hit.get("highlights").get(0);
		assertThat(hit.get("snippet").asText().substring(highlight.get("start").asInt(), highlight.get("end").asInt()))
			.isEqualTo("modus vivendi");
		assertThat(hit.get("score").asDouble()).isPositive();
	}

	@Test
	void theApiNamesNotesAsNotes() {
		JsonNode body = JSON.readTree(body(search("/api/search", "Bolshakov")));
		JsonNode hit = null;
		for (JsonNode candidate : body.get("hits")) {
			if (candidate.get("letter") == null || candidate.toString().contains("kennedy-to-khrushchev-1962-02-15")) {
				if (!"annotation".equals(candidate.get("kind").asText())) {
					hit = candidate;
					break;
				}
			}
		}
		assertThat(hit).as("a hit that is not a gloss").isNotNull();
		assertThat(hit.get("kind").asText()).isEqualTo("note");
		assertThat(hit.get("note").asText()).isEqualTo("3");
		assertThat(hit.get("paragraph").isNull()).isTrue();
	}

	@Test
	void theApiExplainsAMissingQueryAsJson() {
		MockHttpServletResponse response = search("/api/search", null);
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(header(response, "Content-Type").orElseThrow()).startsWith("application/json");
		assertThat(JSON.readTree(body(response)).get("error").asText()).contains("parameter q");
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"", "(", ")", "AND", "OR", "NOT", "*", "?", "~", "\\", ":", "[", "{", "\"modus",
			"modus\"vivendi", "😀 Berlin", "\u0001\u0002 Berlin \u007f", "<script>alert(1)</script>",
			"\"><img src=x onerror=alert(1)>" })
	void badInputIsAnsweredClearlyAndNeverEchoedRaw(String query) {
		for (String path : List.of("/search", "/api/search", "/letters/" + SLUG)) {
			MockHttpServletResponse response = search(path, query);
			assertThat(response.getStatus()).as("%s %s", path, query).isIn(200, 400);
			assertThat(body(response)).as("%s %s", path, query)
				.doesNotContain("<script>alert(1)</script>")
				.doesNotContain("<img src=x")
				.doesNotContain("Exception");
		}
	}

	@Test
	void everyPageCarriesTheSearchBox() {
		for (String path : List.of("/", "/letters", "/letters/" + SLUG, "/search", "/letters/nothing-here")) {
			Document page = Jsoup.parse(body(search(path, null)));
			assertThat(page.select("header form[role=search][action=/search][method=get] input[name=q]")).as(path)
				.hasSize(1);
		}
	}

	@Test
	void airCorridorsIsListedOnThePageItIsPrintedOn() {
		Document page = Jsoup.parse(body(search("/search", "air corridors")));
		assertThat(page.select(".hit-place").eachText()).contains("¶ 7 · p. 821");
		JsonNode api = JSON.readTree(body(search("/api/search", "air corridors")));
		for (JsonNode hit : api.get("hits")) {
			if (hit.get("id").asText().equals("p7")) {
				assertThat(hit.get("page").asInt()).isEqualTo(821);
			}
			if (hit.get("id").asText().equals("a-west-berlin")) {
				assertThat(hit.get("page").asInt()).isEqualTo(820);
			}
		}
		assertThat(api.get("hits").findValuesAsString("id")).contains("p7", "a-west-berlin");
	}

	@Test
	void adzhubeiPutsHisGlossFirstAndCountsEachKind() {
		Document page = Jsoup.parse(body(get("/search?q=Adzhubei&letter=" + SLUG)));
		assertThat(page.select(".hit-place").first().text()).isEqualTo("Annotation: Aleksei I. Adzhubei · p. 820");
		assertThat(page.select(".kind-counts a").eachText()).containsExactly("Names and terms 3", "The letter’s text 4",
				"Notes 3");
		assertThat(page.select(".hit-group-kind").eachText()).containsExactly("Names and terms 3",
				"The letter’s text 4", "Notes 3");
		assertThat(page.select(".kind-counts a").get(2).attr("href"))
			.isEqualTo("/search?q=Adzhubei&letter=" + SLUG + "&kind=note");
		Document notes = Jsoup.parse(body(get("/search?q=Adzhubei&letter=" + SLUG + "&kind=note")));
		assertThat(notes.select(".hit-place").eachText()).containsExactly("Note 2 · p. 819", "Note 4 · p. 820",
				"Note 5 · p. 821");
		// The counts still lead to the other kinds.
		assertThat(notes.select(".kind-counts a").eachText()).contains("Names and terms 3", "Every kind");
		JsonNode api = JSON.readTree(body(get("/api/search?q=Adzhubei&letter=" + SLUG)));
		assertThat(api.get("hits").get(0).get("id").asText()).isEqualTo("a-adzhubei");
		assertThat(api.get("kinds").toString()).isEqualTo(
				"[{\"kind\":\"annotation\",\"count\":3},{\"kind\":\"paragraph\",\"count\":4},{\"kind\":\"note\",\"count\":3}]");
	}

	@Test
	void theResultsPageAndTheReadingPageCountTheSameMatchesInTheSameOrder() {
		for (String query : List.of("Adzhubei", "modus vivendi", "air corridors", "berlin corridors", "Sorensen")) {
			Document results = Jsoup
				.parse(body(get("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&letter=" + SLUG)));
			Document reading = Jsoup.parse(body(search("/letters/" + SLUG, query)));
			List<String> listed = results.select(".hit-link")
				.eachAttr("href")
				.stream()
				.filter((href) -> href.startsWith("/letters/" + SLUG + "?"))
				.map((href) -> href.substring(href.indexOf('#') + 1))
				.toList();
			assertThat(reading.select(".match-nav").attr("data-stops")).as(query).isEqualTo(String.join(" ", listed));
			assertThat(reading.select(".match-count").text()).as(query)
				.startsWith(listed.size() + (listed.size() == 1 ? " match " : " matches "));
		}
	}

	@Test
	void aHitInANoteOrAGlossIsMarkedThere() {
		Document reading = Jsoup.parse(body(search("/letters/" + SLUG, "berlin corridors")));
		assertThat(reading.select("#a-west-berlin mark").eachText()).contains("Berlin");
		assertThat(reading.select("#a-west-berlin mark[id]")).hasSize(1);
		Document sorensen = Jsoup.parse(body(search("/letters/" + SLUG, "Sorensen")));
		assertThat(sorensen.select("#n5 mark").eachText()).containsOnly("Sorensen");
		// Bohlen stands in two notes (the source note and note 3): both are marked.
		Document bohlen = Jsoup.parse(body(search("/letters/" + SLUG, "Bohlen")));
		// (the source note has "Bohlen’s", which the mark covers whole, as a word).
		assertThat(bohlen.select("#n1 mark").eachText()).isNotEmpty().allMatch((mark) -> mark.startsWith("Bohlen"));
		assertThat(bohlen.select("#n3 mark").eachText()).isNotEmpty().allMatch((mark) -> mark.startsWith("Bohlen"));
		// A gloss is marked in its words and its heading, never in its kind or sources.
		Document thompson = Jsoup.parse(body(search("/letters/" + SLUG, "Llewellyn")));
		assertThat(thompson.select("#a-thompson > b mark").text()).isEqualTo("Llewellyn");
		assertThat(thompson.select("#a-thompson .kind mark, #a-thompson small mark")).isEmpty();
	}

	@Test
	void suggestionsAsYouTypeComeFromTheRegisterAndTheIndex() {
		MockHttpServletResponse response = search("/api/suggest", "adz");
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(header(response, "Content-Type")).hasValue("application/json");
		JsonNode body = JSON.readTree(body(response));
		assertThat(body.get("query").asText()).isEqualTo("adz");
		JsonNode first = body.get("suggestions").get(0);
		assertThat(first.get("text").asText()).isEqualTo("Aleksei I. Adzhubei");
		assertThat(first.get("kind").asText()).isEqualTo("person");
		assertThat(first.get("url").asText()).isEqualTo("/search?q=%22Aleksei+I.+Adzhubei%22");
		assertThat(body.get("suggestions").findValuesAsString("text")).contains("Adzhubei");
		assertThat(body.get("suggestions").size()).isLessThanOrEqualTo(8);
		assertThat(JSON.readTree(body(search("/api/suggest", "a"))).get("suggestions")).isEmpty();
		assertThat(JSON.readTree(body(search("/api/suggest", null))).get("suggestions")).isEmpty();
		MockHttpServletResponse tooLong = search("/api/suggest", "a".repeat(101));
		assertThat(tooLong.getStatus()).isEqualTo(400);
		assertThat(JSON.readTree(body(tooLong)).get("error").asText()).contains("at most 100 characters");
		// Every suggestion's search finds something.
		for (JsonNode suggestion : body.get("suggestions")) {
			JsonNode found = JSON.readTree(body(search("/api/search", suggestion.get("query").asText())));
			assertThat(found.get("total").asInt()).as(suggestion.toString()).isPositive();
		}
	}

	@Test
	void theHelpPageIsRenderedFromMarkdownAndEveryExampleFindsSomething() {
		MockHttpServletResponse response = search("/search/help", null);
		assertThat(response.getStatus()).isEqualTo(200);
		Document help = Jsoup.parse(body(response));
		assertThat(help.select("h1").text()).isEqualTo("Searching the letters");
		assertThat(help.select(".help-text h2").eachText()).contains("What you can type", "What does not matter",
				"When nothing is found");
		List<String> examples = help.select(".help-text a[href^=/search?q=]").eachAttr("href");
		assertThat(examples).hasSizeGreaterThanOrEqualTo(8);
		for (String example : examples) {
			JsonNode found = JSON.readTree(body(get("/api" + example)));
			assertThat(found.get("total").asInt()).as(example).isPositive();
		}
		// Linked from every search form: the one in each page's header and the search
		// page's own.
		for (String path : List.of("/", "/letters/" + SLUG, "/search", "/search?q=Berlin")) {
			Document page = Jsoup.parse(body(search(path, null)));
			assertThat(
					page.select("form[role=search] a[href=/search/help], form[role=search] ~ p a[href=/search/help]"))
				.as(path)
				.isNotEmpty();
			assertThat(page.select("header form[role=search] a[href=/search/help]")).as(path).hasSize(1);
		}
	}

}
