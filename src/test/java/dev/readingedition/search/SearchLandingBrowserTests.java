package dev.readingedition.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.readingedition.testing.BrowserTestSupport;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import static dev.readingedition.testing.RealContent.SLUG;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader follows search hits into notes and glosses and finds the words marked and in
 * view; the match bar counts what the results page listed; suggestions come as the reader
 * types, by keyboard.
 */
class SearchLandingBrowserTests extends BrowserTestSupport {

	/**
	 * Whether an element is shown and lies wholly inside the window, above the match bar.
	 */
	private boolean inView(WebElement element) {
		return Boolean.TRUE.equals(browser.script("""
				const box = arguments[0].getBoundingClientRect();
				const bar = document.querySelector('.match-nav');
				const bottom = innerHeight - (bar ? bar.offsetHeight : 0);
				return arguments[0].checkVisibility() && box.height > 0 && box.top >= 0 && box.bottom <= bottom;""",
				element));
	}

	private WebElement follow(String query, String anchor) {
		ChromeDriver driver = browser.driver();
		driver.get(url("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&letter=" + SLUG));
		WebElement link = driver.findElements(By.cssSelector(".hit-link"))
			.stream()
			.filter((a) -> a.getAttribute("href").endsWith("#" + anchor))
			.findFirst()
			.orElseThrow(() -> new AssertionError(query + " lists no hit in " + anchor));
		// Followed as a reader's browser follows it: its address, fragment and all.
		driver.get(link.getAttribute("href"));
		assertThat(driver.getCurrentUrl()).endsWith("#" + anchor);
		return driver.findElement(By.id(anchor));
	}

	@Test
	void followingAGlossHitOpensTheGlossWithTheWordsMarkedAndInView() {
		for (int[] size : new int[][] { { 1400, 900 }, { 390, 844 } }) {
			browser.viewport(size[0], size[1], size[0] < 500);
			WebElement gloss = follow("Adzhubei", "a-adzhubei");
			WebElement mark = gloss.findElement(By.cssSelector("mark"));
			assertThat(mark.getText()).isEqualTo("Adzhubei");
			assertThat(mark.getAttribute("id")).isEqualTo("m1");
			assertThat(inView(gloss.findElement(By.cssSelector("b")))).as("the gloss's name at %d px", size[0])
				.isTrue();
			assertThat(inView(mark)).as("the marked name at %d px", size[0]).isTrue();
			assertThat(browser.driver().findElement(By.cssSelector(".match-position")).getText())
				.isEqualTo("Match 1 of 10");
			browser.screenshot("search-landed-on-gloss-" + size[0]);
		}
	}

	@Test
	void followingANoteHitOpensTheNoteWithTheWordsMarkedAndInView() {
		for (int[] size : new int[][] { { 1400, 900 }, { 390, 844 } }) {
			browser.viewport(size[0], size[1], size[0] < 500);
			WebElement note = follow("Sorensen", "n5");
			WebElement mark = note.findElement(By.cssSelector("mark"));
			assertThat(mark.getText()).isEqualTo("Sorensen");
			assertThat(note.isDisplayed()).isTrue();
			assertThat(inView(mark)).as("the marked word at %d px", size[0]).isTrue();
			browser.screenshot("search-landed-on-note-" + size[0]);
		}
	}

	@Test
	void theMatchBarCountsWhatTheResultsPageListedAndStepsThroughThemInOrder() {
		for (String query : List.of("Adzhubei", "modus vivendi")) {
			for (int[] size : new int[][] { { 1400, 900 }, { 390, 844 } }) {
				browser.viewport(size[0], size[1], size[0] < 500);
				ChromeDriver driver = browser.driver();
				driver.get(url("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&letter=" + SLUG));
				List<String> listed = new ArrayList<>();
				for (WebElement link : driver.findElements(By.cssSelector(".hit-link"))) {
					String href = link.getAttribute("href");
					listed.add(href.substring(href.indexOf('#') + 1));
				}
				driver.findElement(By.cssSelector(".hit-link")).click();
				WebElement position = driver.findElement(By.cssSelector(".match-position"));
				assertThat(position.getText()).as(query).isEqualTo("Match 1 of " + listed.size());
				assertThat(driver.findElement(By.cssSelector(".match-count")).getText())
					.startsWith(listed.size() + " ");
				for (int k = 1; k <= listed.size(); k++) {
					assertThat(position.getText()).isEqualTo("Match " + k + " of " + listed.size());
					assertThat(driver.getCurrentUrl()).as("%s stop %d", query, k).endsWith("#" + listed.get(k - 1));
					WebElement current = driver.findElement(By.cssSelector("mark.is-current"));
					assertThat(current.getAttribute("id")).isEqualTo("m" + k);
					assertThat(inView(current)).as("%s match %d at %d px", query, k, size[0]).isTrue();
					if (k == 3 && query.equals("Adzhubei")) {
						browser.screenshot("search-match-3-of-10-" + size[0]);
					}
					driver.findElement(By.cssSelector(".match-next")).click();
				}
				assertThat(position.getText()).as("next wraps to the first").isEqualTo("Match 1 of " + listed.size());
			}
		}
	}

