package dev.readingedition.edition;

import java.util.List;

import dev.readingedition.testing.TestLetters;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Phrases of a letter marked as mentions of register entities: {@code [Ambassador
 * Thompson]{ref=thompson}}.
 */
class MentionTests {

	private static final Register REGISTER = new RegisterParser().parse("content/register.md", """
			---
			type: register
			title: Names and terms
			---

			## Llewellyn E. Thompson, Jr. {#thompson .person}

			U.S. Ambassador in Moscow.

			Sources: [FRUS vol. VI](https://example.org/v06).

			## The "pen pal" channel & co. {#channel .term}

			The private letters.

			Sources: Lot 77 D 163.
			""");

	private final LetterParser parser = new LetterParser();

	private Letter parse(String body) {
		return parser.parse("content/test.md", TestLetters.FRONT_MATTER + "\n" + body, REGISTER);
	}

	@Test
	void aMarkedPhraseBecomesAMentionWithoutChangingTheWords() {
		Letter letter = parse("# A Test Letter\n\nWe asked [Ambassador *Thompson*]{ref=thompson} again.\n");
		Paragraph paragraph = letter.paragraphs().get(0);
		assertThat(paragraph.text()).isEqualTo("We asked Ambassador Thompson again.");
		Mention mention = paragraph.mentions().get(0);
		assertThat(mention.entityId()).isEqualTo("thompson");
		assertThat(mention.paragraphId()).isEqualTo("p1");
		assertThat(mention.phrase()).isEqualTo("Ambassador Thompson");
		assertThat(paragraph.text().substring(mention.start(), mention.end())).isEqualTo("Ambassador Thompson");
		assertThat(mention.first()).isTrue();
		assertThat(mention.id()).isEqualTo("aref-thompson-1");
	}

	@Test
	void theFirstMentionCarriesItsGlossAndLaterOnesLinkToIt() {
		Letter letter = parse("# A Test Letter\n\n[Thompson]{ref=thompson} wrote.\n\nThen [he]{ref=thompson} left.\n");
		Document first = Jsoup.parseBodyFragment(letter.paragraphs().get(0).html());
		Element mention = first.selectFirst("a.mention");
		assertThat(mention.id()).isEqualTo("aref-thompson-1");
		assertThat(mention.attr("href")).isEqualTo("#a-thompson");
		assertThat(first.select(".annotation")).as("the gloss is not in the paragraph's text").isEmpty();
		Element gloss = Jsoup.parseBodyFragment(letter.paragraphs().get(0).marginHtml()).selectFirst(".annotation");
		assertThat(gloss.id()).isEqualTo("a-thompson");
		assertThat(gloss.attr("role")).isEqualTo("note");
		assertThat(gloss.text()).startsWith("Person Llewellyn E. Thompson, Jr. U.S. Ambassador in Moscow. Sources: ");
		assertThat(gloss.select("> .kind").text()).isEqualTo("Person");
		assertThat(gloss.select("> b").text()).isEqualTo("Llewellyn E. Thompson, Jr.");
		assertThat(gloss.select("> small a").attr("href")).isEqualTo("https://example.org/v06");
		assertThat(gloss.select("a[role=doc-backlink]").attr("href")).isEqualTo("#aref-thompson-1");

		Document second = Jsoup.parseBodyFragment(letter.paragraphs().get(1).html());
		assertThat(second.select("a.mention").attr("href")).isEqualTo("#a-thompson");
		assertThat(second.select("a.mention").attr("id")).isEqualTo("aref-thompson-2");
		assertThat(second.select(".annotation")).isEmpty();
		assertThat(letter.paragraphs().get(1).marginHtml()).isEmpty();
	}

	@Test
	void namesAreEscapedInTheGloss() {
		Letter letter = parse("# A Test Letter\n\nBy [letter]{ref=channel}.\n");
		String html = letter.paragraphs().get(0).marginHtml();
		assertThat(html).doesNotContain("channel & co.");
		assertThat(Jsoup.parseBodyFragment(html).select(".annotation > b").text())
			.isEqualTo("The \"pen pal\" channel & co.");
	}

	@Test
	void mentionsAreNumberedPerEntityInReadingOrder() {
		Letter letter = parse("""
				# A Test Letter

				[Thompson]{ref=thompson} and [this channel]{ref=channel}.

				[Thompson]{ref=thompson} again, and [him]{ref=thompson}.
				""");
		assertThat(letter.mentions()).extracting(Mention::id)
			.containsExactly("aref-thompson-1", "aref-channel-1", "aref-thompson-2", "aref-thompson-3");
		assertThat(letter.annotations()).extracting(Entity::id).containsExactly("thompson", "channel");
		assertThat(letter.paragraphsMentioning("thompson")).extracting(Paragraph::id).containsExactly("p1", "p2");
		assertThat(letter.paragraphsMentioning("channel")).extracting(Paragraph::id).containsExactly("p1");
	}

	@Test
	void theTextMarkerReadsTheSameWordsFromTheHtmlSkippingTheGloss() {
		Letter letter = parse("# A Test Letter\n\nAs [Ambassador Thompson]{ref=thompson},[^1] said [Page 6] twice.\n\n"
				+ "[^1]: A note.\n");
		Paragraph paragraph = letter.paragraphs().get(0);
		assertThat(HtmlText.ofParagraph(paragraph.html()).text(HtmlText.PARAGRAPH)).isEqualTo(paragraph.text())
			.isEqualTo("As Ambassador Thompson, said twice.");
		Mention mention = paragraph.mentions().get(0);
		TextMarker marker = new TextMarker(paragraph.htmlText());
		marker.markNumbered(HtmlText.PARAGRAPH, List.of(new TextMarker.Range(mention.start(), mention.end())), 1);
		String marked = marker.html();
		assertThat(Jsoup.parseBodyFragment(marked).select("a.mention > mark").text()).isEqualTo("Ambassador Thompson");
	}

