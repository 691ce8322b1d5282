package dev.readingedition.reading;

import java.util.List;
import java.util.Map;

import dev.readingedition.testing.BrowserTestSupport;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static dev.readingedition.testing.RealContent.LETTER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reader sees in Chromium: notes in the margin on a wide screen, notes that open
 * on a phone, paragraph links that land, and pages that pass axe-core.
 */
class ReadingPageBrowserTests extends BrowserTestSupport {

	@Test
	void onAWideScreenEveryNoteStandsInTheRightMarginWithoutOverlap() {
		browser.viewport(1400, 900, false);
		browser.open(url(LETTER));
		List<Map<String, Object>> notes = browser.script("""
				return [...document.querySelectorAll('.note')].map(n => {
				  const r = n.getBoundingClientRect();
				  return {id: n.id, left: r.left, right: r.right, top: r.top + scrollY, bottom: r.bottom + scrollY,
				          visible: getComputedStyle(n).display !== 'none'};
				});""");
		double textRight = browser.number("""
				return Math.max(...[...document.querySelectorAll('.text > p, #title')].map(p => {
				  const clone = p.getBoundingClientRect(); return clone.right; }));""");
		assertThat(notes).hasSize(5);
		for (Map<String, Object> note : notes) {
			assertThat(note.get("visible")).as("note %s is shown", note.get("id")).isEqualTo(true);
			assertThat(((Number) note.get("left")).doubleValue()).as("left edge of note %s", note.get("id"))
				.isGreaterThanOrEqualTo(textRight);
			assertThat(((Number) note.get("right")).doubleValue()).as("note %s fits the window", note.get("id"))
				.isLessThanOrEqualTo(1400);
		}
		for (int i = 0; i < notes.size(); i++) {
			for (int j = i + 1; j < notes.size(); j++) {
				double topJ = ((Number) notes.get(j).get("top")).doubleValue();
				double bottomI = ((Number) notes.get(i).get("bottom")).doubleValue();
				double topI = ((Number) notes.get(i).get("top")).doubleValue();
				double bottomJ = ((Number) notes.get(j).get("bottom")).doubleValue();
				assertThat(topJ >= bottomI || topI >= bottomJ)
					.as("notes %s and %s do not overlap", notes.get(i).get("id"), notes.get(j).get("id"))
					.isTrue();
			}
		}
		browser.screenshot("reading-1400x900");
	}

	@Test
	void eachNoteStartsBesideTheLineThatCitesItUnlessTheBoxAboveRunsLonger() {
		browser.viewport(1400, 900, false);
		browser.open(url(LETTER));
		// Notes share the margin with annotations, so the box above a note may be either.
		// In the margin's order, top to bottom: where a note and a gloss share a line,
		// the note comes first.
		List<Map<String, Object>> boxes = browser.script("""
				return [...document.querySelectorAll('.note, .annotation')].map(n => ({
				  note: n.classList.contains('note'),
				  id: n.id,
				  top: n.getBoundingClientRect().top,
				  bottom: n.getBoundingClientRect().bottom,
				  reference: document.getElementById(n.classList.contains('note') ? 'nref' + n.id.substring(1)
				      : 'aref-' + n.id.substring(2) + '-1').getBoundingClientRect().top}))
				  .sort((a, b) => a.top - b.top);""");
		assertThat(boxes.stream().filter((box) -> Boolean.TRUE.equals(box.get("note")))).hasSize(5);
		double previousBottom = Double.NEGATIVE_INFINITY;
		for (Map<String, Object> box : boxes) {
			double top = ((Number) box.get("top")).doubleValue();
			double reference = ((Number) box.get("reference")).doubleValue();
			// Tufte's contract: beside the reference line, or just below the box above
			// when that one runs longer.
			double expected = Math.max(reference, previousBottom);
			if (Boolean.TRUE.equals(box.get("note"))) {
				assertThat(top).as("top of note %s", box.get("id")).isBetween(expected - 12, expected + 30);
			}
			previousBottom = ((Number) box.get("bottom")).doubleValue();
		}
	}

	@Test
	void theTextColumnHoldsSixtyToSeventyFiveCharactersALine() {
		browser.viewport(1400, 900, false);
		browser.open(url(LETTER));
		List<Number> lines = browser.script("""
				const p = document.getElementById('p2');
				const counts = new Map();
				const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
				while (walker.nextNode()) {
				  const node = walker.currentNode;
				  if (node.parentElement.closest('.paragraph-number, sup, .note, .annotation, .pagebreak')) continue;
				  for (let i = 0; i < node.length; i++) {
				    const range = document.createRange();
				    range.setStart(node, i); range.setEnd(node, i + 1);
				    const rect = range.getClientRects()[0];
				    if (!rect) continue;
				    const top = Math.round(rect.top);
				    counts.set(top, (counts.get(top) || 0) + 1);
				  }
				}
				return [...counts.entries()].sort((a, b) => a[0] - b[0]).map(e => e[1]);""");
		List<Number> fullLines = lines.subList(0, lines.size() - 1);
		assertThat(fullLines).isNotEmpty();
		double average = fullLines.stream().mapToDouble(Number::doubleValue).average().orElseThrow();
		assertThat(average).isBetween(60.0, 75.0);
	}

