package dev.readingedition.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * One headless Debian Chromium for a test class, driven through Debian's chromedriver:
 * nothing is downloaded. Without the browser the tests fail and say how to install it;
 * they never skip.
 */
public final class Browser implements AutoCloseable {

	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final File CHROMIUM = new File(System.getProperty("chromium.binary", "/usr/bin/chromium"));

	private static final File CHROMEDRIVER = new File(System.getProperty("chromedriver.path", "/usr/bin/chromedriver"));

	private final ChromeDriver driver;

	private final Path profile;

	private Browser(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	public static Browser start() {
		if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
			fail("The browser tests need Debian's Chromium at " + CHROMIUM + " and its driver at " + CHROMEDRIVER
					+ ". Install them with `apt-get update && apt-get install -y chromium chromium-driver`, "
					+ "or run the README's test command (.ci/run), which does it.");
		}
		try {
			Path profile = Files.createTempDirectory("edition-chromium-");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM);
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--hide-scrollbars", "--window-size=1400,900", "--user-data-dir=" + profile);
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
				.usingAnyFreePort()
				.build();
			return new Browser(new ChromeDriver(service, options), profile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public ChromeDriver driver() {
		return driver;
	}

	/**
	 * Sets the viewport to exactly this size, as a phone or a desktop window would have
	 * it.
	 */
	public void viewport(int width, int height, boolean mobile) {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
		driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", mobile));
	}

	public void open(String url) {
		driver.get(url);
	}

	@SuppressWarnings("unchecked")
	public <T> T script(String script, Object... arguments) {
		return (T) ((JavascriptExecutor) driver).executeScript(script, arguments);
	}

	public double number(String script, Object... arguments) {
		Object value = script(script, arguments);
		return ((Number) value).doubleValue();
	}

	/**
	 * Waits up to five seconds for a script to return true, and fails saying which did
	 * not.
	 */
	public void waitUntil(String script) {
		try {
			new WebDriverWait(driver, Duration.ofSeconds(5), Duration.ofMillis(50))
				.until((page) -> Boolean.TRUE.equals(script(script)));
		}
		catch (TimeoutException ex) {
			fail("still not true after 5 s on " + driver.getCurrentUrl() + ": " + script);
		}
	}

	/** Saves what the viewport shows, to be looked at by a person. */
	public Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name + ".png");
			Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Prints the page to PDF as Chromium prints it for a reader (A4, print styles, the
	 * page's beforeprint scripts) and saves it beside the screenshots, to be looked at by
	 * a person.
	 */
	public Path print(String name) {
		Map<String, Object> pdf = driver.executeCdpCommand("Page.printToPDF",
				Map.of("paperWidth", 8.27, "paperHeight", 11.69, "printBackground", false));
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name + ".pdf");
			Files.write(file, Base64.getDecoder().decode((String) pdf.get("data")));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Runs axe-core on the page and fails with each violation's rule and elements. */
	public void assertAccessible() {
		Results results = new AxeBuilder().analyze(driver);
		List<Rule> violations = results.getViolations();
		assertThat(violations).as(
				() -> "axe-core violations on " + driver.getCurrentUrl() + ":\n"
						+ String.join("\n", violations.stream()
							.map((rule) -> "- " + rule.getId() + ": " + rule.getHelp() + " at "
									+ rule.getNodes().stream().map((node) -> node.getTarget().toString()).toList())
							.toList()))
			.isEmpty();
	}

	@Override
	public void close() {
		try {
			driver.quit();
		}
		finally {
			try (Stream<Path> files = Files.walk(profile)) {
				files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
			catch (IOException ex) {
				// a leftover temporary profile is harmless
			}
		}
	}

}
