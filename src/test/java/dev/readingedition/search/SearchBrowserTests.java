package dev.readingedition.search;

import dev.readingedition.testing.BrowserTestSupport;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import static dev.readingedition.testing.RealContent.LETTER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader searches from the reading page and lands on the paragraph with the words lit.
 */
class SearchBrowserTests extends BrowserTestSupport {

	@Test
	void typingModusVivendiAndFollowingTheFirstHitEndsOnParagraphElevenWithThePhraseLit() {
		browser.viewport(1400, 900, false);
		ChromeDriver driver = browser.driver();
		driver.get("http://localhost:" + port + LETTER);
		driver.findElement(By.tagName("body")).sendKeys("/");
		WebElement box = driver.switchTo().activeElement();
		assertThat(box.getAttribute("id")).as("the / key focuses the search box").isEqualTo("site-search");
		box.sendKeys("modus vivendi", Keys.ENTER);
		// The key only starts the form's submission; the results page may not have
		// replaced the letter yet when the key returns.
		browser.waitUntil("return location.pathname === '/search'");

		assertThat(driver.getCurrentUrl()).contains("/search?q=modus+vivendi");
		browser.screenshot("search-modus-vivendi");
		driver.findElement(By.cssSelector(".hit-link")).click();
		browser.waitUntil("return location.hash === '#p11'");

		assertThat(driver.getCurrentUrl()).endsWith("#p11");
		WebElement paragraph = driver.findElement(By.id("p11"));
		WebElement mark = paragraph.findElement(By.cssSelector("mark"));
		assertThat(mark.getText()).isEqualTo("modus vivendi");
		assertThat(mark.isDisplayed()).isTrue();
		double top = ((Number) driver.executeScript("return arguments[0].getBoundingClientRect().top", paragraph))
			.doubleValue();
		assertThat(top).as("paragraph 11 is at the top of the window").isBetween(0.0, 24.0);
		String markColour = (String) driver.executeScript("return getComputedStyle(arguments[0]).backgroundColor",
				mark);
		assertThat(markColour).isNotEqualTo("rgba(0, 0, 0, 0)");
		// The phrase stands once in the letter and once in the gloss on the four
		// questions: two results, two stops.
		assertThat(driver.findElement(By.cssSelector(".match-position")).getText()).isEqualTo("Match 1 of 2");
		browser.screenshot("search-landed-on-p11");
	}

	@Test
	void nextAndPreviousStepThroughTheMatches() {
		browser.viewport(1400, 900, false);
		ChromeDriver driver = browser.driver();
		driver.get("http://localhost:" + port + LETTER + "?q=Adzhubei#p8");
		WebElement position = driver.findElement(By.cssSelector(".match-position"));
		String landed = position.getText();
		assertThat(landed).matches("Match \\d+ of \\d+");
		driver.findElement(By.cssSelector(".match-next")).click();
		assertThat(position.getText()).isNotEqualTo(landed);
		driver.findElement(By.cssSelector(".match-previous")).click();
		assertThat(position.getText()).isEqualTo(landed);
		WebElement current = driver.findElement(By.cssSelector("mark.is-current"));
		assertThat(current.getText()).isEqualTo("Adzhubei");
	}

	@Test
	void theSearchPageAndAMarkedReadingPagePassAxe() {
		browser.viewport(1400, 900, false);
		browser.driver().get("http://localhost:" + port + "/search?q=Adzhubei");
		browser.assertAccessible();
		browser.driver().get("http://localhost:" + port + "/search?q=Gromiko");
		browser.assertAccessible();
		browser.driver().get("http://localhost:" + port + LETTER + "?q=Adzhubei#p6");
		browser.assertAccessible();
	}

}
