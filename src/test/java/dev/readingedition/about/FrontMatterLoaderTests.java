package dev.readingedition.about;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.readingedition.edition.ContentException;
import dev.readingedition.edition.Edition;
import dev.readingedition.testing.RealContent;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The front matter as the loader reads it: the real pages in their order, each fact
 * checked against the edition when it is loaded, and every kind of bad page refused with
 * its file and line.
 */
class FrontMatterLoaderTests {

	private static Edition edition;

	private final FrontMatterLoader loader = new FrontMatterLoader();

	@BeforeAll
	static void load() {
		edition = RealContent.edition();
	}

	private static final String INDEX = """
			---
			order: 1
			description: The first page.
			---

			# About

			It holds {{letters.count}} letters.
			""";

	private FrontMatter load(String fileName, String markdown) {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("index.md", INDEX);
		files.put(fileName, markdown);
		return loader.load("content/about", files, edition);
	}

	private static String page(String body) {
		return """
				---
				order: 2
				description: A page.
				---

				# A page

				""" + body;
	}

	@Test
	void theRealFrontMatterHasItsSixPagesInOrderEachWithItsAddress() {
		FrontMatter frontMatter = edition.frontMatter();
		assertThat(frontMatter.pages()).extracting(FrontMatterPage::path)
			.containsExactly("/about", "/about/editorial-principles", "/about/text-and-printings", "/about/how-to-cite",
					"/about/data-and-formats", "/about/accessibility");
		assertThat(frontMatter.pages()).extracting(FrontMatterPage::title)
			.containsExactly("About this edition", "Editorial principles", "The text and its printings", "How to cite",
					"Data and formats", "Accessibility");
		assertThat(frontMatter.pages()).allSatisfy((page) -> assertThat(page.description()).isNotBlank());
		assertThat(frontMatter.page("how-to-cite").orElseThrow().facts()).extracting(Fact.Use::fact)
			.contains(Fact.CITE_LETTER, Fact.CITE_PARAGRAPH, Fact.CITE_PAGE);
		assertThat(frontMatter.page("text-and-printings").orElseThrow().facts()).extracting(Fact.Use::fact)
			.contains(Fact.VARIANTS_LIST, Fact.PAGES_LIST, Fact.PRINTINGS_SOURCE_NOTES);
	}

	@Test
	void aFactIsRenderedWhereItStandsAndABlockFactReplacesItsParagraph() {
		FrontMatter frontMatter = load("facts.md", page("There are {{letters.count}} letters.\n\n{{letters.list}}\n"));
		FrontMatterPage page = frontMatter.page("facts").orElseThrow();
		String html = page.html((use) -> use.fact() == Fact.LETTERS_COUNT ? "4" : "<ol><li>a letter</li></ol>");
		assertThat(html).contains("<p>There are 4 letters.</p>")
			.contains("<ol><li>a letter</li></ol>")
			.doesNotContain("<p><ol>")
			.doesNotContain("{{");
		assertThat(page.facts()).extracting(Fact.Use::line).containsExactly(8, 10);
	}

	@Test
	void rawHtmlInAPageIsShownAsTextNotPassedThrough() {
		String html = load("raw.md", page("<script>alert(1)</script> and <b>bold</b>\n")).page("raw")
			.orElseThrow()
			.html((use) -> "");
		assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;");
	}

	@Test
	void anUnknownFactIsAContentErrorWithFileAndLine() {
		assertThatExceptionOfType(ContentException.class)
			.isThrownBy(() -> load("bad.md", page("One line.\n\nThere are {{letters.cuont}} letters.\n")))
			.satisfies((ex) -> {
				assertThat(ex.file()).isEqualTo("content/about/bad.md");
				assertThat(ex.line()).isEqualTo(10);
				assertThat(ex.getMessage()).startsWith("content/about/bad.md:10: unknown fact {{letters.cuont}}")
					.contains("letters.count");
			});
	}

	@Test
	void aFactWithTheWrongArgumentsIsAContentErrorWithFileAndLine() {
		assertThatExceptionOfType(ContentException.class).isThrownBy(() -> load("bad.md", page("{{cite.paragraph}}\n")))
			.withMessageStartingWith("content/about/bad.md:8: {{cite.paragraph}} takes 1 argument(s), not 0");
		assertThatExceptionOfType(ContentException.class)
			.isThrownBy(() -> load("bad.md", page("{{cite.paragraph p99}}\n")))
			.withMessage("content/about/bad.md:8: {{cite.paragraph p99}}: the main work has no paragraph 'p99'");
		assertThatExceptionOfType(ContentException.class)
			.isThrownBy(() -> load("bad.md", page("{{cite.page VI 96}}\n")))
			.withMessage(
					"content/about/bad.md:8: {{cite.page VI 96}}: the letter stands on pp. 92–95 of vol. VI, doc. 34");
		assertThatExceptionOfType(ContentException.class).isThrownBy(() -> load("bad.md", page("{{cite.page V 94}}\n")))
			.withMessageContaining("the main work has no printing 'V'; its printings are XIV and VI");
	}

	@Test
	void aBlockFactInASentenceIsAContentError() {
		assertThatExceptionOfType(ContentException.class)
			.isThrownBy(() -> load("bad.md", page("The variants: {{variants.list}}\n")))
			.withMessageStartingWith("content/about/bad.md:8: {{variants.list}} is a list or a table");
	}

	@Test
	void bracesThatAreNotAFactAreAContentErrorNotLeftInThePage() {
		assertThatExceptionOfType(ContentException.class)
			.isThrownBy(() -> load("bad.md", page("There are {{Letters Count}} letters.\n")))
			.withMessageStartingWith("content/about/bad.md:8: '{{' starts a fact");
	}

	@Test
	void badFrontMatterIsAContentErrorWithFileAndLine() {
		assertThatExceptionOfType(ContentException.class)
			.isThrownBy(() -> load("bad.md", "---\norder: 2\ndescription: A page.\ntitle: Twice\n---\n\n# A page\n"))
			.withMessageStartingWith("content/about/bad.md:4: unknown front matter field 'title'");
		assertThatExceptionOfType(ContentException.class)
			.isThrownBy(() -> load("bad.md", "---\ndescription: A page.\n---\n\n# A page\n"))
			.withMessageContaining("bad.md:1: the front matter lacks the required field 'order'");
		assertThatExceptionOfType(ContentException.class)
			.isThrownBy(() -> load("bad.md", "---\norder: second\ndescription: A page.\n---\n\n# A page\n"))
			.withMessageContaining("order is a whole number");
		assertThatExceptionOfType(ContentException.class)
			.isThrownBy(() -> load("bad.md", "---\norder: 2\ndescription: A page.\n---\n\nNo title.\n"))
			.withMessageStartingWith("content/about/bad.md:6: a front-matter page opens with its title");
		assertThatExceptionOfType(ContentException.class).isThrownBy(() -> load("Bad Name.md", page("Text.\n")))
			.withMessageContaining("lower-case words joined by hyphens");
	}

	@Test
	void frontMatterWithoutItsIndexIsAContentError() {
		assertThatExceptionOfType(ContentException.class)
			.isThrownBy(() -> loader.load("content/about", Map.of("other.md", page("Text.\n")), edition))
			.withMessageStartingWith("content/about: the front matter needs an index.md");
	}

	@Test
	void contentWithoutFrontMatterHasNone() {
		assertThat(loader.load("content/about", Map.of(), edition).pages()).isEmpty();
		assertThat(new Edition(List.of(edition.letters().get(0))).frontMatter().pages()).isEmpty();
	}

}
