package dev.readingedition.reading;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.readingedition.edition.WhiteSpace;
import dev.readingedition.testing.Browser;
import dev.readingedition.testing.BrowserTestSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static dev.readingedition.testing.RealContent.LETTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * What a reader of a shared link sees in Chromium, and what sharing puts on the
 * clipboard: the linked paragraph in view and marked, copied permalinks and quote links,
 * quotes marked, and Cite disclosures that pass axe-core.
 */
class PermalinkBrowserTests extends BrowserTestSupport {

	@BeforeEach
	void wideScreenWithClipboard() {
		browser.viewport(1400, 900, false);
		browser.driver()
			.executeCdpCommand("Browser.grantPermissions",
					Map.of("origin", url(""), "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
	}

	private WebDriverWait waiting() {
		return new WebDriverWait(browser.driver(), Duration.ofSeconds(5));
	}

	private String clipboard() {
		return (String) browser.driver()
			.executeAsyncScript("const done = arguments[arguments.length - 1];"
					+ "navigator.clipboard.readText().then(done, (error) => done('unreadable: ' + error));");
	}

	private Map<String, Number> box(String id) {
		return browser.script("const r = document.getElementById(arguments[0]).getBoundingClientRect();"
				+ "return {top: r.top, bottom: r.bottom};", id);
	}

	private String background(String script, Object... arguments) {
		return browser.script("return getComputedStyle(" + script + ").backgroundColor", arguments);
	}

	@Test
	void aParagraphPermalinkOpensWithTheParagraphInViewAndMarked() {
		browser.open(url(LETTER + "/p11"));
		Map<String, Number> p11 = box("p11");
		assertThat(p11.get("top").doubleValue()).as("top of paragraph 11").isBetween(0.0, 60.0);
		assertThat(p11.get("bottom").doubleValue()).as("bottom of paragraph 11").isLessThanOrEqualTo(900);
		assertThat(background("document.getElementById('p11')"))
			.isNotEqualTo(background("document.getElementById('p10')"));
		assertThat(browser.driver().getCurrentUrl()).isEqualTo(url(LETTER + "/p11#p11"));
		browser.screenshot("permalink-p11-1400x900");
	}

	@Test
	void clickingAParagraphNumberPutsItsPermalinkOnTheClipboard() {
		browser.open(url(LETTER));
		WebElement number = browser.driver().findElement(By.cssSelector("#p5 a.paragraph-number"));
		new Actions(browser.driver()).moveToElement(number).perform();
		number.click();
		waiting().until(ExpectedConditions.textToBe(By.id("share-status"), "Link copied"));
		assertThat(clipboard()).isEqualTo(url(LETTER + "/p5"));
		assertThat(browser.driver().getCurrentUrl()).as("the reader stays where they were").isEqualTo(url(LETTER));
		browser.screenshot("paragraph-number-link-copied-1400x900");
	}

	@Test
	void aQuoteLinkMarksItsWordsAndBringsThemIntoView() {
		String quote = "new situations require   new methods of procedure";
		browser.open(url(LETTER + "/p11?quote=" + URLEncoder.encode(quote, StandardCharsets.UTF_8)));
		List<WebElement> marks = browser.driver().findElements(By.cssSelector("#p11 mark"));
		assertThat(marks).extracting(WebElement::getText)
			.containsExactly("new situations require new methods of procedure");
		assertThat(background("document.querySelector('#p11 mark')"))
			.isNotEqualTo(background("document.getElementById('p11')"))
			.isNotEqualTo("rgba(0, 0, 0, 0)");
		Map<String, Number> mark = box("m1");
		assertThat(mark.get("top").doubleValue()).isBetween(0.0, 900.0);
		browser.screenshot("quote-link-p11-1400x900");
	}

	@Test
	void inTheDarkThemeTheQuoteAndItsParagraphStayMarked() {
		browser.driver()
			.executeCdpCommand("Emulation.setEmulatedMedia",
					Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
		try {
			browser.open(
					url(LETTER + "/p11?quote=" + URLEncoder.encode("new situations require", StandardCharsets.UTF_8)));
			String page = background("document.body");
			String paragraph = background("document.getElementById('p11')");
			assertThat(Arrays.stream(page.replaceAll("[^0-9,]", "").split(",")).mapToInt(Integer::parseInt).sum())
				.as("the dark theme is on: %s", page)
				.isLessThan(150);
			assertThat(paragraph).isNotEqualTo(page);
			assertThat(background("document.getElementById('m1')")).isNotEqualTo(paragraph).isNotEqualTo(page);
			browser.screenshot("quote-link-p11-dark-1400x900");
		}
		finally {
			browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
		}
	}

	@Test
	void selectingWordsOffersALinkThatOpensTheParagraphWithThemMarked() {
		browser.open(url(LETTER));
		// Select from inside "International" to inside "supervising": the link quotes
		// whole words.
		browser.script("""
				const paragraph = document.getElementById('p9');
				paragraph.scrollIntoView({block: 'center'});
				const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
				let node;
				while ((node = walker.nextNode()) && !node.data.includes('International Commission')) {}
				const at = node.data.indexOf('International Commission');
				const range = document.createRange();
				range.setStart(node, at + 5);
				range.setEnd(node, at + 'International Commission super'.length);
				getSelection().removeAllRanges();
				getSelection().addRange(range);""");
		WebElement control = waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".quote-link")));
		assertThat(control.getText()).isEqualTo("Copy link to quote");
		Map<String, Number> place = browser.script("""
				const rects = getSelection().getRangeAt(0).getClientRects();
				const button = document.querySelector('.quote-link').getBoundingClientRect();
				return {selection: rects[rects.length - 1].bottom, top: button.top, bottom: button.bottom};""");
		assertThat(place.get("top").doubleValue()).as("the control stands just below the selection")
			.isBetween(place.get("selection").doubleValue(), place.get("selection").doubleValue() + 20);
		assertThat(place.get("bottom").doubleValue()).as("inside the window").isLessThan(900);
		browser.screenshot("quote-control-1400x900");

		control.click();

		waiting().until(ExpectedConditions.textToBe(By.id("share-status"), "Link to quote copied"));
		String link = clipboard();
		assertThat(link).isEqualTo(url(LETTER + "/p9?quote=International%20Commission%20supervising"
				+ "#:~:text=International%20Commission%20supervising"));
		browser.open(link);
		assertThat(browser.driver().findElements(By.cssSelector("#p9 mark"))).extracting(WebElement::getText)
			.containsExactly("International Commission supervising");
	}

