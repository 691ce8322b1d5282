package dev.readingedition.citation;

import java.util.Objects;

import dev.readingedition.edition.Paragraph;

/**
 * The part of a letter a citation points to: a paragraph, with the printed pages it
 * stands on in the printing cited, or one printed page.
 *
 * @param id the paragraph's anchor, e.g. {@code p11}, or the page's, e.g. {@code page820}
 * @param paragraph the paragraph's number as shown in the margin, or 0 for a page
 * @param firstPage the printed page the paragraph starts on
 * @param lastPage the last printed page that begins inside it, or {@code firstPage}
 */
public record Pinpoint(String id, int paragraph, int firstPage, int lastPage) {

	public Pinpoint {
		Objects.requireNonNull(id, "id");
		if (paragraph < 0 || firstPage < 1 || lastPage < firstPage) {
			throw new IllegalArgumentException(
					"not a pinpoint: paragraph " + paragraph + " on pages " + firstPage + "-" + lastPage);
		}
	}

	/**
	 * The paragraph of the model as a pinpoint, with its pages in the printing the front
	 * matter describes.
	 */
	public static Pinpoint of(Paragraph paragraph) {
		return new Pinpoint(paragraph.id(), paragraph.number(), paragraph.page(), paragraph.lastPage());
	}

	/**
	 * One printed page of the printing cited, the whole of what a page's permalink shows.
	 */
	public static Pinpoint page(int page) {
		return new Pinpoint("page" + page, 0, page, page);
	}

	/** The pages as a citation gives them: {@code p. 821} or {@code pp. 820–821}. */
	public String pages() {
		return firstPage == lastPage ? "p. " + firstPage : "pp. " + firstPage + "\u2013" + lastPage;
	}

	/**
	 * The pages as BibTeX and CSL give them: {@code 821} or {@code 820–821} (BibTeX
	 * writes the dash as --).
	 */
	String pageRange() {
		return firstPage == lastPage ? String.valueOf(firstPage) : firstPage + "\u2013" + lastPage;
	}

}
