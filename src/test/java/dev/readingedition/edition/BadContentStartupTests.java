package dev.readingedition.edition;

import dev.readingedition.ReadingEditionApplication;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.NestedExceptionUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BadContentStartupTests {

	@Test
	void brokenContentStopsStartUpNamingFileAndLine() {
		SpringApplication application = new SpringApplicationBuilder(ReadingEditionApplication.class).build();
		assertThatThrownBy(
				() -> application.run("--edition.content-dir=src/test/resources/bad-content", "--server.port=0"))
			.satisfies((thrown) -> assertThat(NestedExceptionUtils.getMostSpecificCause(thrown))
				.isInstanceOf(ContentException.class)
				.hasMessageStartingWith(
						"src/test/resources/bad-content/broken.md:18: note reference [^7] has no definition"));
	}

	@Test
	void theFailureReportSaysWhatToFixAndWhere() {
		ContentException problem = new ContentException("content/letter.md", 12,
				"note [^4] is defined but never cited");
		FailureAnalysis analysis = new ContentFailureAnalyzer().analyze(new IllegalStateException(problem));
		assertThat(analysis.getDescription()).isEqualTo(
				"The edition's content is not valid: content/letter.md:12: note [^4] is defined but never cited");
		assertThat(analysis.getAction()).startsWith("Fix content/letter.md at line 12 and start the edition again.");
	}

}
