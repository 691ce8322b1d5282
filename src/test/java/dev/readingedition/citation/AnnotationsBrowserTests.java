package dev.readingedition.citation;

import java.util.List;
import java.util.Map;

import dev.readingedition.testing.BrowserTestSupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static dev.readingedition.testing.RealContent.LETTER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reader sees of the annotations in Chromium: glosses in the margin beside their
 * first mentions among the notes, a gloss that opens on a phone, the switch with and
 * without JavaScript, and pages that pass axe-core.
 */
class AnnotationsBrowserTests extends BrowserTestSupport {

	/**
	 * Every margin box with the line it stands beside: a note's reference mark, or the
	 * line on which a gloss's first mention begins (a phrase may wrap; the box stands
	 * beside its first words).
	 */
	private static final String MARGIN_BOXES = """
			return [...document.querySelectorAll('.note, .annotation')].map(n => {
			  const r = n.getBoundingClientRect();
			  const reference = document.getElementById(n.classList.contains('note') ? 'nref' + n.id.substring(1)
			      : 'aref-' + n.id.substring(2) + '-1');
			  const lines = reference.getClientRects();
			  return {id: n.id, left: r.left, right: r.right, top: r.top + scrollY, bottom: r.bottom + scrollY,
			          reference: lines[0].top + scrollY,
			          visible: getComputedStyle(n).display !== 'none' && r.height > 0};
			});""";

	@AfterEach
	void forgetTheReadersChoice() {
		browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
		browser.script("localStorage.clear()");
	}

	private static double number(Map<String, Object> box, String key) {
		return ((Number) box.get(key)).doubleValue();
	}

	private boolean displayed(String id) {
		return browser.driver().findElement(By.id(id)).isDisplayed();
	}

	@Test
	void onAWideScreenNotesAndGlossesShareTheRightMarginWithoutOverlap() {
		browser.viewport(1400, 900, false);
		browser.open(url(LETTER));
		assertMarginHoldsEveryBoxApart();
		browser.screenshot("annotations-1400x900");
	}

	/**
	 * Every note and gloss is shown, right of the text column, inside the window, and
	 * clear of every other.
	 */
	private void assertMarginHoldsEveryBoxApart() {
		List<Map<String, Object>> boxes = browser.script(MARGIN_BOXES);
		double textRight = browser.number("""
				return Math.max(...[...document.querySelectorAll('.text > p, #title')]
				  .map(p => p.getBoundingClientRect().right));""");
		assertThat(boxes).hasSize(5 + 18);
		for (Map<String, Object> box : boxes) {
			assertThat(box.get("visible")).as("%s is shown", box.get("id")).isEqualTo(true);
			assertThat(number(box, "left")).as("left edge of %s", box.get("id")).isGreaterThanOrEqualTo(textRight);
			assertThat(number(box, "right")).as("%s fits the window", box.get("id")).isLessThanOrEqualTo(1400);
		}
		for (int i = 0; i < boxes.size(); i++) {
			for (int j = i + 1; j < boxes.size(); j++) {
				Map<String, Object> a = boxes.get(i);
				Map<String, Object> b = boxes.get(j);
				assertThat(number(b, "top") >= number(a, "bottom") || number(a, "top") >= number(b, "bottom"))
					.as("%s and %s do not overlap", a.get("id"), b.get("id"))
					.isTrue();
			}
		}
	}

	@Test
	void eachGlossStartsBesideItsFirstMentionUnlessTheBoxAboveRunsLonger() {
		browser.viewport(1400, 900, false);
		browser.open(url(LETTER));
		// In the margin's order, top to bottom: where a note and a gloss share a line,
		// the note comes first.
		List<Map<String, Object>> boxes = new java.util.ArrayList<>(browser.script(MARGIN_BOXES));
		boxes.sort(java.util.Comparator.comparingDouble((box) -> number(box, "top")));
		double previousBottom = Double.NEGATIVE_INFINITY;
		for (Map<String, Object> box : boxes) {
			double expected = Math.max(number(box, "reference"), previousBottom);
			assertThat(number(box, "top")).as("top of %s", box.get("id")).isBetween(expected - 12, expected + 30);
			previousBottom = number(box, "bottom");
		}
		// The margin shows a gloss's opening lines, so the glosses stay near their lines:
		// the last by the last
		// paragraph, not pages below it.
		Map<String, Object> last = boxes.get(boxes.size() - 1);
		assertThat(last.get("id")).isEqualTo("a-rada-adzhubei");
		assertThat(number(last, "top") - number(last, "reference")).isLessThan(300);
	}

