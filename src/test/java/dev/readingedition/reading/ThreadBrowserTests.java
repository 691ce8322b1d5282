package dev.readingedition.reading;

import dev.readingedition.testing.BrowserTestSupport;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static dev.readingedition.testing.RealContent.LETTER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader follows the thread in Chromium: note 2 of the February 15 letter into the
 * December 13 letter, and Kennedy's quotation to the paragraph where Khrushchev wrote it,
 * which says who quoted it; the contents page and a Khrushchev letter at desktop and
 * phone widths, with screenshots.
 */
class ThreadBrowserTests extends BrowserTestSupport {

	@Test
	void noteTwoLeadsIntoTheDecember13Letter() {
		browser.viewport(1440, 900, false);
		browser.open(url(LETTER + "#n2"));
		WebElement link = browser.driver()
			.findElement(By.cssSelector("#n2 a[href='/letters/khrushchev-to-kennedy-1961-12-13']"));
		browser.script("arguments[0].click()", link);
		assertThat(browser.driver().getCurrentUrl()).endsWith("/letters/khrushchev-to-kennedy-1961-12-13");
		assertThat(browser.driver().findElement(By.cssSelector("h1#title")).getText())
			.startsWith("Letter From Chairman Khrushchev to President Kennedy");
	}

	@Test
	void theQuotationLeadsToKhrushchevsParagraphWhichSaysWhoQuotedIt() {
		browser.viewport(1440, 900, false);
		browser.open(url(LETTER + "#p8"));
		WebElement quotation = browser.driver().findElement(By.cssSelector("#p8 a[href$='/p16']"));
		browser.script("arguments[0].click()", quotation);
		assertThat(browser.driver().getCurrentUrl()).contains("/letters/khrushchev-to-kennedy-1961-12-13/p16");
		WebElement paragraph = browser.driver().findElement(By.id("p16"));
		assertThat(paragraph.getText()).contains("in politics just as in physics every action causes counteraction");
		assertThat(browser.number("return arguments[0].getBoundingClientRect().top", paragraph)).isBetween(0.0, 900.0);
		assertThat(browser.driver().findElement(By.cssSelector("#p16 ~ aside.quoted-in")).getText())
			.startsWith("Quoted by Kennedy in Kennedy to Khrushchev, February 15, 1962, ¶ 8");
	}

	@Test
	void theContentsAndAKhrushchevLetterAtDesktopAndPhoneWidths() {
		for (int width : new int[] { 1440, 390 }) {
			browser.viewport(width, width == 1440 ? 900 : 844, width != 1440);
			browser.open(url("/letters"));
			assertThat(browser.driver().findElements(By.cssSelector(".letter-list > li"))).hasSize(4);
			assertThat(browser.number("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(width);
			browser.screenshot("contents-" + width);
			browser.open(url("/letters/khrushchev-to-kennedy-1962-03-10"));
			assertThat(browser.driver().findElement(By.cssSelector(".smallcaps")).getCssValue("font-variant"))
				.contains("small-caps");
			assertThat(browser.number("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(width);
			browser.screenshot("khrushchev-1962-03-10-" + width);
		}
	}

}
