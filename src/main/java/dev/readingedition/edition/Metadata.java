package dev.readingedition.edition;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the front matter of a letter says about it: identity, people, date and where it
 * was printed. Optional fields are {@code null} when the front matter leaves them out.
 *
 * @param slug the letter's address under {@code /letters/}
 * @param document the document number in the printed volume
 * @param title the title as printed
 * @param author who wrote the letter
 * @param authorRole the author's office at the time, optional
 * @param recipient to whom it was written
 * @param recipientRole the recipient's office at the time, optional
 * @param dateline place and date as printed, e.g. "Washington, February 15, 1962"
 * @param date the date of the letter
 * @param series the printed series, e.g. "Foreign Relations of the United States,
 * 1961–1963"
 * @param volume the volume number in the series, e.g. "XIV"
 * @param volumeTitle the volume's own title
 * @param editor the volume editor, optional
 * @param generalEditor the series' general editor, optional
 * @param publisher the publisher of the printed volume, optional
 * @param firstPage the printed page the document begins on
 * @param sourceUrl the document's address in the online edition of the series
 * @param alsoPrinted other printings of the same text, optional
 * @param alsoPrintedUrl the online address of the other printing, optional
 * @param description one or two sentences on what the letter is about, optional
 * @param published the year the printed volume was published, optional: given only once
 * confirmed, since citations name the printed imprint only with it and cite the online
 * edition without it
 * @param place where the letter was written, optional
 * @param dateNotBefore for an undated letter, the earliest date it can have been written
 * (then {@code date} is the same day, so that letters sort), otherwise {@code null}
 * @param dateNotAfter for an undated letter, the latest date it can have been written,
 * otherwise {@code null}
 * @param answers the letters this one answers: slugs of letters of the edition, or web
 * addresses of documents outside it, as the front matter lists them (the importer fills
 * this from the FRUS notes' document references)
 * @param answeredBy the letters that answer this one, as the front matter lists them; the
 * thread adds every letter whose {@code answers} names this one
 * @param notesBy whose the notes are when they are not the edition's own, e.g. "the FRUS
 * editors", optional
 * @param mainWork whether this is the edition's main work, the letter the front page
 * opens
 */
public record Metadata(String slug, int document, String title, String author, String authorRole, String recipient,
		String recipientRole, String dateline, LocalDate date, String series, String volume, String volumeTitle,
		String editor, String generalEditor, String publisher, int firstPage, URI sourceUrl, String alsoPrinted,
		URI alsoPrintedUrl, String description, Integer published, String place, LocalDate dateNotBefore,
		LocalDate dateNotAfter, List<String> answers, List<String> answeredBy, String notesBy, boolean mainWork) {

	public Metadata {
		Objects.requireNonNull(slug, "slug");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(author, "author");
		Objects.requireNonNull(recipient, "recipient");
		Objects.requireNonNull(dateline, "dateline");
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(series, "series");
		Objects.requireNonNull(volume, "volume");
		Objects.requireNonNull(volumeTitle, "volumeTitle");
		Objects.requireNonNull(sourceUrl, "sourceUrl");
		answers = List.copyOf(answers);
		answeredBy = List.copyOf(answeredBy);
	}

	/**
	 * Whether the letter bears its date; an undated one has only the range
	 * {@code dateNotBefore} … {@code dateNotAfter}.
	 */
	public boolean dated() {
		return dateNotBefore == null;
	}

}