	@Test
	void notesKnowWhereTheirReferenceStands() {
		Letter letter = parse("# A Test Letter[^1]\n\nAs [Thompson]{ref=thompson} said,[^2] it ended.[^3]\n\n"
				+ "[^1]: Source.\n[^2]: Said.\n[^3]: Ended.\n");
		assertThat(letter.notes()).extracting(Note::position).containsExactly(13, 17, 27);
		assertThat(letter.paragraphs().get(0).text().substring(0, 17)).isEqualTo("As Thompson said,");
	}

	@Test
	void theKindMayBeWrittenButMustAgreeWithTheRegister() {
		assertThat(parse("# A Test Letter\n\n[Thompson]{.person ref=thompson}.\n").mentions()).hasSize(1);
		assertThatThrownBy(() -> parse("# A Test Letter\n\n[Thompson]{.place ref=thompson}.\n"))
			.isInstanceOf(ContentException.class)
			.hasMessage("content/test.md:18: the mention [Thompson] calls 'thompson' a place, but the register "
					+ "has it as a person");
	}

	@Test
	void aMentionOfAnUndefinedEntityIsReportedOnItsLine() {
		assertThatThrownBy(() -> parse("# A Test Letter\n\nText.\n\nAnd [Gromyko]{ref=gromyko}.\n"))
			.isInstanceOf(ContentException.class)
			.hasMessage("content/test.md:20: the mention [Gromyko] refers to 'gromyko', which the register "
					+ "(content/register.md) does not define");
	}

	@Test
	void withoutARegisterAMentionIsRefused() {
		String markdown = TestLetters.FRONT_MATTER + "\n# A Test Letter\n\n[Thompson]{ref=thompson}.\n";
		assertThatThrownBy(() -> parser.parse("content/test.md", markdown)).isInstanceOf(ContentException.class)
			.hasMessage("content/test.md:18: the mention [Thompson] refers to 'thompson', which no register "
					+ "defines: the content folder needs its register.md");
	}

	@Test
	void aMentionNeedsItsRefAndNothingElse() {
		assertThatThrownBy(() -> parse("# A Test Letter\n\n[Thompson]{.person}.\n"))
			.isInstanceOf(ContentException.class)
			.hasMessageContaining(":18: the mention [Thompson] needs the id of its entity");
		assertThatThrownBy(() -> parse("# A Test Letter\n\n[Thompson]{ref=thompson #x}.\n"))
			.isInstanceOf(ContentException.class)
			.hasMessageContaining(":18: the mention [Thompson] may carry only ref=<entity id>");
	}

	@Test
	void bracesThatDoNotFollowAPhraseAreRefusedNotDropped() {
		assertThatThrownBy(() -> parse("# A Test Letter\n\nA set {ref=thompson} of words.\n"))
			.isInstanceOf(ContentException.class)
			.hasMessageStartingWith("content/test.md:18: {ref=thompson} is read as attributes, which the edition "
					+ "allows only to mark a mention, as in '[Ambassador Thompson]{ref=thompson}'");
	}

	@Test
	void anEscapedBraceIsText() {
		Letter letter = parse("# A Test Letter\n\nA set \\{of} words.\n");
		assertThat(letter.paragraphs().get(0).text()).isEqualTo("A set {of} words.");
		assertThat(letter.mentions()).isEmpty();
	}

	@Test
	void mentionsBelongInParagraphsNotInTheTitleOrNotes() {
		assertThatThrownBy(() -> parse("# A [Test]{ref=thompson} Letter\n\nText.\n"))
			.isInstanceOf(ContentException.class)
			.hasMessageContaining(":16: the mention [Test] is not in a paragraph of the letter");
		assertThatThrownBy(() -> parse("# A Test Letter\n\nText.[^1]\n\n[^1]: See [him]{ref=thompson}.\n"))
			.isInstanceOf(ContentException.class)
			.hasMessageContaining(":20: the mention [him] is not in a paragraph of the letter");
	}

	@Test
	void aMentionHoldsNoNoteReferenceOrPageBreak() {
		// Flexmark reads neither as one bracketed phrase, so the braces are refused as
		// following none.
		assertThatThrownBy(() -> parse("# A Test Letter\n\n[Thompson.[^1]]{ref=thompson}\n\n[^1]: N.\n"))
			.isInstanceOf(ContentException.class)
			.hasMessageStartingWith("content/test.md:18: {ref=thompson} is read as attributes, which the edition "
					+ "allows only to mark a mention");
		assertThatThrownBy(() -> parse("# A Test Letter\n\n[Thompson [Page 6] said]{ref=thompson}\n"))
			.isInstanceOf(ContentException.class)
			.hasMessageStartingWith("content/test.md:18: {ref=thompson} is read as attributes, which the edition "
					+ "allows only to mark a mention");
	}

	@Test
	void aMentionOfNoWordsIsRefused() {
		assertThatThrownBy(() -> parse("# A Test Letter\n\nSee [ ]{ref=thompson} here.\n"))
			.isInstanceOf(ContentException.class)
			.hasMessage("content/test.md:18: the mention [] must hold words of the letter");
	}

}
