package dev.readingedition.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchPagesTests {

	private static final String SLUG = "kennedy-to-khrushchev-1962-02-15";

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	private HttpResponse<String> get(String path, String query) throws Exception {
		String uri = "http://localhost:" + port + path
				+ (query == null ? "" : "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
		return CLIENT.send(HttpRequest.newBuilder(URI.create(uri)).build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void theSearchPageListsHitsWithPlaceSnippetAndLink() throws Exception {
		HttpResponse<String> response = get("/search", "modus vivendi");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("#search-query").val()).isEqualTo("modus vivendi");
		assertThat(page.select(".result-count").text()).isEqualTo("2 results for “modus vivendi”");
		assertThat(page.select(".hit").first().select(".hit-title").text())
			.isEqualTo("Letter From President Kennedy to Chairman Khrushchev");
		assertThat(page.select(".hit-place").eachText()).containsExactly("¶ 11 · p. 821",
				"Annotation: The four questions · p. 821");
		assertThat(page.select(".hit").first().select(".snippet mark").eachText()).containsExactly("modus vivendi");
		assertThat(page.select(".hit-link").first().attr("href")).isEqualTo("/letters/" + SLUG + "?q=modus+vivendi#p11");
	}

	@Test
	void aNoteHitNamesTheNoteAndItsPage() throws Exception {
		Document page = Jsoup.parse(get("/search", "Bohlen").body());
		assertThat(page.select(".hit-place").eachText()).contains("Note 1 · p. 819", "Note 3 · p. 819");
		assertThat(page.select(".hit-link").eachAttr("href")).contains("/letters/" + SLUG + "?q=Bohlen#n3");
	}

	@Test
	void theHitLinkLandsOnTheReadingPageWithEveryMatchMarked() throws Exception {
		HttpResponse<String> response = get("/letters/" + SLUG, "Adzhubei");
		assertThat(response.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("#p6 mark, #p8 mark, #p9 mark, #p12 mark")).hasSizeGreaterThanOrEqualTo(4);
		assertThat(page.select("mark").eachText()).containsOnly("Adzhubei");
		assertThat(page.select("mark[id]").eachAttr("id")).startsWith("m1", "m2");
		assertThat(page.select(".match-count").text()).isEqualTo(page.select("mark[id]").size() + " matches for “Adzhubei”");
		assertThat(page.select(".match-next").attr("href")).isEqualTo("#m2");
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost:" + port + "/letters/" + SLUG);
	}

	@Test
	void aPhraseIsMarkedOnTheReadingPageAsOneMatch() throws Exception {
		Document page = Jsoup.parse(get("/letters/" + SLUG, "\"modus vivendi\"").body());
		assertThat(page.select("mark").eachText()).containsExactly("modus vivendi");
		assertThat(page.select("#p11 mark#m1")).hasSize(1);
	}

	@Test
	void anAnnotationHitNamesTheEntityAndLinksToItsGloss() throws Exception {
		Document page = Jsoup.parse(get("/search", "Llewellyn").body());
		assertThat(page.select(".hit-place").eachText()).anyMatch((place) -> place.startsWith(
				"Annotation: Llewellyn E. Thompson, Jr. · p. "));
		assertThat(page.select(".hit-link").eachAttr("href")).contains("/letters/" + SLUG + "?q=Llewellyn#a-thompson");
		JsonNode api = JSON.readTree(get("/api/search", "Llewellyn").body());
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
	void noResultsSaysSoAndSuggestsASpelling() throws Exception {
		Document page = Jsoup.parse(get("/search", "Gromiko").body());
		assertThat(page.select(".result-count").text()).isEqualTo("0 results for “Gromiko”");
		assertThat(page.select(".suggestion a").text()).isEqualTo("gromyko");
		assertThat(page.select(".suggestion a").attr("href")).isEqualTo("/search?q=gromyko");
		assertThat(page.select(".examples a")).isNotEmpty();
	}

	@Test
	void anEmptyQueryShowsTheSearchPageWithExamples() throws Exception {
		for (String query : new String[] { null, "", "   " }) {
			HttpResponse<String> response = get("/search", query);
			assertThat(response.statusCode()).isEqualTo(200);
			Document page = Jsoup.parse(response.body());
			assertThat(page.select(".examples a").eachText()).contains("\"modus vivendi\"", "Adzhubei");
			assertThat(page.select(".hit")).isEmpty();
		}
	}

	@Test
	void aQueryOverFiveHundredCharactersGetsA400ThatSaysSo() throws Exception {
		String longQuery = "a".repeat(501);
		HttpResponse<String> page = get("/search", longQuery);
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(page.body()).select(".search-error").text())
			.isEqualTo("Your search is 501 characters long; searches can be at most 500 characters. Shorten it and try again.");
		assertThat(get("/letters/" + SLUG, longQuery).statusCode()).isEqualTo(400);
		HttpResponse<String> api = get("/api/search", longQuery);
		assertThat(api.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(api.body()).get("error").asText()).contains("at most 500 characters");
		assertThat(get("/search", "a".repeat(500)).statusCode()).isEqualTo(200);
	}

	@Test
	void aBadPageNumberGetsA400ThatSaysSo() throws Exception {
		HttpResponse<String> response = CLIENT.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/search?q=the&page=abc")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("The page of results must be a whole number from 1.");
	}

	@Test
	void resultsComeTenAPageWithNextAndPreviousLinks() throws Exception {
		Document first = Jsoup.parse(get("/search", "the").body());
		assertThat(first.select(".hit")).hasSize(10);
		assertThat(first.select(".pages a[rel=next]").attr("href")).isEqualTo("/search?q=the&page=2");
		HttpResponse<String> second = CLIENT.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/search?q=the&page=2")).build(),
				HttpResponse.BodyHandlers.ofString());
		Document page = Jsoup.parse(second.body());
		assertThat(page.select("ol.hits").attr("start")).isEqualTo("11");
		assertThat(page.select(".pages a[rel=prev]").attr("href")).isEqualTo("/search?q=the&page=1");
	}

	@Test
	void theApiAnswersJsonWithTheSameHits() throws Exception {
		HttpResponse<String> response = get("/api/search", "modus vivendi");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		JsonNode body = JSON.readTree(response.body());
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
	void theApiNamesNotesAsNotes() throws Exception {
		JsonNode body = JSON.readTree(get("/api/search", "Bolshakov").body());
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
	void theApiExplainsAMissingQueryAsJson() throws Exception {
		HttpResponse<String> response = get("/api/search", null);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
		assertThat(JSON.readTree(response.body()).get("error").asText()).contains("parameter q");
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"", "(", ")", "AND", "OR", "NOT", "*", "?", "~", "\\", ":", "[", "{", "\"modus",
			"modus\"vivendi", "😀 Berlin", "\u0001\u0002 Berlin \u007f", "<script>alert(1)</script>",
			"\"><img src=x onerror=alert(1)>" })
	void badInputIsAnsweredClearlyAndNeverEchoedRaw(String query) throws Exception {
		for (String path : List.of("/search", "/api/search", "/letters/" + SLUG)) {
			HttpResponse<String> response = get(path, query);
			assertThat(response.statusCode()).as("%s %s", path, query).isIn(200, 400);
			assertThat(response.body()).as("%s %s", path, query).doesNotContain("<script>alert(1)</script>")
				.doesNotContain("<img src=x").doesNotContain("Exception");
		}
	}

	@Test
	void everyPageCarriesTheSearchBox() throws Exception {
		for (String path : List.of("/", "/letters", "/letters/" + SLUG, "/search", "/letters/nothing-here")) {
			Document page = Jsoup.parse(get(path, null).body());
			assertThat(page.select("header form[role=search][action=/search][method=get] input[name=q]")).as(path)
				.hasSize(1);
		}
	}

}