	@Test
	void theBrowserReadsTheWhiteSpaceRuleThePageGivesTheSharingScriptAsTheServerApplies() {
		browser.open(url(LETTER));
		// Every UTF-16 code unit the page's rule calls white space, read by the browser's
		// own regular expressions.
		String browserSpaces = browser.script("""
				const one = new RegExp('^' + document.querySelector('meta[name=share-script]').dataset.space + '$');
				let found = '';
				for (let c = 0; c < 0xFFFF; c++) {
				  if (one.test(String.fromCharCode(c))) {
				    found += String.fromCharCode(c);
				  }
				}
				return found;""");
		StringBuilder serverSpaces = new StringBuilder();
		for (char c = 0; c < Character.MAX_VALUE; c++) {
			if (WhiteSpace.is(c)) {
				serverSpaces.append(c);
			}
		}
		assertThat(browserSpaces.chars().mapToObj((c) -> String.format("U+%04X", c)).toList())
			.isEqualTo(serverSpaces.chars().mapToObj((c) -> String.format("U+%04X", c)).toList());
	}

	@Test
	void aPrintedPageLinkBringsItsPageBreakIntoView() {
		browser.open(url(LETTER + "/page/820"));
		Map<String, Number> marker = box("page820");
		assertThat(marker.get("top").doubleValue()).as("the break, with a line or two before it")
			.isBetween(40.0, 120.0);
		assertThat(background("document.getElementById('page820')"))
			.isNotEqualTo(background("document.getElementById('page821')"));
		browser.screenshot("page-820-1400x900");
	}

	@Test
	void withoutJavaScriptAPermalinkShowsANoticeThatLeadsToTheParagraph() {
		browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
		try {
			browser.open(url(LETTER + "/p11"));
			WebElement notice = browser.driver().findElement(By.cssSelector(".permalink-notice a"));
			assertThat(notice.getText()).isEqualTo("Linked paragraph ¶ 11");
			assertThat(browser.driver().findElement(By.id("p11")).getAttribute("class")).contains("is-target");
			browser.screenshot("permalink-p11-without-javascript-1400x900");
			notice.click();
			assertThat(box("p11").get("top").doubleValue()).isBetween(0.0, 24.0);
		}
		finally {
			browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
		}
	}

