package dev.readingedition.citation;

import java.net.URI;
import java.util.Objects;

import dev.readingedition.edition.Letter;
import dev.readingedition.edition.Metadata;

/**
 * One printing of a letter: the numbered volume of a series that prints it as one of its documents, on a range of
 * pages. A letter may be printed more than once (the February 15 letter is vol. XIV, doc. 296, pp. 819–821, and again
 * vol. VI, doc. 34, pp. 92–95); a citation names the printing it cites.
 *
 * @param series the series, e.g. "Foreign Relations of the United States, 1961–1963"
 * @param volume the volume's number in the series, e.g. "XIV"
 * @param volumeTitle the volume's own title
 * @param document the document's number in the volume
 * @param firstPage the printed page the document begins on
 * @param lastPage the printed page it ends on
 * @param editor the volume's editor, or {@code null}
 * @param generalEditor the series' general editor, or {@code null}
 * @param publisher the volume's publisher, or {@code null}
 * @param published the year the volume was published, or {@code null} while it is unconfirmed
 * @param onlineUrl the document's address in the online edition of the series
 */
public record Printing(String series, String volume, String volumeTitle, int document, int firstPage, int lastPage,
		String editor, String generalEditor, String publisher, Integer published, URI onlineUrl) {

	public Printing {
		Objects.requireNonNull(series, "series");
		Objects.requireNonNull(volume, "volume");
		Objects.requireNonNull(volumeTitle, "volumeTitle");
		Objects.requireNonNull(onlineUrl, "onlineUrl");
		if (document < 1 || firstPage < 1 || lastPage < firstPage) {
			throw new IllegalArgumentException(
					"not a printing: document " + document + " on pages " + firstPage + "-" + lastPage);
		}
	}

	/**
	 * The printing the letter's front matter describes, ending on the last page its text reaches (the printed
	 * document ends on the page where its last words stand).
	 */
	public static Printing of(Letter letter) {
		Metadata meta = letter.meta();
		return new Printing(meta.series(), meta.volume(), meta.volumeTitle(), meta.document(), meta.firstPage(),
				letter.lastPage(), meta.editor(), meta.generalEditor(), meta.publisher(), meta.published(),
				meta.sourceUrl());
	}

	/** The pages as CSL and Highwire give them: {@code 819–821}, or {@code 821} for a one-page document. */
	public String pageRange() {
		return firstPage == lastPage ? String.valueOf(firstPage) : firstPage + "\u2013" + lastPage;
	}

}