	@Test
	void aGlossLooksUnlikeANote() {
		browser.viewport(1400, 900, false);
		browser.open(url(LETTER));
		Map<String, String> note = browser.script("""
				const s = getComputedStyle(document.getElementById('n2'));
				return {background: s.backgroundColor, border: s.borderLeftColor};""");
		Map<String, String> gloss = browser.script("""
				const s = getComputedStyle(document.getElementById('a-thompson'));
				return {background: s.backgroundColor, border: s.borderLeftColor};""");
		assertThat(gloss.get("background")).isNotEqualTo(note.get("background"));
		assertThat(gloss.get("border")).isNotEqualTo(note.get("border"));
		WebElement thompson = browser.driver().findElement(By.id("a-thompson"));
		assertThat(thompson.findElement(By.className("kind")).getText()).isEqualToIgnoringCase("Person");
		assertThat(thompson.findElements(By.className("note-number"))).isEmpty();
		String smallCaps = browser
			.script("return getComputedStyle(document.querySelector('#a-thompson > b')).fontVariantCaps");
		assertThat(smallCaps).isEqualTo("small-caps");
	}

	@Test
	void followingAMentionOpensItsWholeGlossWithSources() {
		browser.viewport(1400, 900, false);
		browser.open(url(LETTER));
		WebElement sources = browser.driver().findElement(By.cssSelector("#a-gromyko > small"));
		assertThat(sources.isDisplayed()).as("the margin shows the opening lines only").isFalse();

		browser.driver().findElement(By.id("aref-gromyko-2")).click();

		assertThat(sources.isDisplayed()).isTrue();
		assertThat(sources.getText()).startsWith("Sources: FRUS 1961–1963");
		double top = browser.number("return document.getElementById('a-gromyko').getBoundingClientRect().top");
		double mention = browser.number("return document.getElementById('aref-gromyko-2').getBoundingClientRect().top");
		assertThat(top).as("the gloss is in view").isBetween(0.0, 700.0);
		assertThat(Math.abs(top - mention)).as("beside the later mention it was opened from").isLessThan(8 * 28.5);
		assertThat(browser.driver()
			.findElement(By.cssSelector("#a-gromyko > [role=doc-backlink]"))
			.getDomAttribute("href")).as("its way back leads to that mention").isEqualTo("#aref-gromyko-2");
		assertMarginHoldsEveryBoxApart();
		browser.screenshot("annotations-1400x900-gloss-open");
		browser.assertAccessible();
	}

	@Test
	void onAPhoneTappingAMentionShowsItsGloss() {
		browser.viewport(390, 844, true);
		browser.open(url(LETTER));
		assertThat(displayed("a-thompson")).as("the gloss is closed until asked for").isFalse();
		browser.screenshot("annotations-390x844");

		browser.driver().findElement(By.id("aref-thompson-1")).click();

		assertThat(displayed("a-thompson")).isTrue();
		assertThat(browser.driver().findElement(By.cssSelector("#a-thompson > small")).isDisplayed()).isTrue();
		double glossTop = browser.number("return document.getElementById('a-thompson').getBoundingClientRect().top");
		double mentionTop = browser
			.number("return document.getElementById('aref-thompson-1').getBoundingClientRect().top");
		assertThat(glossTop).as("the gloss is in view").isBetween(0.0, 700.0);
		assertThat(mentionTop).as("the line that names him is still in view").isBetween(0.0, glossTop);
		assertThat(browser.number("return document.documentElement.scrollWidth"))
			.isLessThanOrEqualTo(browser.number("return window.innerWidth"));
		browser.screenshot("annotations-390x844-gloss-open");
		browser.assertAccessible();
	}

	@Test
	void onAPhoneASecondTapOnTheMentionClosesTheGlossAgain() {
		browser.viewport(390, 844, true);
		browser.open(url(LETTER));
		WebElement mention = browser.driver().findElement(By.id("aref-nato-1"));
		mention.click();
		assertThat(displayed("a-nato")).isTrue();

		mention.click();

		assertThat(displayed("a-nato")).isFalse();
		assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id")).isEqualTo("aref-nato-1");
	}

	@Test
	void onAPhoneTheKeyboardOrALaterMentionOpensTheGlossToo() {
		browser.viewport(390, 844, true);
		browser.open(url(LETTER));
		browser.driver().findElement(By.id("aref-west-berlin-1")).sendKeys(Keys.ENTER);
		assertThat(displayed("a-west-berlin")).isTrue();

		browser.driver().findElement(By.id("aref-gromyko-4")).click();
		assertThat(displayed("a-gromyko")).as("a later mention leads to the gloss").isTrue();
	}

	@Test
	void theSwitchHidesTheAnnotationsAndTheChoiceIsRemembered() {
		browser.viewport(1400, 900, false);
		browser.open(url(LETTER));
		assertThat(displayed("a-thompson")).as("shown by default").isTrue();

		browser.driver().findElement(By.cssSelector(".annotation-tools label")).click();

		assertThat(displayed("a-thompson")).isFalse();
		assertThat(displayed("n2")).as("notes stay").isTrue();
		String decoration = browser
			.script("return getComputedStyle(document.getElementById('aref-thompson-1')).textDecorationLine");
		assertThat(decoration).isEqualTo("none");
		assertThat(browser.driver().findElement(By.id("aref-thompson-1")).getDomAttribute("href"))
			.as("a hidden gloss is no link target")
			.isNull();
		browser.screenshot("annotations-switched-off-1400x900");

		browser.open(url(LETTER));
		assertThat(browser.driver().findElement(By.id("show-annotations")).isSelected()).isFalse();
		assertThat(displayed("a-thompson")).as("the choice outlives the page").isFalse();

		browser.driver().findElement(By.cssSelector(".annotation-tools label")).click();
		assertThat(displayed("a-thompson")).isTrue();
		assertThat(browser.driver().findElement(By.id("aref-thompson-1")).getDomAttribute("href"))
			.isEqualTo("#a-thompson");
	}

