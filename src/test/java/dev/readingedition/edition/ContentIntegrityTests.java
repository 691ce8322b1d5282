package dev.readingedition.edition;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annotations the edition ships in {@code content/}: every mention resolves, every entity is used and cites its
 * sources, and the ids they add to a reading page are unique.
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

	@Test
	void everyMentionResolvesToARegisterEntityAndQuotesItsParagraph() {
		for (Letter letter : edition.letters()) {
			for (Mention mention : letter.mentions()) {
				assertThat(edition.entity(mention.entityId())).as(mention.id()).contains(mention.entity());
				Paragraph paragraph = letter.paragraph(mention.paragraphId()).orElseThrow();
				assertThat(paragraph.text().substring(mention.start(), mention.end())).as(mention.id())
					.isEqualTo(mention.phrase());
			}
		}
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
		// The facts file flags doubtful points as UNCONFIRMED; a gloss says so in plain words instead.
		for (Entity entity : edition.register().entities()) {
			assertThat(entity.glossText()).as(entity.id())
				.doesNotContain("UNCONFIRMED")
				.hasSizeGreaterThan(100);
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
