package dev.readingedition.testing;

/**
 * Small letters written for a test: the front matter every letter needs (the parser
 * refuses a letter without each of these fields), so that a test shows only the words it
 * is about. A test that is about one field replaces its line
 * ({@code frontMatter.replace("date: 1962-01-01\n", "")}).
 */
public final class TestLetters {

	/**
	 * The front matter of a test letter called {@code test-letter}, document 7, printed
	 * from page 5.
	 */
	public static final String FRONT_MATTER = frontMatter("test-letter", 7, "A Test Letter", 5);

	private TestLetters() {
	}

	/**
	 * A letter's front matter: the slug, the document's number, its title and first page;
	 * the rest made up.
	 */
	public static String frontMatter(String slug, int document, String title, int firstPage) {
		return """
				---
				slug: %s
				document: %d
				title: %s
				author: A. Writer
				recipient: B. Reader
				dateline: Somewhere, January 1, 1962
				date: 1962-01-01
				series: Test Series
				volume: I
				volume-title: Tests
				first-page: %d
				source-url: https://example.org/%s
				---
				""".formatted(slug, document, title, firstPage, slug);
	}

	/**
	 * A whole letter: its front matter, its title as the heading, then the body's
	 * Markdown.
	 */
	public static String markdown(String slug, int document, String title, int firstPage, String body) {
		return frontMatter(slug, document, title, firstPage) + "\n# " + title + "\n\n" + body;
	}

}
