package dev.readingedition.edition;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegisterParserTests {

	private static final String FRONT_MATTER = """
			---
			type: register
			title: Names and terms
			---
			""";

	private final RegisterParser parser = new RegisterParser();

	private Register parse(String entries) {
		return parser.parse("content/register.md", FRONT_MATTER + "\n" + entries);
	}

	@Test
	void anEntryBecomesAnEntityWithNameKindGlossAndSources() {
		Register register = parse("""
				## Andrei A. Gromyko {#gromyko .person}

				Soviet Foreign Minister, *not* a man of many words.

				Sources: [FRUS vol. VI, doc. 30](https://example.org/d30); *Time*, May 4, 1962.
				""");
		assertThat(register.title()).isEqualTo("Names and terms");
		Entity gromyko = register.entity("gromyko").orElseThrow();
		assertThat(gromyko.name()).isEqualTo("Andrei A. Gromyko");
		assertThat(gromyko.kind()).isEqualTo(EntityKind.PERSON);
		assertThat(gromyko.glossHtml()).isEqualTo("Soviet Foreign Minister, <em>not</em> a man of many words.");
		assertThat(gromyko.glossText()).isEqualTo("Soviet Foreign Minister, not a man of many words.");
		assertThat(gromyko.sourcesHtml())
			.isEqualTo("<a href=\"https://example.org/d30\">FRUS vol. VI, doc. 30</a>; <em>Time</em>, May 4, 1962.");
		assertThat(gromyko.sourcesText()).isEqualTo("FRUS vol. VI, doc. 30; Time, May 4, 1962.");
		assertThat(gromyko.anchor()).isEqualTo("a-gromyko");
		assertThat(register.line("gromyko")).isEqualTo(6);
	}

	@Test
	void rawHtmlInAGlossIsEscaped() {
		Register register = parse("## NATO {#nato .organization}\n\nThe <b>alliance</b>.\n\nSources: PPU.\n");
		assertThat(register.entity("nato").orElseThrow().glossHtml()).isEqualTo("The &lt;b&gt;alliance&lt;/b&gt;.");
	}

	@Test
	void entitiesKeepTheRegistersOrder() {
		Register register = parse("""
				## West Berlin {#west-berlin .place}

				The Western sectors.

				Sources: CIA.

				## NATO {#nato .organization}

				The alliance.

				Sources: PPU.
				""");
		assertThat(register.entities()).extracting(Entity::id).containsExactly("west-berlin", "nato");
		assertThat(register.entities()).extracting(Entity::kind)
			.containsExactly(EntityKind.PLACE, EntityKind.ORGANIZATION);
	}

	@Test
	void aGlossWithoutSourcesIsRefusedAtItsHeading() {
		assertThatThrownBy(() -> parse("""
				## NATO {#nato .organization}

				The alliance.
				""")).isInstanceOf(ContentException.class)
			.hasMessage("content/register.md:6: the gloss of 'nato' needs a 'Sources: …' paragraph after it");
	}

	@Test
	void aSourcesLineThatNamesNothingIsRefused() {
		assertThatThrownBy(() -> parse("## NATO {#nato .organization}\n\nThe alliance.\n\nSources:\n"))
			.isInstanceOf(ContentException.class)
			.hasMessage("content/register.md:10: the 'Sources:' line of 'nato' names no source");
	}

	@Test
	void anEntryNeedsItsIdAndKind() {
		assertThatThrownBy(() -> parse("## NATO\n\nThe alliance.\n\nSources: PPU.\n"))
			.isInstanceOf(ContentException.class)
			.hasMessage("content/register.md:6: the entry 'NATO' needs its id and kind after the name, "
					+ "e.g. '## NATO {#some-id .person}'");
		assertThatThrownBy(() -> parse("## NATO {#nato}\n\nThe alliance.\n\nSources: PPU.\n"))
			.isInstanceOf(ContentException.class)
			.hasMessageContaining(":6: the entry 'NATO' needs an #id");
	}

	@Test
	void anUnknownKindIsRefusedWithTheKnownOnes() {
		assertThatThrownBy(() -> parse("## NATO {#nato .alliance}\n\nThe alliance.\n\nSources: PPU.\n"))
			.isInstanceOf(ContentException.class)
			.hasMessage("content/register.md:6: 'alliance' is not a kind of entity; the kinds are "
					+ "person, place, organization, event, term");
	}

	@Test
	void anIdUsedTwiceIsRefused() {
		assertThatThrownBy(() -> parse("""
				## NATO {#nato .organization}

				The alliance.

				Sources: PPU.

				## North Atlantic Treaty Organization {#nato .organization}

				Again.

				Sources: PPU.
				""")).isInstanceOf(ContentException.class)
			.hasMessage("content/register.md:12: the id 'nato' is already used by an entry above");
	}

	@Test
	void aBlockOutsideAnEntryIsRefused() {
		assertThatThrownBy(() -> parse("Some stray words.\n")).isInstanceOf(ContentException.class)
			.hasMessageStartingWith("content/register.md:6: a register holds front matter and entries");
	}

	@Test
	void theFrontMatterMustSayItIsARegister() {
		assertThatThrownBy(() -> parser.parse("content/register.md", "---\ntitle: Names\n---\n"))
			.isInstanceOf(ContentException.class)
			.hasMessage("content/register.md:1: the register's front matter needs 'type: register' and a title");
	}

}
