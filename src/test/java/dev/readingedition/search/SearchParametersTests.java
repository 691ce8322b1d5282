package dev.readingedition.search;

import dev.readingedition.testing.EditionWebTest;
import dev.readingedition.testing.PageTestSupport;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.mock.web.MockHttpServletResponse;

import static dev.readingedition.testing.RealContent.SLUG;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search's parameters, bound once ({@link SearchParameters}) for the search page and
 * the API: each page and the API take them alike, refuse them alike, and take them from
 * the address only.
 */
@EditionWebTest
class SearchParametersTests extends PageTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private JsonNode api(String query) {
		MockHttpServletResponse response = get("/api/search?" + query);
		assertThat(response.getStatus()).as(query).isEqualTo(200);
		return JSON.readTree(body(response));
	}

	@Test
	void everyParameterNarrowsTheApiAndThePageAlike() {
		String narrowed = "q=Adzhubei&kind=note&from=1962-02-15&to=1962-02-15&letter=" + SLUG
				+ "&correspondent=John%20F.%20Kennedy&page=1&as-typed=1";
		JsonNode notes = api(narrowed);
		assertThat(notes.get("hits")).isNotEmpty()
			.allSatisfy((hit) -> assertThat(hit.get("kind").asText()).isEqualTo("note"))
			.allSatisfy((hit) -> assertThat(hit.get("date").asText()).isEqualTo("1962-02-15"));
		assertThat(page("/search?" + narrowed).select(".hit")).hasSize(notes.get("hits").size());
		assertThat(api("q=Adzhubei").get("total").asInt()).isGreaterThan(notes.get("total").asInt());
	}

	@Test
	void asTypedTakesTheSpellingsSpringTakesForABoolean() {
		// Gromiko finds nothing as typed; without as-typed its suggestion's hits are
		// shown.
		assertThat(api("q=Gromiko").get("showingSuggestion").asBoolean()).isTrue();
		for (String yes : new String[] { "1", "true", "on", "yes" }) {
			assertThat(api("q=Gromiko&as-typed=" + yes).get("showingSuggestion").asBoolean()).as(yes).isFalse();
		}
		for (String no : new String[] { "0", "false", "off", "no", "" }) {
			assertThat(api("q=Gromiko&as-typed=" + no).get("showingSuggestion").asBoolean()).as(no).isTrue();
		}
	}

	@Test
	void aPageOtherThanTheFirstIsTheSameOnThePageAndInTheApi() {
		JsonNode second = api("q=the&page=2");
		assertThat(second.get("page").asInt()).isEqualTo(2);
		assertThat(page("/search?q=the&page=2").select("ol.hits").attr("start")).isEqualTo("11");
	}

	/**
	 * Spring binds a record from headers too when the address does not give a value; a
	 * proxy's or scanner's header must not narrow, page or refuse a search.
	 */
	@ParameterizedTest
	@CsvSource({ "Page,0", "Page,2", "Kind,note", "Kind,letters", "To,yesterday", "Letter,no-such-letter",
			"Correspondent,Nobody", "As-Typed,1", "Q,Berlin" })
	void headersNamedLikeParametersAreNotParameters(String header, String value) {
		MockHttpServletResponse plain = get("/api/search?q=Adzhubei");
		MockHttpServletResponse withHeader = get("/api/search?q=Adzhubei", header, value);
		assertThat(withHeader.getStatus()).isEqualTo(200);
		assertThat(body(withHeader)).isEqualTo(body(plain));
		assertThat(get("/search", header, value).getStatus()).isEqualTo(200);
	}

	/**
	 * A parameter given twice is read as Spring reads it, by its first value; when that
	 * is refused, what was sent is echoed as sent, not as the name of a Java array.
	 */
	@Test
	void aRepeatedParameterIsReadByItsFirstValueAndEchoedAsSent() {
		assertThat(api("q=Adzhubei&kind=note&kind=letters").get("hits"))
			.allSatisfy((hit) -> assertThat(hit.get("kind").asText()).isEqualTo("note"));
		MockHttpServletResponse response = get("/api/search?q=Berlin&kind=letters&kind=note");
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(JSON.readTree(body(response)).get("error").asText())
			.isEqualTo("The parameter kind takes paragraph, note or annotation, not 'letters,note'.");
		MockHttpServletResponse page = get("/search?q=Berlin&from=soon&from=1962-02-15");
		assertThat(page.getStatus()).isEqualTo(400);
		assertThat(Jsoup.parse(body(page)).select(".search-error").text()).isEqualTo(
				"The parameter from takes a date written year-month-day, such as 1962-02-15, not 'soon,1962-02-15'.");
	}

	@Test
	void theFirstParameterRefusedIsTheOneNamed() {
		// A query too long is refused before the narrowing, as it was when each was
		// checked in turn.
		MockHttpServletResponse response = get("/api/search?q=" + "a".repeat(501) + "&letter=no-such-letter");
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(JSON.readTree(body(response)).get("error").asText()).contains("501 characters long");
	}

}
