package dev.readingedition.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.readingedition.edition.Edition;
import dev.readingedition.edition.Letter;
import dev.readingedition.edition.LetterParser;

/**
 * An edition large enough that common words match more passages than a search counts: 120
 * letters of ten paragraphs and one note, {@code letter-001} to {@code letter-120} in
 * date order. Every paragraph speaks of "the negotiation over the air corridor"; the
 * paragraphs of letters 1 to 100 also name Tempelhof (exactly 1,000 passages); a few
 * paragraphs hold the exact wording that ranks first:
 * <ul>
 * <li>{@code letter-090#p4} and {@code letter-110#p7}: "negotiations" as written;</li>
 * <li>{@code letter-060#p5}: "corridors" and "air" as written, apart;</li>
 * <li>{@code letter-118#p9}: the phrase "air corridors".</li>
 * </ul>
 */
public final class ManyLetters {

	public static final int LETTERS = 120;

	public static final int PARAGRAPHS = 10;

	private ManyLetters() {
	}

	/** The letters parsed, as the server would load them. */
	public static Edition edition() {
		LetterParser parser = new LetterParser();
		List<Letter> letters = new ArrayList<>();
		for (int n = 1; n <= LETTERS; n++) {
			letters.add(parser.parse(fileName(n), markdown(n)));
		}
		return new Edition(letters);
	}

	/** Writes the letters into a content folder. */
	public static void write(Path folder) {
		try {
			for (int n = 1; n <= LETTERS; n++) {
				Files.writeString(folder.resolve(fileName(n)), markdown(n), StandardCharsets.UTF_8);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The slug of letter {@code n}, from 1. */
	public static String slug(int n) {
		return String.format("letter-%03d", n);
	}

	private static String fileName(int n) {
		return slug(n) + ".md";
	}

	private static String markdown(int n) {
		StringBuilder md = new StringBuilder();
		md.append("---\n")
			.append("slug: ")
			.append(slug(n))
			.append('\n')
			.append("document: ")
			.append(n)
			.append('\n')
			.append("title: Letter ")
			.append(n)
			.append('\n')
			.append("author: A. Writer\n")
			.append("recipient: B. Reader\n")
			.append("dateline: Somewhere, 1962\n")
			// One letter a day, so date order is number order.
			.append("date: ")
			.append(LocalDate.of(1962, 1, 1).plusDays(n))
			.append('\n')
			.append("series: Test Series\n")
			.append("volume: I\n")
			.append("volume-title: Tests\n")
			.append("first-page: ")
			.append(10 * n)
			.append('\n')
			.append("source-url: https://example.org/")
			.append(n)
			.append('\n')
			.append("---\n\n")
			.append("# Letter ")
			.append(n)
			.append("\n\n");
		for (int p = 1; p <= PARAGRAPHS; p++) {
			md.append("The negotiation over the air corridor went on.");
			if (n <= 100) {
				md.append(" Tempelhof stayed open.");
			}
			if ((n == 90 && p == 4) || (n == 110 && p == 7)) {
				md.append(" The negotiations resumed.");
			}
			if (n == 60 && p == 5) {
				md.append(" The corridors were many and the air was clear.");
			}
			if (n == 118 && p == 9) {
				md.append(" They flew the air corridors.");
			}
			if (p == 1) {
				md.append("[^1]");
			}
			md.append("\n\n");
		}
		md.append("[^1]: A note on letter ").append(n).append(".\n");
		return md.toString();
	}

}
