package dev.readingedition.edition;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.readingedition.testing.RealContent;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annotations the edition ships in {@code content/}: every mention resolves, every
 * entity is used and cites its sources, and the ids they add to a reading page are
 * unique.
 */
class ContentIntegrityTests {

	private final Edition edition = RealContent.edition();

	@Test
	void theRegisterHoldsTheEntitiesTheLetterNeeds() {
		assertThat(edition.register().entities()).extracting(Entity::id)
			.containsExactlyInAnyOrder("thompson", "gromyko", "adzhubei", "robert-kennedy", "rada-adzhubei", "channel",
					"positions-of-strength", "west-berlin", "gdr", "frg", "france", "nato", "warsaw-powers",
					"air-corridors", "disarmament-principles", "test-talks", "access-commission", "four-questions",
					"khrushchev", "john-kennedy", "dobrynin", "eisenhower", "adenauer", "ussr", "usa", "un");
	}

	/**
	 * What the reader sees of each mention is what search, quote links and annotations
	 * count with: on the page, the mention's link holds exactly its phrase, it starts
	 * where the mention says in the paragraph's text, and it leads to its entity's gloss.
	 * (That the phrase is {@code text().substring(start, end)} is the parser's own doing;
	 * this checks the rendering against it.)
	 */
	@Test
	void everyMentionIsLinkedOnThePageWhereItsOffsetsSayAndLeadsToItsGloss() {
		int mentions = 0;
		for (Letter letter : edition.letters()) {
			for (Paragraph paragraph : letter.paragraphs()) {
				Element served = Jsoup.parseBodyFragment(paragraph.html()).body();
				// The served words collapse to the model's text by the edition's one
				// white-space rule (a page marker
				// between two spaces leaves both in the HTML; a browser shows one).
				assertThat(WhiteSpace.collapse(served.wholeText())).as("%s %s", letter.slug(), paragraph.id())
					.isEqualTo(paragraph.text());
				for (Mention mention : paragraph.mentions()) {
					Element link = served.getElementById(mention.id());
					assertThat(link).as("the link of %s in %s", mention.id(), letter.slug()).isNotNull();
					assertThat(link.wholeText()).as(mention.id()).isEqualTo(mention.phrase());
					assertThat(link.attr("href")).as(mention.id()).isEqualTo("#" + mention.entity().anchor());
					assertThat(textBefore(served, link)).as("where %s starts", mention.id())
						.isEqualTo(paragraph.text().substring(0, mention.start()));
					mentions++;
				}
			}
		}
		assertThat(mentions).as("mentions across the letters").isGreaterThan(20);
	}

	/**
	 * The text of a paragraph before one of its elements, its white space collapsed as
	 * the model's is.
	 */
	private static String textBefore(Element paragraph, Element element) {
		Element copy = paragraph.clone();
		Element same = copy.getElementById(element.id());
		same.before(new TextNode("\u0000"));
		String whole = WhiteSpace.collapse(copy.wholeText());
		return whole.substring(0, whole.indexOf('\u0000'));
	}

	@Test
	void everyEntityIsMentionedAndAnnotatedOnceInEachLetterThatNamesIt() {
		Set<Entity> annotated = new HashSet<>();
		for (Letter letter : edition.letters()) {
			annotated.addAll(letter.annotations());
			for (Entity entity : letter.mentions().stream().map(Mention::entity).distinct().toList()) {
				assertThat(letter.mentions().stream().filter((m) -> m.entity().equals(entity) && m.first()))
					.as("%s in %s", entity.id(), letter.slug())
					.hasSize(1);
			}
		}
		assertThat(annotated).containsExactlyInAnyOrderElementsOf(edition.register().entities());
	}

	@Test
	void everyGlossCitesAtLeastOneLinkedSource() {
		for (Entity entity : edition.register().entities()) {
			assertThat(entity.sourcesText()).as(entity.id()).isNotBlank();
			Document sources = Jsoup.parseBodyFragment(entity.sourcesHtml());
			assertThat(sources.select("a[href^=https://], a[href^=http://]")).as("linked sources of %s", entity.id())
				.isNotEmpty();
		}
	}

	@Test
	void glossesAreWrittenOutWithoutTheFactSheetsMarkers() {
		// The facts file flags doubtful points as UNCONFIRMED; a gloss says so in plain
		// words instead.
		for (Entity entity : edition.register().entities()) {
			assertThat(entity.glossText()).as(entity.id()).doesNotContain("UNCONFIRMED").hasSizeGreaterThan(100);
		}
	}

	@Test
	void theIdsOfTheReadingPageStayUnique() {
		Letter letter = RealContent.letter();
		Set<String> ids = new HashSet<>(List.of("title", "text"));
		StringBuilder html = new StringBuilder(letter.titleHtml()).append(letter.titleMarginHtml());
		for (Paragraph paragraph : letter.paragraphs()) {
			assertThat(ids.add(paragraph.id())).isTrue();
			html.append(paragraph.html()).append(paragraph.marginHtml());
		}
		for (Element element : Jsoup.parseBodyFragment(html.toString()).select("[id]")) {
			assertThat(ids.add(element.id())).as("id %s is unique", element.id()).isTrue();
		}
		assertThat(ids).contains("a-thompson", "aref-thompson-1", "aref-thompson-4", "n5", "nref5", "page821");
	}

}
