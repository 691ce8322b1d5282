package dev.readingedition.edition;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import dev.readingedition.edition.PublishedIds.Entry;
import dev.readingedition.testing.TestLetters;

import org.junit.jupiter.api.Test;

import static dev.readingedition.testing.RealContent.SLUG;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Links that survive corrections: the shipped content keeps every id the edition has
 * published (the list in {@code content/published-ids.txt}), and the guard says how to
 * keep old links working when it would not.
 */
class PublishedIdsTests {

	private static final Path CONTENT = Path.of("content");

	private static final String FRONT_MATTER = TestLetters.frontMatter("small-letter", 7, "A Small Letter", 5)
			+ "\n# A Small Letter\n\n";

	private static final String PUBLISHED = FRONT_MATTER
			+ "Alpha begins here.\n\nBeta goes [Page 6] on.[^1]\n\nGamma ends it.\n\n[^1]: A note.\n";

	private final LetterParser parser = new LetterParser();

	private Edition edition(String markdown) {
		return new Edition(List.of(parser.parse("content/small.md", markdown)));
	}

	private List<Entry> publishedList() {
		return PublishedIds.parse(String.join("\n", PublishedIds.lines(parser.parse("content/small.md", PUBLISHED))));
	}

	@Test
	void everyPublishedIdOfTheShippedContentStillLeadsToItsWords() throws IOException {
		Edition edition = new EditionLoader(parser).load(CONTENT);
		Redirects redirects = Redirects.load(CONTENT.resolve(Redirects.FILE), edition);
		List<String> broken = PublishedIds.broken(PublishedIds.read(PublishedIds.LIST), edition, redirects);
		assertThat(broken).as(() -> "Links the edition has published would break:\n" + String.join("\n", broken))
			.isEmpty();
	}

	@Test
	void everyIdOfTheShippedContentIsInThePublishedList() throws IOException {
		Edition edition = new EditionLoader(parser).load(CONTENT);
		List<String> missing = PublishedIds.unpublished(PublishedIds.read(PublishedIds.LIST), edition);
		assertThat(missing)
			.as(() -> "These ids are new; publish them by adding these lines to " + PublishedIds.LIST
					+ ", so that later corrections keep their links:\n" + String.join("\n", missing))
			.isEmpty();
	}

	@Test
	void theKennedyLetterHasPublishedItsTitleTwelveParagraphsFiveNotesAndThreePages() throws IOException {
		List<String> ids = PublishedIds.read(PublishedIds.LIST)
			.stream()
			.filter((entry) -> entry.slug().equals(SLUG))
			.map(Entry::id)
			.toList();
		assertThat(ids).containsExactly("title", "p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9", "p10", "p11",
				"p12", "n1", "n2", "n3", "n4", "n5", "page819", "page820", "page821");
	}

	@Test
	void theUnchangedLetterKeepsAllItsLinks() {
		assertThat(PublishedIds.broken(publishedList(), edition(PUBLISHED), Redirects.none())).isEmpty();
	}

	@Test
	void aRemovedParagraphIsCaughtWithTheTwoWaysToKeepItsLinks() {
		String corrected = PUBLISHED.replace("Gamma ends it.\n\n", "");
		assertThat(PublishedIds.broken(publishedList(), edition(corrected), Redirects.none())).containsExactly(
				"small-letter#p3: the letter no longer has this paragraph, so links to /letters/small-letter/p3 "
						+ "would fail. Keep them working: pin the id on the paragraph that holds its words, by ending "
						+ "it with ' {#p3}' in content/small.md, or add the line 'small-letter#p3 -> p…' to "
						+ "redirects.txt in the content folder, which the server answers with a permanent redirect "
						+ "to the new paragraph.");
	}

	@Test
	void aMergedParagraphIsCaughtWithTheRedirectToWhereItsWordsWent() {
		String corrected = PUBLISHED.replace("Beta goes [Page 6] on.[^1]\n\n", "Beta goes [Page 6] on.[^1] ");
		assertThat(PublishedIds.broken(publishedList(), edition(corrected), Redirects.none())).singleElement()
			.asString()
			.contains("add the line 'small-letter#p3 -> p2' to redirects.txt");
	}

	@Test
	void aParagraphInsertedBeforeOthersIsCaughtAsRenumbering() {
		String corrected = PUBLISHED.replace("Alpha begins here.\n\n", "Alpha begins here.\n\nA new one.\n\n");
		List<String> broken = PublishedIds.broken(publishedList(), edition(corrected), Redirects.none());
		assertThat(broken).first()
			.isEqualTo("small-letter#p2: it was published for the paragraph beginning \"Beta goes on.\", but now "
					+ "leads to the paragraph beginning \"A new one.\". Keep old links on their words: end the "
					+ "paragraph now numbered 3 in content/small.md with ' {#p2}', and give paragraph 2 an id of its "
					+ "own (such as {#p2a}). If the paragraph was only corrected, update its opening words in "
					+ "content/published-ids.txt.");
	}

	@Test
	void pinningTheOldIdsKeepsEveryLinkOnItsWords() {
		String corrected = FRONT_MATTER + "Alpha begins here.\n\nA new one. {#p1a}\n\nBeta goes [Page 6] on.[^1] {#p2}"
				+ "\n\nGamma ends it. {#p3}\n\n[^1]: A note.\n";
		assertThat(PublishedIds.broken(publishedList(), edition(corrected), Redirects.none())).isEmpty();
	}

	@Test
	void aRedirectKeepsTheLinksOfARemovedParagraph() {
		String corrected = PUBLISHED.replace("Beta goes [Page 6] on.[^1]\n\n", "Beta goes [Page 6] on.[^1] ");
		Edition edition = edition(corrected);
		Redirects redirects = Redirects.parse("redirects.txt", "small-letter#p3 -> p2\n", edition);
		assertThat(PublishedIds.broken(publishedList(), edition, redirects)).isEmpty();
		assertThat(PublishedIds.broken(publishedList(), edition, Redirects.none())).hasSize(1);
	}

	@Test
	void aDroppedNoteOrPageMarkIsCaught() {
		String corrected = PUBLISHED.replace("Beta goes [Page 6] on.[^1]", "Beta goes on.")
			.replace("[^1]: A note.\n", "");
		assertThat(PublishedIds.broken(publishedList(), edition(corrected), Redirects.none())).containsExactly(
				"small-letter#n1: the letter no longer has note 1; notes keep the numbers they were published with, "
						+ "so cite it again as [^1] in content/small.md",
				"small-letter#page6: the letter no longer marks printed page 6; keep its [Page 6] mark where the "
						+ "page begins in content/small.md");
	}

	@Test
	void newIdsAreListedAsLinesToAdd() {
		String grown = PUBLISHED.replace("Gamma ends it.\n\n", "Gamma ends it.\n\nDelta is new.\n\n");
		assertThat(PublishedIds.unpublished(publishedList(), edition(grown)))
			.containsExactly("small-letter#p4 Delta is new.");
	}

}
