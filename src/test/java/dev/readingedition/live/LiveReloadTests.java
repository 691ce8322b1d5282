package dev.readingedition.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.readingedition.testing.Http;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * While clients read pages, search and call the API, the content is edited 50 times, good
 * and broken in turn: no request fails, and every answer comes from one whole, good
 * edition.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LiveReloadTests {

	private static final Path CONTENT = temporaryContent();

	private static final Pattern VERSION = Pattern.compile("version (\\d+)");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void content(DynamicPropertyRegistry registry) {
		registry.add("edition.content-dir", CONTENT::toString);
	}

	private static Path temporaryContent() {
		try {
			Path folder = Files.createTempDirectory("edition-live-");
			write(folder, 1);
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Writes two letters at one version. The word "marker" moves with the version, so a
	 * page whose marks came from another version's index than its text would mark the
	 * wrong words.
	 */
	private static void write(Path folder, int version) throws IOException {
		for (String name : List.of("first", "second")) {
			String body = ("filler ".repeat(version % 7)) + "marker of version " + version + " in the " + name
					+ " letter.";
			Files.writeString(folder.resolve(name + ".md"), """
					---
					slug: %s
					document: %d
					title: The %s letter, version %d
					author: A. Writer
					recipient: B. Reader
					dateline: Somewhere, January 1, 1962
					date: 1962-01-0%d
					series: Test Series
					volume: I
					volume-title: Tests
					first-page: 10
					source-url: https://example.org/%s
					---

					# The %s letter, version %d

					%s[^1]

					[^1]: A note on version %d.
					""".formatted(name, version, name, version, name.equals("first") ? 1 : 2, name, name, version, body,
					version), StandardCharsets.UTF_8);
		}
	}

	/** Breaks the first letter: a note cited but never written. */
	private static void breakContent(Path folder) throws IOException {
		String first = Files.readString(folder.resolve("first.md"));
		Files.writeString(folder.resolve("first.md"), first.replace("[^1]: A note", "[^2]: A note"));
	}

	private HttpResponse<String> get(String path) {
		return new Http(port).get(path);
	}

	private JsonNode readiness() {
		return JSON.readTree(get("/actuator/health/readiness").body());
	}

	private long generation() {
		return readiness().path("components").path("content").path("details").path("generation").asLong();
	}

	@Test
	void fiftyEditsGoodAndBrokenWhileClientsReadFailNoRequestAndMixNoEditions() throws Exception {
		Set<Integer> goodVersions = ConcurrentHashMap.newKeySet();
		goodVersions.add(1);
		List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
		AtomicInteger answers = new AtomicInteger();
		AtomicBoolean running = new AtomicBoolean(true);
		List<Thread> clients = new ArrayList<>();
		for (int c = 0; c < 2; c++) {
			Thread thread = new Thread(() -> {
				while (running.get()) {
					try {
						checkReadingPage(goodVersions, failures);
						checkSearchApi(goodVersions, failures);
						checkContents(goodVersions, failures);
						answers.addAndGet(3);
					}
					catch (RuntimeException ex) {
						failures.add("request failed: " + ex);
					}
				}
			});
			thread.start();
			clients.add(thread);
		}

		int reloads = 0;
		int refused = 0;
		for (int edit = 1; edit <= 50; edit++) {
			long before = generation();
			if (edit % 2 == 1) {
				int version = edit + 1;
				goodVersions.add(version);
				write(CONTENT, version);
				await().atMost(Duration.ofSeconds(20)).until(() -> generation() > before);
				reloads++;
				assertThat(readiness().path("components").path("content").path("details").has("lastReloadProblem"))
					.isFalse();
			}
			else {
				breakContent(CONTENT);
				await().atMost(Duration.ofSeconds(20))
					.until(() -> readiness().path("components")
						.path("content")
						.path("details")
						.path("lastReloadProblem")
						.asText()
						.contains("first.md:"));
				assertThat(generation()).as("a broken edit is never served").isEqualTo(before);
				refused++;
			}
		}
		running.set(false);
		for (Thread thread : clients) {
			thread.join(30_000);
		}

		JsonNode details = readiness().path("components").path("content").path("details");
		assertThat(details.path("lastReloadProblem").asText()).contains("first.md:")
			.contains("note reference [^1] has no definition");
		assertThat(reloads).isEqualTo(25);
		assertThat(refused).isEqualTo(25);
		assertThat(answers.get()).as("the clients kept reading throughout").isGreaterThan(100);
		assertThat(failures).isEmpty();
		System.out.printf("live reload: %d edits (%d served, %d refused), %d answers, %d failures%n", reloads + refused,
				reloads, refused, answers.get(), failures.size());
	}

	private void checkReadingPage(Set<Integer> goodVersions, List<String> failures) {
		HttpResponse<String> response = get("/letters/first?q=marker");
		if (response.statusCode() != 200) {
			failures.add("reading page answered " + response.statusCode());
			return;
		}
		Document page = Jsoup.parse(response.body());
		int title = version(page.select("h1").text(), failures);
		int text = version(page.select("#p1").text(), failures);
		if (title != text || !goodVersions.contains(title)) {
			failures.add("reading page mixes or invents versions: title " + title + ", text " + text);
		}
		List<String> marks = page.select("#p1 mark").eachText();
		if (!marks.equals(List.of("marker"))) {
			failures.add("marks from another version's index: " + marks);
		}
	}

	private void checkSearchApi(Set<Integer> goodVersions, List<String> failures) {
		HttpResponse<String> response = get("/api/search?q=marker");
		if (response.statusCode() != 200) {
			failures.add("API answered " + response.statusCode());
			return;
		}
		JsonNode hits = JSON.readTree(response.body()).get("hits");
		Set<Integer> versions = new java.util.HashSet<>();
		for (JsonNode hit : hits) {
			int inTitle = version(hit.get("title").asText(), failures);
			int inSnippet = version(hit.get("snippet").asText(), failures);
			versions.add(inTitle);
			versions.add(inSnippet);
		}
		if (hits.size() != 2 || versions.size() != 1 || !goodVersions.containsAll(versions)) {
			failures.add("API hits mix or invent versions: " + versions + " in " + hits.size() + " hits");
		}
	}

	private void checkContents(Set<Integer> goodVersions, List<String> failures) {
		HttpResponse<String> response = get("/letters");
		if (response.statusCode() != 200) {
			failures.add("contents page answered " + response.statusCode());
			return;
		}
		Set<Integer> versions = new java.util.HashSet<>();
		for (String title : Jsoup.parse(response.body()).select(".letter-list .printed").eachText()) {
			versions.add(version(title, failures));
		}
		if (versions.size() != 1 || !goodVersions.containsAll(versions)) {
			failures.add("contents page mixes letters of different loads: " + versions);
		}
	}

	private static int version(String text, List<String> failures) {
		Matcher matcher = VERSION.matcher(text);
		if (!matcher.find()) {
			failures.add("no version in " + text);
			return -1;
		}
		return Integer.parseInt(matcher.group(1));
	}

}
