package dev.readingedition.edition;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RedirectsTests {

	private static final Path FIXTURE = Path.of("src/test/resources/redirects");

	private final Edition edition = new EditionLoader(new LetterParser()).load(FIXTURE);

	private Redirects parse(String text) {
		return Redirects.parse("content/redirects.txt", text, edition);
	}

	@Test
	void aRedirectLeadsARemovedParagraphIdToItsNewPlace() {
		Redirects redirects = Redirects.load(FIXTURE.resolve(Redirects.FILE), edition);
		assertThat(redirects.target("corrected-letter", "p3")).hasValue("p2");
		assertThat(redirects.target("corrected-letter", "p4")).isEmpty();
		assertThat(redirects.target("other-letter", "p3")).isEmpty();
	}

	@Test
	void commentsAndBlankLinesAreSkipped() {
		assertThat(parse("# comment\n\n  corrected-letter#p3   ->  p1  \n").target("corrected-letter", "p3"))
			.hasValue("p1");
	}

	@Test
	void aFolderWithoutRedirectsHasNone() {
		Redirects redirects = Redirects.load(Path.of("src/test/resources/two-letters", Redirects.FILE),
				new Edition(List.of()));
		assertThat(redirects.target("first-letter", "p1")).isEmpty();
	}

	@Test
	void aMalformedLineIsNamed() {
		assertThatThrownBy(() -> parse("\ncorrected-letter p3 p2\n")).isInstanceOf(ContentException.class)
			.hasMessage("content/redirects.txt:2: a redirect is written 'slug#old-id -> new-id', such as "
					+ "'my-letter#p11 -> p12', not 'corrected-letter p3 p2'");
	}

	@Test
	void aRedirectMustLeadIntoALetterAndParagraphThatExist() {
		assertThatThrownBy(() -> parse("lost-letter#p3 -> p2")).isInstanceOf(ContentException.class)
			.hasMessage("content/redirects.txt:1: no letter has the slug 'lost-letter'");
		assertThatThrownBy(() -> parse("corrected-letter#p3 -> p9")).isInstanceOf(ContentException.class)
			.hasMessage("content/redirects.txt:1: the letter 'corrected-letter' has no paragraph 'p9' to lead to");
	}

	@Test
	void aRedirectOfAnIdThatStillExistsIsRefusedBecauseItWouldNeverBeFollowed() {
		assertThatThrownBy(() -> parse("corrected-letter#p2 -> p4")).isInstanceOf(ContentException.class)
			.hasMessage("content/redirects.txt:1: the letter still has a paragraph 'p2', so this redirect would "
					+ "never be followed; to send its links elsewhere, pin {#p2} on the paragraph they should reach");
	}

	@Test
	void onlyParagraphIdsCanBeRedirected() {
		assertThatThrownBy(() -> parse("corrected-letter#n7 -> p2")).isInstanceOf(ContentException.class)
			.hasMessageContaining("only paragraph ids such as p11 can be redirected, not 'n7'");
	}

	@Test
	void anIdRedirectedTwiceIsRefused() {
		assertThatThrownBy(() -> parse("corrected-letter#p3 -> p2\ncorrected-letter#p3 -> p1\n"))
			.isInstanceOf(ContentException.class)
			.hasMessage("content/redirects.txt:2: 'corrected-letter#p3' is redirected twice");
	}

}
