package dev.readingedition.tei;

import java.util.List;

import dev.readingedition.edition.Edition;
import dev.readingedition.edition.Letter;
import dev.readingedition.edition.LetterParser;
import dev.readingedition.edition.Paragraph;
import dev.readingedition.testing.RealContent;

import org.junit.jupiter.api.Test;

import static dev.readingedition.testing.RealContent.SLUG;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A passage in the edition's Markdown reads back, through the edition's own parser, as
 * the same words, notes, page breaks and mentions.
 */
class PassageMarkdownTests {

	@Test
	void theWholeLetterAsPassageMarkdownParsesBackToTheSameLetter() {
		Edition edition = RealContent.edition();
		Letter letter = edition.letter(RealContent.SLUG).orElseThrow();
		String passage = PassageMarkdown.render(edition, letter, Passage.paragraphs(letter, "p1", "p12"));
		String frontMatter = letter.markdown().substring(0, letter.markdown().indexOf("\n---\n", 4) + 5);
		// The title's note is not part of a passage of paragraphs; the front matter is
		// the letter's own.
		Letter again = new LetterParser().parse("passage.md", frontMatter + "\n" + passage, edition.register());
		assertThat(again.paragraphs()).extracting(Paragraph::text)
			.containsExactlyElementsOf(letter.paragraphs().stream().map(Paragraph::text).toList());
		assertThat(again.pageBreaks()).isEqualTo(letter.pageBreaks());
		assertThat(again.mentions()).isEqualTo(letter.mentions());
		assertThat(again.notes().stream().map((n) -> n.label() + " " + n.citedIn() + " " + n.position()).toList())
			.isEqualTo(letter.notes()
				.stream()
				.skip(1)
				.map((n) -> n.label() + " " + n.citedIn() + " " + n.position())
				.toList());
		assertThat(again.notes().stream().map((n) -> n.text()).toList())
			.isEqualTo(letter.notes().stream().skip(1).map((n) -> n.text()).toList());
	}

	@Test
	void markdownSyntaxInTheWordsIsEscaped() {
		String markdown = """
				---
				slug: syntax
				document: 1
				title: Syntax
				author: A
				recipient: B
				dateline: Here, January 1, 1962
				date: 1962-01-01
				series: S
				volume: I
				volume-title: T
				first-page: 1
				source-url: https://example.org/d1
				---

				# Syntax

				1\\. Stars \\*and\\* \\_underscores\\_, \\[brackets\\] \\{braces\\} \\<tags> \\# hash \\& amp \\`code\\`.
				""";
		Letter letter = new LetterParser().parse("syntax.md", markdown);
		String passage = PassageMarkdown.render(new Edition(List.of(letter)), letter,
				Passage.paragraphs(letter, "p1", "p1"));
		Letter again = new LetterParser().parse("again.md",
				markdown.substring(0, markdown.indexOf("# Syntax")) + passage);
		assertThat(again.paragraphs().get(0).text()).isEqualTo(letter.paragraphs().get(0).text())
			.isEqualTo("1. Stars *and* _underscores_, [brackets] {braces} <tags> # hash & amp `code`.");
	}

}
