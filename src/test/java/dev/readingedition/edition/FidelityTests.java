package dev.readingedition.edition;

import java.io.IOException;
import java.util.List;

import dev.readingedition.testing.RealContent;

import org.junit.jupiter.api.Test;

import static dev.readingedition.edition.FidelityTestSupport.sourceParagraphs;
import static dev.readingedition.edition.FidelityTestSupport.words;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The edition reproduces the letter as received, word for word (the served page is
 * checked the same way in the web tests).
 */
class FidelityTests {

	@Test
	void theModelReproducesTheSourceWordForWord() throws IOException {
		Letter letter = RealContent.letter();
		List<String> source = sourceParagraphs();

		assertThat(words("296. " + letter.meta().title())).isEqualTo(words(source.get(0)));
		List<String> body = source.subList(1, source.size());
		assertThat(letter.paragraphs()).hasSameSizeAs(body);
		for (int i = 0; i < body.size(); i++) {
			assertThat(words(letter.paragraphs().get(i).text())).as("paragraph %d", i + 1)
				.isEqualTo(words(body.get(i)));
		}
	}

	@Test
	void theFixtureStillHoldsEveryMarkSoTheComparisonMeansSomething() throws IOException {
		List<String> source = sourceParagraphs();
		assertThat(source).hasSize(13);
		assertThat(String.join("\n", source)).doesNotContain("[Page").doesNotContain("1961,2");
	}

}