	@Test
	void suggestionsComeAsTheReaderTypesAndAreChosenByKeyboard() {
		browser.viewport(1400, 900, false);
		ChromeDriver driver = browser.driver();
		driver.get(url("/letters/" + SLUG));
		WebElement box = driver.findElement(By.id("site-search"));
		box.click();
		box.sendKeys("adz");
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
		WebElement list = wait.until((d) -> d.findElements(By.cssSelector("[role=listbox]"))
			.stream()
			.filter(WebElement::isDisplayed)
			.findFirst()
			.orElse(null));
		assertThat(box.getAttribute("role")).isEqualTo("combobox");
		assertThat(box.getAttribute("aria-expanded")).isEqualTo("true");
		assertThat(box.getAttribute("aria-controls")).isEqualTo(list.getAttribute("id"));
		// Let the answers to every keystroke arrive, so the list holds still.
		wait.until((d) -> Boolean.TRUE.equals(((ChromeDriver) d)
			.executeScript("return document.querySelector('[role=option]')?.textContent.startsWith('Aleksei')")));
		box.sendKeys(Keys.ARROW_DOWN);
		WebElement first = driver.findElement(By.id(list.getAttribute("id") + "-0"));
		assertThat(first.getText()).startsWith("Aleksei I. Adzhubei");
		assertThat(box.getAttribute("aria-activedescendant")).isEqualTo(first.getAttribute("id"));
		assertThat(first.getAttribute("aria-selected")).isEqualTo("true");
		browser.screenshot("search-suggestions-1400");
		browser.assertAccessible();
		box.sendKeys(Keys.ESCAPE);
		assertThat(list.isDisplayed()).isFalse();
		assertThat(box.getAttribute("aria-expanded")).isEqualTo("false");
		// Chromium empties a search box on Escape as well; the reader types again.
		box.clear();
		box.sendKeys("adz");
		wait.until((d) -> "true".equals(box.getAttribute("aria-expanded")));
		box.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
		String second = list.getAttribute("id") + "-1";
		assertThat(box.getAttribute("aria-activedescendant")).isEqualTo(second);
		assertThat(driver.findElement(By.id(second)).getText()).startsWith("Rada N. Adzhubei");
		box.sendKeys(Keys.ENTER);
		wait.until((d) -> d.getCurrentUrl().contains("/search?q="));
		assertThat(driver.getCurrentUrl()).endsWith("/search?q=%22Rada+N.+Adzhubei%22");
		assertThat(driver.findElements(By.cssSelector(".hit"))).isNotEmpty();
	}

	@Test
	void suggestionsOnAPhoneAndWhatWasTypedIsShownAsText() {
		browser.viewport(390, 844, true);
		ChromeDriver driver = browser.driver();
		driver.get(url("/search"));
		WebElement box = driver.findElement(By.id("search-query"));
		box.click();
		box.sendKeys("<img src=x onerror=alert(1)> modus viv");
		WebElement option = new WebDriverWait(driver, Duration.ofSeconds(10))
			.until((d) -> d.findElements(By.cssSelector("[role=option]"))
				.stream()
				.filter(WebElement::isDisplayed)
				.findFirst()
				.orElse(null));
		assertThat(option.getText()).startsWith("<img src=x onerror=alert(1)> modus vivendi");
		assertThat(driver.findElements(By.cssSelector("img[src=x]"))).isEmpty();
		browser.screenshot("search-suggestions-390");
		// Enter without a chosen suggestion submits what was typed, as without
		// JavaScript.
		box.clear();
		box.sendKeys("modus vivendi", Keys.ENTER);
		new WebDriverWait(driver, Duration.ofSeconds(10)).until((d) -> d.getCurrentUrl().contains("q=modus+vivendi"));
	}

	@Test
	void theHelpPageIsLinkedFromEverySearchFormAndItsExamplesFindSomething() {
		browser.viewport(1400, 900, false);
		ChromeDriver driver = browser.driver();
		driver.get(url("/letters/" + SLUG));
		driver.findElement(By.cssSelector(".site-header .search-help-link")).click();
		assertThat(driver.getCurrentUrl()).endsWith("/search/help");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Searching the letters");
		browser.screenshot("search-help-1400");
		browser.assertAccessible();
	}

}
