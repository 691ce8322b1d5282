package dev.readingedition.tei;

import java.util.List;
import java.util.Objects;

import dev.readingedition.edition.Letter;
import dev.readingedition.edition.PageBreak;
import dev.readingedition.tei.Pieces.Place;

/**
 * A stretch of a letter's text to export on its own: whole paragraphs, or the printed
 * pages of one printing (which begin and end inside paragraphs). A passage is cut between
 * the {@link Pieces pieces} of the text, so it never splits a word run's mark from its
 * words.
 */
public final class Passage {

	final Place start;

	final Place end;

	/**
	 * The printing whose first page this passage begins with, so the page break before
	 * the text is written.
	 */
	final Printing opensFirstPageOf;

	private final String description;

	private Passage(Place start, Place end, Printing opensFirstPageOf, String description) {
		this.start = start;
		this.end = end;
		this.opensFirstPageOf = opensFirstPageOf;
		this.description = description;
	}

	/**
	 * The paragraphs from one to another, both included.
	 * @throws IllegalArgumentException when either is not a paragraph of the letter, or
	 * the first comes after the last
	 */
	public static Passage paragraphs(Letter letter, String firstId, String lastId) {
		int first = Pieces.block(letter, Objects.requireNonNull(firstId, "firstId"));
		int last = Pieces.block(letter, Objects.requireNonNull(lastId, "lastId"));
		if (first == 0 || last == 0) {
			throw new IllegalArgumentException("a passage of paragraphs does not hold the title");
		}
		if (first > last) {
			throw new IllegalArgumentException("paragraph " + firstId + " comes after " + lastId);
		}
		String description = first == last ? "Paragraph " + first : "Paragraphs " + first + "–" + last;
		return new Passage(Place.startOf(first), Place.startOf(last + 1), null, description);
	}

	/**
	 * The printed pages from one to another of a printing, both included: from the page
	 * break that begins the first (or the start of the text, for the printing's first
	 * page) to the one that begins the page after the last.
	 * @throws IllegalArgumentException when the printing has no such page, or the first
	 * comes after the last
	 */
	public static Passage pages(Letter letter, Printing printing, int firstPage, int lastPage) {
		List<Integer> pages = printing.pages();
		if (!pages.contains(firstPage) || !pages.contains(lastPage)) {
			throw new IllegalArgumentException(printing.id() + " has no page "
					+ (pages.contains(firstPage) ? lastPage : firstPage) + " in " + letter.slug());
		}
		if (firstPage > lastPage) {
			throw new IllegalArgumentException("page " + firstPage + " comes after " + lastPage);
		}
		Place start = printing.breakOf(firstPage)
			.map((pageBreak) -> Pieces.cutBefore(letter, pageBreak))
			.orElse(Place.startOf(1));
		Place end = printing.breakAfter(lastPage)
			.map((PageBreak pageBreak) -> Pieces.cutBefore(letter, pageBreak))
			.orElse(Place.startOf(letter.paragraphs().size() + 1));
		String description = firstPage == lastPage ? "Page " + firstPage : "Pages " + firstPage + "–" + lastPage;
		return new Passage(start, end, firstPage == printing.firstPage() ? printing : null, description);
	}

	/** What the passage is, as a reader would name it: "Paragraph 3", "Pages 820–821". */
	public String description() {
		return description;
	}

	boolean holds(Place place) {
		return start.compareTo(place) <= 0 && place.compareTo(end) < 0;
	}

	/** Whether the passage holds a block's beginning. */
	boolean holdsStartOf(int block) {
		return start.compareTo(Place.startOf(block)) <= 0 && Place.startOf(block).compareTo(end) < 0;
	}

	/** Whether the passage holds a block's end. */
	boolean holdsEndOf(int block) {
		return start.compareTo(Place.startOf(block + 1)) < 0 && Place.startOf(block + 1).compareTo(end) <= 0;
	}

	/** Whether the passage holds anything of a block. */
	boolean touches(int block) {
		return start.compareTo(Place.startOf(block + 1)) < 0 && Place.startOf(block).compareTo(end) < 0;
	}

}
