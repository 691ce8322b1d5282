package dev.readingedition.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import dev.readingedition.testing.EditionWebTest;
import dev.readingedition.testing.PageTestSupport;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search across a correspondence of three letters (test content: December 13, 1961 and
 * March 10, 1962 from the East, February 15, 1962 from the West; an envoy named in the
 * first two): every hit names its letter, hits are grouped by letter with counts, and a
 * search narrows to a letter, a correspondent and a range of dates, in the page and the
 * API. A {@code @WebMvcTest} slice over that content.
 */
@EditionWebTest
@TestPropertySource(properties = "edition.content-dir=src/test/resources/correspondence")
class SearchAcrossLettersTests extends PageTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String FIRST = "December 13, 1961 · Nikita S. Khrushchev → John F. Kennedy";

	private static final String REPLY = "February 15, 1962 · John F. Kennedy → Nikita S. Khrushchev";

	private static final String SECOND = "March 10, 1962 · Nikita S. Khrushchev → Dean Rusk";

	private JsonNode api(String path) {
		MockHttpServletResponse response = get(path);
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return JSON.readTree(body(response));
	}

	private static String q(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	@Test
	void everyHitNamesItsLetterAndHitsAreGroupedByLetterWithCounts() {
		Document page = page("/search?q=corridors");
		assertThat(page.select(".result-count").text()).isEqualTo("4 results for “corridors”");
		assertThat(page.select(".hit-group-label").eachText()).containsExactly(FIRST, REPLY, SECOND);
		assertThat(page.select(".hit-group-letter .count").eachText()).containsExactly("2 results", "1 result",
				"1 result");
		assertThat(page.select(".hit .hit-letter").eachText()).containsExactly(FIRST, FIRST, REPLY, SECOND);
		assertThat(page.select(".letter-counts a").eachText()).containsExactly(FIRST + " 2", REPLY + " 1",
				SECOND + " 1");
		assertThat(page.select(".letter-counts a").first().attr("href"))
			.isEqualTo("/search?q=corridors&letter=first-from-east");
		// The second paragraph's match stands after its page break.
		assertThat(page.select(".hit-place").eachText()).contains("¶ 2 · p. 11");
	}

	@Test
	void aNameFoundInSeveralLettersLeadsToEach() {
		Document page = page("/search?q=envoy");
		assertThat(page.select(".hit-group-letter > a").eachAttr("href"))
			.containsExactly("/letters/first-from-east?q=envoy", "/letters/reply-from-west?q=envoy");
		assertThat(page.select(".hit-link").eachAttr("href")).contains("/letters/first-from-east?q=envoy#a-envoy",
				"/letters/reply-from-west?q=envoy#a-envoy", "/letters/reply-from-west?q=envoy#n1");
		// Each letter's reading page counts exactly the hits the results page gave it.
		for (JsonNode letter : api("/api/search?q=envoy").get("letters")) {
			Document reading = page("/letters/" + letter.get("document").asText() + "?q=envoy");
			int count = letter.get("count").asInt();
			assertThat(reading.select(".match-count").text())
				.isEqualTo(count + (count == 1 ? " match" : " matches") + " for “envoy”");
		}
	}

	@Test
	void aSearchNarrowsToALetterACorrespondentAndARangeOfDates() {
		assertThat(page("/search?q=corridors&letter=reply-from-west").select(".hit .hit-letter").eachText())
			.containsExactly(REPLY);
		assertThat(page("/search?q=corridors&correspondent=" + q("Dean Rusk")).select(".hit .hit-letter").eachText())
			.containsExactly(SECOND);
		assertThat(
				page("/search?q=corridors&correspondent=" + q("John F. Kennedy")).select(".hit .hit-letter").eachText())
			.containsExactly(FIRST, FIRST, REPLY);
		assertThat(page("/search?q=corridors&from=1962-01-01").select(".hit .hit-letter").eachText())
			.containsExactly(REPLY, SECOND);
		assertThat(page("/search?q=corridors&from=1961-12-13&to=1962-02-15").select(".hit .hit-letter").eachText())
			.containsExactly(FIRST, FIRST, REPLY);
		Document narrowed = page("/search?q=corridors&from=1962-01-01");
		assertThat(narrowed.select("input[name=from]").val()).isEqualTo("1962-01-01");
		assertThat(narrowed.select(".letter-counts a").last().text()).isEqualTo("Every letter, every kind");
		assertThat(page("/search?q=corridors&kind=paragraph&letter=first-from-east").select(".hit-place").eachText())
			.containsExactly("¶ 1 · p. 10", "¶ 2 · p. 11");
	}

	@Test
	void theApiNamesEachHitsLetterAndCountsByLetterAndKind() {
		JsonNode body = api("/api/search?q=envoy");
		assertThat(body.get("letters")).hasSize(2);
		JsonNode first = body.get("letters").get(0);
		assertThat(first.get("document").asText()).isEqualTo("first-from-east");
		assertThat(first.get("date").asText()).isEqualTo("1961-12-13");
		assertThat(first.get("from").asText()).isEqualTo("Nikita S. Khrushchev");
		assertThat(first.get("to").asText()).isEqualTo("John F. Kennedy");
		JsonNode hit = body.get("hits").get(0);
		assertThat(hit.get("document").asText()).isEqualTo("first-from-east");
		assertThat(hit.get("date").asText()).isEqualTo("1961-12-13");
		assertThat(hit.get("from").asText()).isEqualTo("Nikita S. Khrushchev");
		assertThat(body.get("kinds").findValuesAsString("kind")).contains("annotation", "paragraph", "note");
		JsonNode narrowed = api("/api/search?q=envoy&letter=reply-from-west&kind=note");
		assertThat(narrowed.get("hits")).hasSize(1);
		assertThat(narrowed.get("hits").get(0).get("id").asText()).isEqualTo("n1");
		assertThat(api("/api/search?q=corridors&to=1961-12-31").get("total").asInt()).isEqualTo(2);
	}

	@Test
	void badNarrowingIsRefusedWithA400ThatSaysWhatItTakes() {
		String[][] cases = { { "letter=nowhere", "There is no letter 'nowhere'" },
				{ "correspondent=Nobody", "No letter of the edition is from or to 'Nobody'" },
				{ "from=15.02.1962", "takes a date written year-month-day" },
				{ "from=1962-03-01&to=1962-01-01", "backwards" }, { "kind=poem", "paragraph, note or annotation" },
				{ "letter=" + "x".repeat(201), "at most 200 characters" } };
		for (String[] bad : cases) {
			MockHttpServletResponse page = get("/search?q=corridors&" + bad[0]);
			assertThat(page.getStatus()).as(bad[0]).isEqualTo(400);
			assertThat(Jsoup.parse(body(page)).select(".search-error").text()).as(bad[0]).contains(bad[1]);
			MockHttpServletResponse api = get("/api/search?q=corridors&" + bad[0]);
			assertThat(api.getStatus()).as(bad[0]).isEqualTo(400);
			assertThat(JSON.readTree(body(api)).get("error").asText()).as(bad[0]).contains(bad[1]);
		}
	}

	@Test
	void theFormOffersTheLettersAndCorrespondents() {
		Document page = page("/search?q=corridors&letter=reply-from-west");
		assertThat(page.select("select[name=letter] option").eachText()).containsExactly("Every letter", FIRST, REPLY,
				SECOND);
		assertThat(page.select("select[name=letter] option[selected]").val()).isEqualTo("reply-from-west");
		assertThat(page.select("select[name=correspondent] option").eachText()).containsExactly("Anyone", "Dean Rusk",
				"John F. Kennedy", "Nikita S. Khrushchev");
	}

}