	@Test
	void theSwitchWorksWithoutJavaScript() {
		browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
		browser.viewport(1400, 900, false);
		browser.open(url(LETTER + "#a-thompson"));
		assertThat(displayed("a-thompson")).as("without script, a gloss opens as its mention's target").isTrue();

		browser.driver().findElement(By.cssSelector(".annotation-tools label")).click();

		assertThat(displayed("a-thompson")).isFalse();
		assertThat(browser.driver().findElement(By.id("aref-thompson-1")).getDomAttribute("href"))
			.as("the page's own script did not run")
			.isEqualTo("#a-thompson");
	}

	/**
	 * In print, where each note and gloss stands, in the order print shows them (top to
	 * bottom): print CSS gathers the margins after the letter, the notes first, then the
	 * glosses, each with its place.
	 */
	private static final String PRINTED = """
			const top = (e) => e.getBoundingClientRect().top + scrollY;
			return {text: document.getElementById('p12').getBoundingClientRect().bottom + scrollY,
			        source: top(document.querySelector('.letter-source')),
			        notesHeading: getComputedStyle(document.querySelector('.letter'), '::before').content,
			        glossesHeading: getComputedStyle(document.querySelector('.letter'), '::after').content,
			        items: [...document.querySelectorAll('.margin > *')].map((i) => ({id: i.id, top: top(i),
			          shown: i.checkVisibility(), text: i.innerText.trim(),
			          place: getComputedStyle(i, '::after').content}))
			          .sort((a, b) => a.top - b.top)};""";

	@Test
	void inPrintTheAnnotationsAreListedAfterTheNotesInsteadOfTheMargin() {
		browser.viewport(1400, 900, false);
		browser.open(url(LETTER));
		assertPrintListsTheNotesThenTheGlossesAfterTheLetter();
	}

	@SuppressWarnings("unchecked")
	private void assertPrintListsTheNotesThenTheGlossesAfterTheLetter() {
		browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		try {
			Map<String, Object> printed = browser.script(PRINTED);
			List<Map<String, Object>> items = (List<Map<String, Object>>) printed.get("items");
			assertThat(items).hasSize(23).allSatisfy((item) -> {
				assertThat(item.get("shown")).as("%s printed", item.get("id")).isEqualTo(true);
				assertThat(((Number) item.get("top")).doubleValue()).as("%s after the letter", item.get("id"))
					.isGreaterThan(number(printed, "text"))
					.isLessThan(number(printed, "source"));
			});
			assertThat(items.subList(0, 5)).extracting((item) -> item.get("id"))
				.containsExactly("n1", "n2", "n3", "n4", "n5");
			assertThat(items.get(5).get("id")).isEqualTo("a-thompson");
			assertThat(printed.get("notesHeading")).isEqualTo("\"Notes\"");
			assertThat(printed.get("glossesHeading")).isEqualTo("\"Annotations\"");
			String gloss = (String) items.get(5).get("text");
			assertThat(gloss).startsWith("PERSON Llewellyn E. Thompson, Jr. U.S. Ambassador to the Soviet Union")
				.contains("Sources: FRUS 1961–1963, vol. VI, List of Names")
				.doesNotContain("\u21a9");
			// A gloss's place is the paragraph whose margin holds it, counted by CSS.
			assertThat((String) items.get(5).get("place")).contains("counter(paragraph)");
		}
		finally {
			browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		}
	}

	@Test
	void inPrintWithoutJavaScriptTheNotesAndGlossesAreListedTheSameWay() {
		browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
		browser.viewport(1400, 900, false);
		browser.open(url(LETTER));
		assertPrintListsTheNotesThenTheGlossesAfterTheLetter();
		browser.print("reading-print-without-javascript");
	}

	@Test
	void theReadingPageWithAnnotationsShownPassesAxeAtBothWidths() {
		browser.viewport(1400, 900, false);
		browser.open(url(LETTER));
		assertThat(displayed("a-thompson")).isTrue();
		browser.assertAccessible();
		browser.viewport(390, 844, true);
		browser.open(url(LETTER + "#a-channel"));
		assertThat(displayed("a-channel")).isTrue();
		browser.assertAccessible();
	}

	@Test
	void theIndexOfNamesAndTermsReadsWellAndPassesAxe() {
		browser.viewport(1400, 900, false);
		browser.open(url(LETTER + "/index"));
		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Names and terms");
		browser.assertAccessible();
		browser.screenshot("index-1400x900");
		browser.viewport(390, 844, true);
		browser.open(url(LETTER + "/index#a-air-corridors"));
		assertThat(browser.number("return document.documentElement.scrollWidth"))
			.isLessThanOrEqualTo(browser.number("return window.innerWidth"));
		browser.assertAccessible();
		browser.screenshot("index-390x844");
	}

}
