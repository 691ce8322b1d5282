package dev.readingedition.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import dev.readingedition.testing.Http;
import dev.readingedition.testing.TestLetters;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Live reload reaches the content's folders, not only its top: an edit saved in
 * {@code about/} or {@code help/}, or a folder made later, is served without a restart,
 * and a front-matter page broken by an edit is refused with its file and line while the
 * last good edition stays in service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContentSubfolderReloadTests {

	private static final Path CONTENT = temporaryContent();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void content(DynamicPropertyRegistry registry) {
		registry.add("edition.content-dir", CONTENT::toString);
		registry.add("edition.watch-quiet-ms", () -> "100");
	}

	private static Path temporaryContent() {
		try {
			Path folder = Files.createTempDirectory("edition-subfolders-");
			Files.writeString(folder.resolve("only.md"), TestLetters.markdown("only", 1, "The only letter", 10, """
					A paragraph of the only letter.
					"""), StandardCharsets.UTF_8);
			Files.createDirectories(folder.resolve("about"));
			writeAbout(folder, "first");
			Files.createDirectories(folder.resolve("help"));
			Files.writeString(folder.resolve("help/search.md"), "# Searching, first version\n\nType words.\n");
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void writeAbout(Path folder, String version) throws IOException {
		Files.writeString(folder.resolve("about/index.md"), """
				---
				order: 1
				description: About, %s version.
				---

				# About, %s version

				It holds {{letters.count}} letter, {{main-work}}.
				""".formatted(version, version), StandardCharsets.UTF_8);
	}

	private String get(String path) {
		return new Http(port).get(path).body();
	}

	private String title(String path) {
		return Jsoup.parse(get(path)).select("main h1").text();
	}

	private JsonNode contentHealth() {
		return JSON.readTree(get("/actuator/health/readiness")).path("components").path("content").path("details");
	}

	@Test
	@Order(1)
	void anEditInTheFrontMatterFolderIsServedWithoutARestart() throws IOException {
		assertThat(title("/about")).isEqualTo("About, first version");
		assertThat(Jsoup.parse(get("/about")).select("article").text()).contains("It holds 1 letter, The only letter");
		writeAbout(CONTENT, "second");
		await().atMost(Duration.ofSeconds(20)).until(() -> title("/about").equals("About, second version"));
	}

	@Test
	@Order(2)
	void anEditInTheHelpFolderIsServedWithoutARestart() throws IOException {
		assertThat(title("/search/help")).isEqualTo("Searching, first version");
		Files.writeString(CONTENT.resolve("help/search.md"), "# Searching, second version\n\nType words.\n");
		await().atMost(Duration.ofSeconds(20)).until(() -> title("/search/help").equals("Searching, second version"));
	}

	@Test
	@Order(3)
	void aFolderMadeLaterIsWatchedToo() throws IOException {
		long before = contentHealth().path("generation").asLong();
		Path later = Files.createDirectories(CONTENT.resolve("about/drafts"));
		await().atMost(Duration.ofSeconds(20)).until(() -> contentHealth().path("generation").asLong() > before);
		long after = contentHealth().path("generation").asLong();
		Files.writeString(later.resolve("note.txt"), "a draft beside the pages, not a page");
		await().atMost(Duration.ofSeconds(20)).until(() -> contentHealth().path("generation").asLong() > after);
	}

	@Test
	@Order(4)
	void aBrokenFrontMatterPageIsRefusedWithItsFileAndLineAndTheLastGoodEditionStaysServed() throws IOException {
		String good = title("/about");
		long generation = contentHealth().path("generation").asLong();
		Files.writeString(CONTENT.resolve("about/index.md"), """
				---
				order: 1
				description: Broken.
				---

				# About, broken version

				It holds {{letters.cuont}} letters.
				""", StandardCharsets.UTF_8);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> contentHealth().path("lastReloadProblem").asText().contains("index.md:8: unknown fact"));
		assertThat(contentHealth().path("lastReloadProblem").asText()).contains("about").contains("{{letters.cuont}}");
		assertThat(contentHealth().path("generation").asLong()).as("the broken edit is not served")
			.isEqualTo(generation);
		assertThat(title("/about")).isEqualTo(good);
		assertThat(title("/letters/only")).isEqualTo("The only letter");
	}

}
