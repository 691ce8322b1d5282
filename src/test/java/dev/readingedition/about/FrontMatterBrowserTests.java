package dev.readingedition.about;

import java.util.List;

import dev.readingedition.testing.BrowserTestSupport;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static dev.readingedition.testing.RealContent.SLUG;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The front matter in headless Chromium: every page passes axe-core at a desktop's and a
 * phone's width, nothing on it (the tables of downloads, the citations, the addresses)
 * scrolls sideways on a phone, and the footer's line of links reaches it from the reading
 * page.
 */
class FrontMatterBrowserTests extends BrowserTestSupport {

	private static final List<String> PAGES = List.of("/about", "/about/editorial-principles",
			"/about/text-and-printings", "/about/how-to-cite", "/about/data-and-formats", "/about/accessibility");

	@Test
	void everyPageIsAccessibleOnADesktop() {
		browser.viewport(1440, 900, false);
		for (String path : PAGES) {
			browser.open(url(path));
			assertThat(browser.driver().findElement(By.cssSelector("main h1")).isDisplayed()).as(path).isTrue();
			browser.assertAccessible();
		}
		browser.open(url("/about/text-and-printings"));
		browser.screenshot("about-text-and-printings-1440x900");
		browser.open(url("/about/how-to-cite"));
		browser.screenshot("about-how-to-cite-1440x900");
	}

	@Test
	void everyPageIsAccessibleOnAPhoneAndNothingScrollsSideways() {
		browser.viewport(390, 844, true);
		for (String path : PAGES) {
			browser.open(url(path));
			assertThat(browser.number("return document.documentElement.scrollWidth"))
				.as("no sideways scroll at %s", path)
				.isLessThanOrEqualTo(390.0);
			browser.assertAccessible();
		}
		browser.open(url("/about/data-and-formats"));
		browser.screenshot("about-data-and-formats-390x844");
		browser.open(url("/about"));
		browser.screenshot("about-390x844");
	}

	@Test
	void theReadingPagesFooterLeadsToTheFrontMatter() {
		browser.viewport(1440, 900, false);
		browser.open(url("/letters/" + SLUG));
		browser.driver().findElement(By.cssSelector("footer nav.about-nav a[href='/about/how-to-cite']")).click();
		assertThat(browser.driver().getCurrentUrl()).endsWith("/about/how-to-cite");
		assertThat(browser.driver().findElement(By.cssSelector("main h1")).getText()).isEqualTo("How to cite");
		browser.open(url("/letters/" + SLUG));
		browser.script("document.querySelector('footer').scrollIntoView()");
		browser.screenshot("reading-page-footer-1440x900");
	}

}
