package dev.readingedition.citation;

import java.util.ArrayList;
import java.util.List;

import dev.readingedition.citation.QuoteAnchoring.Candidate;
import dev.readingedition.edition.Letter;
import dev.readingedition.testing.EditionWebTest;
import dev.readingedition.testing.PageTestSupport;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static dev.readingedition.testing.RealContent.LETTER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Web Annotations anchor in the reading page as it is served (a {@code @WebMvcTest}
 * slice), the way a Hypothesis client anchors them ({@link QuoteAnchoring}): each quote
 * selector picks out one place of the page's text, the right one (the words of the
 * mention it annotates, or the words just before the note's reference mark), with the
 * right extent.
 */
@EditionWebTest
class AnnotationAnchoringTests extends PageTestSupport {

	@Test
	void everyQuoteSelectorOfTheFebruary15LetterAnchorsUniquelyAtItsWordsOnThePageAsServed() {
		List<String> misplaced = new ArrayList<>();
		assertThat(anchor(LETTER, misplaced)).isEqualTo(37);
		assertThat(misplaced).as("quotes that a Hypothesis client would anchor wrongly").isEmpty();
	}

	@Test
	void soDoThoseOfEveryOtherLetter() {
		List<String> misplaced = new ArrayList<>();
		int anchored = 0;
		for (Letter letter : edition().letters()) {
			anchored += anchor("/letters/" + letter.slug(), misplaced);
		}
		assertThat(misplaced).as("quotes that a Hypothesis client would anchor wrongly").isEmpty();
		assertThat(anchored).isGreaterThan(37);
	}

	/**
	 * Anchors every annotation of a letter in its page; returns how many quotes it
	 * anchored.
	 */
	private int anchor(String letterPath, List<String> misplaced) {
		Document page = page(letterPath);
		String text = QuoteAnchoring.textContent(page.body());
		JsonNode items = JsonMapper.builder()
			.build()
			.readTree(body(get(letterPath + "/annotations.jsonld")))
			.path("first")
			.path("items");
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
				String where = letterPath + " " + id + " target " + (k + 1) + " \u201c" + exact + "\u201d";
				if (candidates.isEmpty()) {
					misplaced.add(where + ": not on the page");
					continue;
				}
				Candidate best = candidates.get(0);
				if (best.start() != expected[0] || best.end() != expected[1]) {
					misplaced.add(where + ": anchors at " + best.start() + "\u2013" + best.end() + " (\u2026"
							+ text.substring(Math.max(0, best.start() - 30), best.start()) + "[" + exact + "]"
							+ text.substring(best.end(), Math.min(text.length(), best.end() + 30)) + "\u2026), not at "
							+ expected[0] + "\u2013" + expected[1]);
				}
				else if (candidates.size() > 1 && candidates.get(1).score() >= best.score()) {
					misplaced.add(where + ": ties with another place (score " + best.score() + ")");
				}
				anchored++;
			}
		}
		return anchored;
	}

	/**
	 * The elements an annotation's targets stand for: a note's reference mark, or each
	 * mention of an entity.
	 */
	private static List<Element> places(Document page, String id) {
		if (id.startsWith("n")) {
			return List.of(page.getElementById("nref" + id.substring(1)));
		}
		return page.select("article a.mention[href=#" + id + "]");
	}

	/**
	 * Where the quote must anchor: on the mention's words, or on the letter's words that
	 * end where the note's mark stands (white space and apparatus between them aside).
	 */
	private static int[] expected(Element body, Element place, String id, String exact) {
		if (id.startsWith("n")) {
			int end = QuoteAnchoring.endOfWordsBefore(body, place);
			return new int[] { end - exact.length(), end };
		}
		return QuoteAnchoring.wordsOf(body, place);
	}

}
