package dev.readingedition.printings;

import java.net.URI;
import java.util.Objects;

import dev.readingedition.edition.Letter;
import dev.readingedition.edition.Metadata;

/**
 * One printing of a letter: the volume and document it stands in, and the printed pages
 * it covers.
 *
 * @param siglum the printing's short name in the apparatus, the volume number:
 * {@code XIV}, {@code VI}
 * @param series the printed series
 * @param volume the volume number, e.g. {@code VI}
 * @param volumeTitle the volume's own title
 * @param document the document number in that volume
 * @param firstPage the printed page the document begins on
 * @param lastPage the last printed page the letter's text reaches
 * @param editor the volume editor, optional
 * @param generalEditor the series' general editor, optional
 * @param publisher the publisher of the printed volume, optional
 * @param published the year the printed volume came out, optional
 * @param sourceUrl the document's address in the online edition of the series
 */
public record Printing(String siglum, String series, String volume, String volumeTitle, int document, int firstPage,
		int lastPage, String editor, String generalEditor, String publisher, Integer published, URI sourceUrl) {

	public Printing {
		Objects.requireNonNull(siglum, "siglum");
		Objects.requireNonNull(series, "series");
		Objects.requireNonNull(volume, "volume");
		Objects.requireNonNull(volumeTitle, "volumeTitle");
		Objects.requireNonNull(sourceUrl, "sourceUrl");
		if (firstPage < 1 || lastPage < firstPage) {
			throw new IllegalArgumentException("a printing stands on pages " + firstPage + "-" + lastPage + "?");
		}
	}

	/**
	 * The printing the letter's own Markdown reproduces, as its front matter describes
	 * it, ending on the last page its text reaches (the printed document ends on the page
	 * where its last words stand).
	 */
	public static Printing of(Letter letter) {
		return of(letter.meta(), letter.lastPage());
	}

	/**
	 * The printing the letter's own Markdown reproduces, as its front matter describes
	 * it.
	 */
	static Printing of(Metadata meta, int lastPage) {
		return new Printing(meta.volume(), meta.series(), meta.volume(), meta.volumeTitle(), meta.document(),
				meta.firstPage(), lastPage, meta.editor(), meta.generalEditor(), meta.publisher(), meta.published(),
				meta.sourceUrl());
	}

	/** The part of an address that names this printing's pages: {@code vol-vi}. */
	public String pathSegment() {
		return "vol-" + siglum.toLowerCase(java.util.Locale.ROOT);
	}

	/** How a reader names it in a sentence: "vol. VI, doc. 34". */
	public String shortName() {
		return "vol. " + volume + ", doc. " + document;
	}

	/** The pages it stands on: "pp. 92–95". */
	public String pages() {
		return firstPage == lastPage ? "p. " + firstPage : "pp. " + firstPage + "\u2013" + lastPage;
	}

	/**
	 * The pages as CSL, BibTeX and Highwire give them: {@code 819–821}, or {@code 821}
	 * for a one-page document.
	 */
	public String pageRange() {
		return firstPage == lastPage ? String.valueOf(firstPage) : firstPage + "\u2013" + lastPage;
	}

	public boolean hasPage(int page) {
		return page >= firstPage && page <= lastPage;
	}

	/**
	 * The letter's front matter as this printing has it, for the citation code, which
	 * cites whatever volume, document, first page and address the metadata names.
	 */
	public Metadata citedAs(Metadata letter) {
		return new Metadata(letter.slug(), document, letter.title(), letter.author(), letter.authorRole(),
				letter.recipient(), letter.recipientRole(), letter.dateline(), letter.date(), series, volume,
				volumeTitle, editor, generalEditor, publisher, firstPage, sourceUrl, null, null, letter.description(),
				published, letter.place(), letter.dateNotBefore(), letter.dateNotAfter(), letter.answers(),
				letter.answeredBy(), letter.notesBy(), letter.mainWork());
	}

}