	@Test
	void onAPhoneThereIsNoSidewaysScrollingAndTappingAReferenceShowsItsNote() {
		browser.viewport(390, 844, true);
		browser.open(url(LETTER));
		assertThat(browser.number("return document.documentElement.scrollWidth"))
			.isLessThanOrEqualTo(browser.number("return window.innerWidth"));
		WebElement note = browser.driver().findElement(By.id("n2"));
		assertThat(note.isDisplayed()).as("the note is closed until asked for").isFalse();
		browser.screenshot("reading-390x844");

		browser.driver().findElement(By.id("nref2")).click();

		assertThat(note.isDisplayed()).isTrue();
		double noteTop = browser.number("return document.getElementById('n2').getBoundingClientRect().top");
		double referenceTop = browser.number("return document.getElementById('nref2').getBoundingClientRect().top");
		assertThat(noteTop).as("the note is in view").isBetween(0.0, 700.0);
		assertThat(referenceTop).as("the line that cites it is still in view").isBetween(0.0, noteTop);
		assertThat(browser.number("return document.documentElement.scrollWidth"))
			.isLessThanOrEqualTo(browser.number("return window.innerWidth"));
		browser.screenshot("reading-390x844-note-2-open");
	}

	@Test
	void onAPhoneTheKeyboardOpensANoteToo() {
		browser.viewport(390, 844, true);
		browser.open(url(LETTER));
		WebElement reference = browser.driver().findElement(By.id("nref4"));
		reference.sendKeys(org.openqa.selenium.Keys.ENTER);
		assertThat(browser.driver().findElement(By.id("n4")).isDisplayed()).isTrue();
	}

	@Test
	void openingAParagraphAnchorPutsItAtTheTopVisiblyMarked() {
		browser.viewport(1400, 900, false);
		browser.open(url(LETTER + "#p7"));
		double top = browser.number("return document.getElementById('p7').getBoundingClientRect().top");
		assertThat(top).isBetween(0.0, 24.0);
		String marked = browser.script("return getComputedStyle(document.getElementById('p7')).backgroundColor");
		String plain = browser.script("return getComputedStyle(document.getElementById('p6')).backgroundColor");
		assertThat(marked).isNotEqualTo(plain);
		browser.screenshot("reading-1400x900-p7");
	}

	@Test
	void inPrintTheNotesBecomeEndnotesAfterTheText() {
		browser.viewport(1400, 900, false);
		browser.open(url(LETTER));
		browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		try {
			// Print CSS gathers the margins after the letter; each note says where it is
			// cited.
			List<String> notes = browser.script("""
					return [...document.querySelectorAll('.margin > .note')]
					  .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
					  .map(n => n.innerText.trim() + ' (' + n.dataset.place + ')')""");
			assertThat(notes).hasSize(5);
			assertThat(notes.get(0)).startsWith("1 The edition reproduces this letter as vol. XIV prints it")
				.endsWith("(title, p. 819)");
			assertThat(notes.get(1)).startsWith("2 Khrushchev’s letter of December 13, 1961").endsWith("(¶ 1, p. 819)");
			assertThat(notes.get(4)).startsWith("5 ").endsWith("(¶ 9, p. 821)");
			assertThat((String) browser
				.script("return getComputedStyle(document.getElementById('n2'), '::after').content"))
				.as("printed after it, from its data-place")
				.contains("(¶ 1, p. 819)");
			double text = browser.number("return document.getElementById('p12').getBoundingClientRect().bottom");
			assertThat(browser.number("return document.getElementById('n1').getBoundingClientRect().top"))
				.isGreaterThan(text);
		}
		finally {
			browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		}
		browser.print("reading-print");
	}

	@Test
	void theReadingPagePassesAxeAtBothWidths() {
		browser.viewport(1400, 900, false);
		browser.open(url(LETTER));
		browser.assertAccessible();
		browser.viewport(390, 844, true);
		browser.open(url(LETTER + "#n3"));
		browser.assertAccessible();
	}

	@Test
	void theNotFoundPagePassesAxe() {
		browser.viewport(1400, 900, false);
		browser.open(url("/letters/no-such-letter"));
		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
		browser.assertAccessible();
		browser.screenshot("not-found-1400x900");
	}

}