	@Test
	void aParagraphsCiteLinkOpensItsCitationsOnItsPermalinkPage() {
		browser.open(url(LETTER));
		WebElement link = browser.driver().findElement(By.cssSelector("#p5 + a"));
		Map<String, Number> place = browser.script("""
				const link = document.querySelector('#p5 + a').getBoundingClientRect();
				const text = document.getElementById('p5').getBoundingClientRect();
				const number = document.querySelector('#p5 .paragraph-number').getBoundingClientRect();
				return {linkTop: link.top, linkRight: link.right, bottom: text.bottom, numberRight: number.right,
				        textLeft: text.left};""");
		assertThat(place.get("linkRight").doubleValue()).as("in the left margin, under the number")
			.isLessThanOrEqualTo(place.get("textLeft").doubleValue())
			.isCloseTo(place.get("numberRight").doubleValue(), offset(2.0));
		assertThat(place.get("linkTop").doubleValue()).as("level with the paragraph's last line")
			.isBetween(place.get("bottom").doubleValue() - 30, place.get("bottom").doubleValue());

		link.click();

		assertThat(browser.driver().getCurrentUrl()).isEqualTo(url(LETTER + "/p5#cite"));
		WebElement cite = browser.driver().findElement(By.cssSelector("#p5 + details.cite-paragraph"));
		assertThat(cite.getAttribute("open")).isNotNull();
		assertThat(cite.findElement(By.cssSelector(".citation-text")).getText()).contains(url(LETTER + "/p5") + ".");
		assertThat(box("cite").get("top").doubleValue()).as("the citations are in view").isBetween(0.0, 300.0);
		assertThat(cite.findElements(By.cssSelector("button.copy-citation"))).allMatch(WebElement::isDisplayed);
		browser.screenshot("cite-p5-1400x900");
	}

	@Test
	void aCitationsCopyButtonPutsItOnTheClipboard() {
		browser.open(url(LETTER + "/p11"));
		WebElement cite = browser.driver().findElement(By.cssSelector("#p11 + details.cite-paragraph"));
		WebElement chicago = cite.findElement(By.cssSelector(".citation-text"));
		cite.findElement(By.cssSelector("button.copy-citation")).click();
		waiting().until(ExpectedConditions.textToBe(By.id("share-status"), "Citation copied"));
		assertThat(clipboard()).isEqualTo(chicago.getText()).contains("1994), 821, " + url(LETTER + "/p11") + ".");
	}

	@Test
	void aPermalinkPageWithItsCiteDisclosuresOpenPassesAxe() {
		browser.open(url(LETTER + "/p11"));
		browser.driver().findElement(By.cssSelector("details.cite-letter > summary")).click();
		WebElement cite = browser.driver().findElement(By.cssSelector("#p11 + details.cite-paragraph"));
		assertThat(cite.getAttribute("open")).as("the permalink page opens its paragraph's disclosure").isNotNull();
		assertThat(cite.findElements(By.cssSelector("button.copy-citation"))).allMatch(WebElement::isDisplayed);
		browser.script("arguments[0].scrollIntoView({block: 'start'})", cite);
		browser.screenshot("permalink-p11-cite-open-1400x900");
		browser.assertAccessible();
		browser.viewport(390, 844, true);
		browser.open(url(LETTER + "/p11#cite"));
		browser.screenshot("permalink-p11-cite-open-390x844");
		browser.assertAccessible();
	}

	/**
	 * On a phone the citations are read and copied: no citation text, style name or file
	 * link under 12 px; the records for reference managers are links that download the
	 * files.
	 */
	@Test
	void onAPhoneNoCitationTextIsSmallerThanTwelvePixels() {
		browser.viewport(390, 844, true);
		browser.open(url(LETTER + "/p11#cite"));
		browser.driver().findElement(By.cssSelector("details.cite-letter > summary")).click();
		List<Object> sizes = browser.script("return Array.from(document.querySelectorAll("
				+ "'.citations dt, .citations .citation-text, .citations .citation-text cite, .citation-files a'))"
				+ ".filter((e) => e.getClientRects().length > 0)"
				+ ".map((e) => parseFloat(getComputedStyle(e).fontSize));");
		assertThat(sizes).as("font sizes of the citations shown at 390 px")
			.hasSizeGreaterThanOrEqualTo(16)
			.allSatisfy((size) -> assertThat(((Number) size).doubleValue()).isGreaterThanOrEqualTo(12.0));
		List<WebElement> files = browser.driver().findElements(By.cssSelector("#p11 + details .citation-files a"));
		assertThat(files).extracting((link) -> link.getAttribute("href"))
			.containsExactly(url(LETTER + "/cite.bib?p=11"), url(LETTER + "/cite.json?p=11"));
		assertThat(files).allSatisfy((link) -> assertThat(link.getAttribute("download")).isNotNull());
		browser.script("arguments[0].scrollIntoView({block: 'start'})",
				browser.driver().findElement(By.cssSelector("details.cite-letter")));
		browser.screenshot("cite-letter-open-390x844");
	}

}
