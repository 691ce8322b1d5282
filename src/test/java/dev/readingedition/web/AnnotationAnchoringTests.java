package dev.readingedition.web;

import java.util.ArrayList;
import java.util.List;

import dev.readingedition.web.QuoteAnchoring.Candidate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Web Annotations anchor in the reading page as it is served, the way a Hypothesis client anchors them
 * ({@link QuoteAnchoring}): each quote selector picks out one place of the page's text, the right one (the words of
 * the mention it annotates, or the words just before the note's reference mark), with the right extent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnnotationAnchoringTests extends HttpTestSupport {

	private static final String LETTER = "/letters/" + ReadingPagesTests.SLUG;

	@Test
	void everyQuoteSelectorAnchorsUniquelyAtItsWordsOnThePageAsServed() {
		Document page = Jsoup.parse(http.get(LETTER).body());
		String text = QuoteAnchoring.textContent(page.body());
		JsonNode items = JsonMapper.builder()
			.build()
			.readTree(http.get(LETTER + "/annotations.jsonld").body())
			.path("first")
			.path("items");
		List<String> misplaced = new ArrayList<>();
		int anchored = 0;
		for (JsonNode item : items.values()) {
			String id = item.path("id").asString().substring(item.path("id").asString().indexOf('#') + 1);
			List<Element> places = places(page, id);
			assertThat(places).as("places on the page for %s", id).hasSize(item.path("target").size());
			for (int k = 0; k < places.size(); k++) {
				JsonNode quote = item.path("target").get(k).path("selector").get(0);
				String exact = quote.path("exact").asString();
				List<Candidate> candidates = QuoteAnchoring.candidates(text, exact, quote.path("prefix").asString(""),
						quote.path("suffix").asString(""));
				int[] expected = expected(page.body(), places.get(k), id, exact);
				String where = id + " target " + (k + 1) + " \u201c" + exact + "\u201d";
				if (candidates.isEmpty()) {
					misplaced.add(where + ": not on the page");
					continue;
				}
				Candidate best = candidates.get(0);
				if (best.start() != expected[0] || best.end() != expected[1]) {
					misplaced.add(where + ": anchors at " + best.start() + "\u2013" + best.end() + " (\u2026"
							+ text.substring(Math.max(0, best.start() - 30), best.start()) + "[" + exact + "]"
							+ text.substring(best.end(), Math.min(text.length(), best.end() + 30))
							+ "\u2026), not at " + expected[0] + "\u2013" + expected[1]);
				}
				else if (candidates.size() > 1 && candidates.get(1).score() >= best.score()) {
					misplaced.add(where + ": ties with another place (score " + best.score() + ")");
				}
				anchored++;
			}
		}
		assertThat(misplaced).as("quotes that a Hypothesis client would anchor wrongly").isEmpty();
		assertThat(anchored).isEqualTo(37);
	}

	/** The elements an annotation's targets stand for: a note's reference mark, or each mention of an entity. */
	private static List<Element> places(Document page, String id) {
		if (id.startsWith("n")) {
			return List.of(page.getElementById("nref" + id.substring(1)));
		}
		return page.select("article a.mention[href=#" + id + "]");
	}

	/** Where the quote must anchor: on the mention's words, or on the words that end at the note's mark. */
	private static int[] expected(Element body, Element place, String id, String exact) {
		int[] range = QuoteAnchoring.range(body, place);
		if (id.startsWith("n")) {
			return new int[] { range[0] - exact.length(), range[0] };
		}
		return range;
	}

}
