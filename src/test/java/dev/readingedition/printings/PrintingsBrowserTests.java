package dev.readingedition.printings;

import java.util.Map;

import dev.readingedition.testing.BrowserTestSupport;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static dev.readingedition.testing.RealContent.LETTER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The letter's second printing in Chromium, as a reader sees it: a variant's quiet mark
 * opens vol. VI's reading at desktop and phone widths, vol. VI's page breaks are drawn
 * with their volume, and the comparison sets the printings side by side on a wide screen
 * and one after the other on a phone; the new pages pass axe-core.
 */
class PrintingsBrowserTests extends BrowserTestSupport {

	private Map<String, Number> box(String id) {
		return browser.script("const r = document.getElementById(arguments[0]).getBoundingClientRect();"
				+ "return {top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height};",
				id);
	}

	private String display(String id) {
		return browser.script("return getComputedStyle(document.getElementById(arguments[0])).display", id);
	}

	private void openTheVariantAt(int width, int height, boolean mobile) {
		browser.viewport(width, height, mobile);
		browser.open(url(LETTER));
		assertThat(display("var1")).as("the entry is closed until its mark is followed").isEqualTo("none");
		WebElement mark = browser.driver().findElement(By.cssSelector("#p5 a.variant-ref"));
		assertThat((String) browser.script("return getComputedStyle(arguments[0], '::after').content", mark))
			.isEqualTo("\"\u00b0\"");
		assertThat(mark.getAccessibleName()).isEqualTo("Variant: VI tranquillity");
		browser.script("arguments[0].scrollIntoView({block: 'center'})", mark);
		mark.click();
		assertThat(browser.driver().getCurrentUrl()).endsWith(LETTER + "#var1");
		assertThat(display("var1")).isEqualTo("block");
		WebElement entry = browser.driver().findElement(By.id("var1"));
		assertThat(entry.getText()).startsWith("VI tranquillity (orthographic)");
		Map<String, Number> box = box("var1");
		assertThat(box.get("top").doubleValue()).as("the entry is in view").isBetween(0.0, (double) height);
		assertThat(box.get("right").doubleValue()).as("the entry fits the screen").isLessThanOrEqualTo(width);
		// the lemma and the paragraph are still there, beside it
		Map<String, Number> p5 = box("p5");
		assertThat(p5.get("bottom").doubleValue()).isLessThanOrEqualTo(box.get("top").doubleValue() + 1);
	}

	@Test
	void aVariantOpensTheOtherPrintingsReadingOnADesktop() {
		openTheVariantAt(1440, 900, false);
		browser.screenshot("printings-variant-open-1440x900");
		browser.assertAccessible();
	}

	@Test
	void aVariantOpensTheOtherPrintingsReadingOnAPhone() {
		openTheVariantAt(390, 844, true);
		browser.screenshot("printings-variant-open-390x844");
	}

	@Test
	void volumeSixsPageBreaksAreDrawnWithTheirVolume() {
		browser.viewport(1440, 900, false);
		browser.open(url(LETTER + "/vol-vi/page/94"));
		// The markers hold no text (a copied sentence holds no page number): CSS draws
		// their labels.
		assertThat(drawn("vol-vi-page94")).isEqualTo("[VI\u00a094]");
		assertThat(browser.number("return document.getElementById('vol-vi-page94').getBoundingClientRect().top"))
			.as("the linked page break is in view")
			.isBetween(0.0, 900.0);
		// vol. XIV's own page markers are unchanged
		assertThat(drawn("page820")).isEqualTo("[820]");
		browser.screenshot("printings-vol-vi-page-94-1440x900");
		browser.assertAccessible();
	}

	/** The label CSS draws before a page marker, as the reader sees it. */
	private String drawn(String id) {
		String content = browser
			.script("return getComputedStyle(document.getElementById(arguments[0]), '::before').content", id);
		return content.replaceAll("^\"|\"$", "");
	}

	@Test
	void theComparisonSetsThePrintingsSideBySideOnADesktop() {
		browser.viewport(1440, 900, false);
		browser.open(url(LETTER + "/compare#var1"));
		Map<String, Number> xiv = box("var1");
		Map<String, Number> vi = box("var1-vi");
		assertThat(xiv.get("top").doubleValue()).as("the variant in view").isBetween(0.0, 900.0);
		assertThat(vi.get("left").doubleValue()).as("vol. VI's column stands right of vol. XIV's")
			.isGreaterThan(xiv.get("right").doubleValue());
		assertThat(Math.abs(vi.get("top").doubleValue() - xiv.get("top").doubleValue()))
			.as("the two readings stand on about the same line")
			.isLessThan(60.0);
		browser.screenshot("printings-compare-1440x900");
		browser.assertAccessible();
	}

	@Test
	void theComparisonStacksThePrintingsOnAPhone() {
		browser.viewport(390, 844, true);
		browser.open(url(LETTER + "/compare#compare-p5"));
		Map<String, Number> xiv = box("var1");
		Map<String, Number> vi = box("var1-vi");
		assertThat(vi.get("top").doubleValue()).as("vol. VI's reading comes after vol. XIV's")
			.isGreaterThan(xiv.get("bottom").doubleValue());
		assertThat(browser.number("return document.documentElement.scrollWidth")).as("no sideways scrolling")
			.isLessThanOrEqualTo(390.0);
		browser.screenshot("printings-compare-390x844");
		browser.assertAccessible();
	}

}
