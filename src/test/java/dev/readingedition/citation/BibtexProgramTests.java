package dev.readingedition.citation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import dev.readingedition.edition.Letter;
import dev.readingedition.testing.RealContent;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.readingedition.testing.RealContent.SLUG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * BibTeX itself (0.99d, Debian's {@code texlive-binaries}, with the styles of
 * {@code texlive-base}) reads the letter's and a paragraph's entries with the standard
 * styles, without an error or a warning, and prints the names of the title capitalised.
 * {@code .ci/run} installs it; without it this test fails and says how to install it.
 */
class BibtexProgramTests {

	private static final String BASE = "https://letters.example.org/letters/" + SLUG;

	@TempDir
	Path folder;

	@ParameterizedTest
	@ValueSource(strings = { "plain", "unsrt", "alpha" })
	void bibtexReadsTheEntriesWithoutWarnings(String style) throws IOException, InterruptedException {
		Letter letter = RealContent.letter();
		LocalDate accessed = LocalDate.of(2026, 11, 28);
		String entries = Citation.of(letter, BASE, accessed).bibtex() + "\n"
				+ Citation.of(letter, letter.paragraph("p11").orElseThrow(), BASE + "/p11", BASE, accessed).bibtex();
		Files.writeString(folder.resolve("letter.bib"), entries);
		Files.writeString(folder.resolve(style + ".aux"),
				"\\citation{*}\n\\bibdata{letter}\n\\bibstyle{" + style + "}\n");
		Process bibtex;
		try {
			bibtex = new ProcessBuilder("bibtex", style).directory(folder.toFile())
				.redirectErrorStream(true)
				.redirectOutput(folder.resolve("out.txt").toFile())
				.start();
		}
		catch (IOException ex) {
			fail("BibTeX is not installed: apt-get install --no-install-recommends texlive-binaries texlive-base "
					+ "(.ci/run does it)", ex);
			return;
		}
		assertThat(bibtex.waitFor(60, TimeUnit.SECONDS)).isTrue();
		String log = Files.readString(folder.resolve(style + ".blg"), StandardCharsets.UTF_8);
		assertThat(bibtex.exitValue()).as(log).isZero();
		// BibTeX counts the warnings it gave in its log, and adds "(There were n
		// warnings)" when there were any.
		assertThat(log).as("BibTeX's log").contains("warning$ -- 0").doesNotContain("Warning--", "(There w");
		String bbl = Files.readString(folder.resolve(style + ".bbl"), StandardCharsets.UTF_8);
		assertThat(bbl).contains("Letter from {President} {Kennedy} to {Chairman} {Khrushchev}.",
				"{\\em Berlin Crisis, 1961--1962}", "volume XIV of {\\em Foreign Relations of the United States,",
				"United States Government Printing Office, 1994.", "819--821.");
	}

}
