package dev.readingedition.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12's outcomes, measured in Chromium as a reader meets them.
 */
class AnnotationLayerBrowserTests extends BrowserTestSupport {

	private static final String LETTER = "/letters/" + ReadingPagesTests.SLUG;

	private static final int[][] WIDE = { { 1920, 1080 }, { 1440, 900 }, { 1180, 820 }, { 1024, 768 }, { 820, 1180 } };

	@Test
	void everyNoteAndGlossStandsBesideItsWordsAtEveryWidthFrom700Up() {
		StringBuilder table = new StringBuilder(
				"| width | notes median / worst (lines) | glosses median / worst (lines) | overlaps | cut |\n");
		List<MarginDistances> all = new java.util.ArrayList<>();
		for (int[] size : WIDE) {
			browser.viewport(size[0], size[1], false);
			browser.open(url(LETTER));
			MarginDistances distances = MarginDistances.read(browser, size[0] + "×" + size[1]);
			all.add(distances);
			table.append(distances.row()).append('\n');
			browser.screenshot("layer-" + size[0] + "x" + size[1]);
		}
		System.out.println("Margin distances, in lines of the text column:\n" + table);
		for (MarginDistances distances : all) {
			assertThat(distances.notBeside(true)).as("notes not beside the text at %s", distances.width()).isZero();
			assertThat(distances.notBeside(false)).as("glosses not beside the text at %s", distances.width()).isZero();
			assertThat(MarginDistances.worst(distances.distances(true))).as("worst note at %s", distances.width())
				.isLessThanOrEqualTo(3.0);
			assertThat(MarginDistances.worst(distances.distances(false))).as("worst gloss at %s", distances.width())
				.isLessThanOrEqualTo(8.0);
			assertThat(MarginDistances.median(distances.distances(false))).as("median gloss at %s", distances.width())
				.isLessThanOrEqualTo(1.5);
			assertThat(distances.overlaps()).as("overlapping margin items at %s", distances.width()).isEmpty();
			assertThat(distances.items()).as("items cut without a control at %s", distances.width())
				.noneMatch(MarginDistances.Item::cut);
		}
	}

}
