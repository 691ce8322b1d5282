package dev.readingedition.edition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The letter as received, with its footnote digits and page marks removed one by one at
 * the places the editors identified, for the tests that check the edition reproduces it
 * word for word.
 */
public final class FidelityTestSupport {

	/**
	 * The source's note markers (a digit glued to the word before it) and its printed
	 * page marks.
	 */
	private static final List<String[]> MARKS = List.of(new String[] { "Khrushchev 1\n", "Khrushchev\n" },
			new String[] { "December 13, 1961,2 ", "December 13, 1961, " },
			new String[] { "my brother.3 ", "my brother. " }, new String[] { "Mr. Adzhubei,4 ", "Mr. Adzhubei, " },
			new String[] { "White House,5 ", "White House, " }, new String[] { "[Page 820] ", "" },
			new String[] { "[Page 821] ", "" });

	private FidelityTestSupport() {
	}

	/** The source's title line, then its paragraphs, without marks. */
	public static List<String> sourceParagraphs() throws IOException {
		String source = Files.readString(Path.of("src/test/resources/fixtures/kennedy-to-khrushchev-1962-02-15.txt"));
		for (String[] mark : MARKS) {
			int at = source.indexOf(mark[0]);
			if (at < 0 || source.indexOf(mark[0], at + 1) >= 0) {
				throw new IllegalStateException("the fixture should hold the mark '" + mark[0] + "' exactly once");
			}
			source = source.replace(mark[0], mark[1]);
		}
		return Arrays.stream(source.split("\n")).filter((line) -> !line.isBlank()).toList();
	}

	/** The words of a text, split on any white space. */
	public static List<String> words(String text) {
		return Arrays.stream(text.strip().split("\\s+")).toList();
	}

}
