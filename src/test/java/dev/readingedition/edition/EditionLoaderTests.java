package dev.readingedition.edition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.readingedition.testing.RealContent;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EditionLoaderTests {

	private final EditionLoader loader = new EditionLoader(new LetterParser());

	@Test
	void loadsEveryLetterOfAFolderInDateOrder() {
		Edition edition = loader.load(Path.of("src/test/resources/two-letters"));
		assertThat(edition.letters()).extracting(Letter::slug).containsExactly("first-letter", "second-letter");
		assertThat(edition.letter("second-letter")).isPresent();
		assertThat(edition.letter("third-letter")).isEmpty();
	}

	@Test
	void theBundledContentIsPackagedOnTheClassPath() {
		Edition edition = loader.loadPackaged();
		assertThat(edition.letters()).extracting(Letter::slug).contains(RealContent.SLUG);
	}

	@Test
	void twoFilesWithOneSlugAreRefused(@TempDir Path folder) throws IOException {
		String letter = Files.readString(Path.of("src/test/resources/two-letters/first.md"));
		Files.writeString(folder.resolve("a.md"), letter);
		Files.writeString(folder.resolve("b.md"), letter);
		assertThatThrownBy(() -> loader.load(folder)).isInstanceOf(ContentException.class)
			.hasMessageEndingWith("b.md: the slug 'first-letter' is already used by " + folder.resolve("a.md"));
	}

	@Test
	void theBundledRegisterIsPackagedWithTheLetters() {
		Edition edition = loader.loadPackaged();
		assertThat(edition.register().sourceName()).isEqualTo("content/register.md");
		assertThat(edition.entity("thompson")).isPresent();
	}

	@Test
	void aRegisterEntityNoLetterMentionsIsRefusedAtItsHeading(@TempDir Path folder) throws IOException {
		Files.writeString(folder.resolve("first.md"),
				Files.readString(Path.of("src/test/resources/two-letters/first.md"))
					.replace("The first paragraph of the first letter.",
							"The first paragraph, about [Gromyko]{ref=gromyko}."));
		Files.writeString(folder.resolve("register.md"), """
				---
				type: register
				title: Names and terms
				---

				## Andrei A. Gromyko {#gromyko .person}

				Soviet Foreign Minister.

				Sources: FRUS.

				## NATO {#nato .organization}

				The alliance.

				Sources: PPU.
				""");
		assertThatThrownBy(() -> loader.load(folder)).isInstanceOf(ContentException.class)
			.hasMessage(folder.resolve("register.md") + ":12: the entity 'nato' is defined but no letter mentions it; "
					+ "mark a phrase of a letter as [phrase]{ref=nato}, or remove the entry");
	}

	@Test
	void aMentionTheRegisterDoesNotDefineNamesTheLetterAndLine(@TempDir Path folder) throws IOException {
		Files.writeString(folder.resolve("first.md"),
				Files.readString(Path.of("src/test/resources/two-letters/first.md"))
					.replace("The first paragraph of the first letter.",
							"The first paragraph, about [Gromyko]{ref=gromyko}."));
		Files.writeString(folder.resolve("register.md"), "---\ntype: register\ntitle: Names and terms\n---\n");
		assertThatThrownBy(() -> loader.load(folder)).isInstanceOf(ContentException.class)
			.hasMessageStartingWith(folder.resolve("first.md") + ":")
			.hasMessageContaining("the mention [Gromyko] refers to 'gromyko', which the register ("
					+ folder.resolve("register.md") + ") does not define");
	}

	@Test
	void aBrokenFileIsNamedWithItsLine() {
		assertThatThrownBy(() -> loader.load(Path.of("src/test/resources/bad-content")))
			.isInstanceOf(ContentException.class)
			.hasMessageStartingWith(
					"src/test/resources/bad-content/broken.md:18: note reference [^7] has no definition");
	}

}
