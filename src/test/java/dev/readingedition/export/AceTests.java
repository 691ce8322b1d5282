package dev.readingedition.export;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.readingedition.edition.Edition;
import dev.readingedition.testing.BookFrontMatter;
import dev.readingedition.testing.RealContent;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The EPUB judged by Ace by DAISY 1.4.6, the checker the EPUB accessibility community
 * uses, with Debian's Chromium as its browser. The test installs Ace from the npm
 * registry once (into {@code ~/.cache/reading-edition}, or the folder {@code -Dace.home}
 * names), telling Puppeteer and Electron to download no browser of their own.
 */
class AceTests {

	static final String VERSION = "1.4.6";

	private static final Path HOME = Path
		.of(System.getProperty("ace.home", System.getProperty("user.home") + "/.cache/reading-edition/ace-" + VERSION));

	private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");

	@Test
	void aceFindsNoViolationInTheEpub() throws Exception {
		Path ace = install();
		Edition edition = RealContent.edition();
		ContentVersion version = new ContentVersion(ContentVersion.hash(edition),
				Instant.parse("2026-12-01T12:00:00Z"));
		byte[] epub = new EditionEpub().render(edition, BookFrontMatter.of(edition, ExportValidationTests.LINKS.base()),
				ExportValidationTests.LINKS, version);
		Path work = Files.createTempDirectory("edition-ace-");
		Path file = work.resolve("edition.epub");
		Files.write(file, epub);
		Path out = work.resolve("report");
		run(List.of("node", ace.toString(), "--force", "--silent", "--outdir", out.toString(), file.toString()),
				Map.of("PUPPETEER_EXECUTABLE_PATH", CHROMIUM), 10);
		JsonNode report = JsonMapper.builder().build().readTree(Files.readString(out.resolve("report.json")));
		List<String> violations = new ArrayList<>();
		for (JsonNode document : report.get("assertions")) {
			for (JsonNode assertion : document.path("assertions")) {
				violations.add(document.path("earl:testSubject").path("url").asString() + ": "
						+ assertion.path("earl:test").path("dct:title").asString() + " ("
						+ assertion.path("earl:test").path("earl:impact").asString() + ") "
						+ assertion.path("earl:result").path("dct:description").asString());
			}
		}
		Files.createDirectories(Path.of("target"));
		Files.copy(out.resolve("report.json"), Path.of("target", "ace-report.json"),
				java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		System.out.println(
				"Ace by DAISY " + report.path("earl:assertedBy").path("doap:release").path("doap:revision").asString()
						+ ": " + report.get("assertions").size() + " documents checked, " + violations.size()
						+ " violations, outcome " + report.path("earl:result").path("earl:outcome").asString()
						+ "; metadata missing: " + report.path("a11y-metadata").path("missing"));
		assertThat(report.path("earl:assertedBy").path("doap:release").path("doap:revision").asString())
			.isEqualTo(VERSION);
		assertThat(report.get("assertions").size()).isGreaterThanOrEqualTo(edition.letters().size() + 2);
		assertThat(violations).isEmpty();
		assertThat(report.path("earl:result").path("earl:outcome").asString()).isEqualTo("pass");
		assertThat(report.path("properties").path("hasPageBreaks").asBoolean()).isTrue();
	}

	/**
	 * Installs Ace unless this version is there already; returns its command-line script
	 * for Puppeteer.
	 */
	private static Path install() throws Exception {
		Path script = HOME.resolve("node_modules/@daisy/ace/bin/ace-puppeteer.js");
		Path manifest = HOME.resolve("node_modules/@daisy/ace/package.json");
		if (Files.exists(script) && Files.readString(manifest).contains("\"version\": \"" + VERSION + "\"")) {
			return script;
		}
		if (!new File(CHROMIUM).canExecute()) {
			fail("Ace needs Debian's Chromium at " + CHROMIUM + ": apt-get install -y chromium (.ci/run does it)");
		}
		Files.createDirectories(HOME);
		run(List.of("npm", "install", "--prefix", HOME.toString(), "--no-audit", "--no-fund", "--no-save",
				"@daisy/ace@" + VERSION),
				Map.of("PUPPETEER_SKIP_DOWNLOAD", "1", "PUPPETEER_SKIP_CHROMIUM_DOWNLOAD", "1",
						"ELECTRON_SKIP_BINARY_DOWNLOAD", "1"),
				20);
		assertThat(script).as("Ace's command after npm install").exists();
		return script;
	}

	private static void run(List<String> command, Map<String, String> environment, int minutes) throws Exception {
		Path log = Files.createTempFile("edition-ace-", ".log");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().putAll(environment);
		Process process;
		try {
			process = builder.start();
		}
		catch (IOException ex) {
			fail("Cannot run " + command.get(0) + " (Ace needs Node.js and npm: apt-get install -y nodejs npm, "
					+ "which .ci/run does): " + ex.getMessage());
			return;
		}
		if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			fail(String.join(" ", command) + " took more than " + minutes + " minutes");
		}
		String output = Files.readString(log, StandardCharsets.UTF_8);
		Files.deleteIfExists(log);
		assertThat(process.exitValue()).as(() -> String.join(" ", command) + " failed:\n" + output).isZero();
	}

}
