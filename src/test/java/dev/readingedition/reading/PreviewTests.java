package dev.readingedition.reading;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PreviewTests {

	@Test
	void aShortTextIsKeptWhole() {
		assertThat(Preview.excerpt("  Dear Mr. Chairman.  ")).isEqualTo("Dear Mr. Chairman.");
	}

	@Test
	void aLongTextIsCutAtTheLastWholeWordWithinThreeHundredCharactersWithAnEllipsis() {
		String text = "word ".repeat(70) + "tail";
		String excerpt = Preview.excerpt(text);
		assertThat(excerpt).isEqualTo("word ".repeat(59) + "word…");
		assertThat(excerpt.length()).isLessThanOrEqualTo(Preview.LENGTH + 1);
	}

	@Test
	void theEllipsisReplacesPunctuationLeftAtTheCut() {
		String text = "x".repeat(290) + " and, thereafter more words follow";
		assertThat(Preview.excerpt(text)).isEqualTo("x".repeat(290) + " and…");
	}

}
