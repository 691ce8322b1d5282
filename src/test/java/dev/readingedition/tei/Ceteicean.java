package dev.readingedition.tei;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.json.JsonMapper;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * CETEIcean, the TEI Consortium's library that shows TEI in a browser, as the npm
 * registry publishes it: installed once into {@code target/npm} by {@code npm} (or
 * already there from {@code .ci/run}), never from a CDN at test time. Without npm the
 * test fails and says how to get it; it never skips.
 */
final class Ceteicean {

	static final String VERSION = "1.9.5";

	private static final Path PREFIX = Path.of("target", "npm");

	private static final Path PACKAGE = PREFIX.resolve("node_modules/CETEIcean");

	private Ceteicean() {
	}

	/**
	 * The library's browser build, {@code dist/CETEI.js}, installing the pinned version
	 * first if it is not there.
	 */
	static synchronized byte[] script() throws IOException, InterruptedException {
		if (!installedVersion().equals(VERSION)) {
			install();
		}
		String installed = installedVersion();
		if (!installed.equals(VERSION)) {
			fail("npm installed CETEIcean " + installed + ", not " + VERSION);
		}
		return Files.readAllBytes(PACKAGE.resolve("dist/CETEI.js"));
	}

	private static String installedVersion() throws IOException {
		Path manifest = PACKAGE.resolve("package.json");
		if (!Files.isRegularFile(manifest) || !Files.isRegularFile(PACKAGE.resolve("dist/CETEI.js"))) {
			return "none";
		}
		return JsonMapper.builder().build().readTree(Files.readString(manifest)).path("version").asString();
	}

	private static void install() throws IOException, InterruptedException {
		Files.createDirectories(PREFIX);
		Process npm;
		try {
			npm = new ProcessBuilder("npm", "install", "--prefix", PREFIX.toString(), "--no-audit", "--no-fund",
					"--no-save", "--no-package-lock", "CETEIcean@" + VERSION)
				.redirectErrorStream(true)
				.start();
		}
		catch (IOException ex) {
			fail("The TEI browser test needs npm to install CETEIcean " + VERSION + " from the npm registry. Install "
					+ "Node.js and npm (Debian: apt-get install -y nodejs npm), or run the README's test command "
					+ "(.ci/run), which does it.");
			return;
		}
		String output = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
			fail("npm could not install CETEIcean " + VERSION + ":\n" + output);
		}
	}

}
