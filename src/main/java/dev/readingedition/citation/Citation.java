package dev.readingedition.citation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import dev.readingedition.edition.Letter;
import dev.readingedition.edition.Metadata;
import dev.readingedition.edition.Paragraph;

/**
 * A citation of a letter of the edition, or of one of its paragraphs, made only of what the content states: the
 * printed imprint (publisher and year) is named only when the front matter gives the year, and otherwise the
 * citation points to the online edition of the series with the date it was consulted. It comes in the styles readers
 * paste (Chicago notes, MLA, BibTeX) and the records reference managers read (CSL-JSON, Highwire meta tags).
 *
 * @param meta the letter's front matter
 * @param pinpoint the paragraph cited, or {@code null} for the whole letter
 * @param url the edition's permanent address of what is cited
 * @param accessed the day the reader consulted the edition
 * @param siteName the edition's name, as the site that publishes the permalink
 */
public record Citation(Metadata meta, Pinpoint pinpoint, String url, LocalDate accessed, String siteName) {

	private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);

	/** MLA abbreviates the months of more than four letters, September as "Sept." */
	private static final List<String> MLA_MONTHS = List.of("Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July",
			"Aug.", "Sept.", "Oct.", "Nov.", "Dec.");

	public Citation {
		Objects.requireNonNull(meta, "meta");
		Objects.requireNonNull(url, "url");
		Objects.requireNonNull(accessed, "accessed");
		Objects.requireNonNull(siteName, "siteName");
	}

	/**
	 * Cites a whole letter.
	 * @param url the letter's address in the edition
	 */
	public static Citation of(Letter letter, String url, LocalDate accessed, String siteName) {
		return new Citation(letter.meta(), null, url, accessed, siteName);
	}

	/**
	 * Cites one paragraph of a letter.
	 * @param url the paragraph's permalink
	 */
	public static Citation of(Letter letter, Paragraph paragraph, String url, LocalDate accessed, String siteName) {
		return new Citation(letter.meta(), Pinpoint.of(paragraph), url, accessed, siteName);
	}

	/** Chicago notes-bibliography style, as a note. */
	public Styled chicago() {
		// The dateline gives place and date as printed, which is how Chicago cites a letter.
		Styled.Builder note = new Styled.Builder()
			.plain(meta.author() + " to " + meta.recipient() + ", " + meta.dateline() + ", in ")
			.title(meta.series())
			.plain(", vol. " + meta.volume() + ", ")
			.title(meta.volumeTitle());
		if (meta.editor() != null) {
			note.plain(", ed. " + meta.editor());
		}
		if (meta.published() != null) {
			note.plain(" (" + (meta.publisher() != null ? meta.publisher() + ", " : "") + meta.published() + ")");
		}
		note.plain(", doc. " + meta.document());
		if (pinpoint != null) {
			note.plain(", " + pinpoint.pages() + ", \u00b6 " + pinpoint.paragraph());
		}
		return note.plain(", accessed " + LONG_DATE.format(accessed) + ", " + meta.sourceUrl() + "; " + siteName + ", "
				+ url + ".")
			.build();
	}

	/** MLA, 9th edition: the series volume as the first container, the edition as the second. */
	public Styled mla() {
		Styled.Builder entry = new Styled.Builder()
			.plain(sentence(inverted(meta.author())) + " \u201c" + sentence(meta.title()) + "\u201d " + mlaDate(meta.date())
					+ ". ")
			.title(meta.series());
		if (meta.editor() != null) {
			entry.plain(", edited by " + meta.editor());
		}
		entry.plain(", vol. " + meta.volume() + ", ").title(meta.volumeTitle());
		if (meta.published() != null) {
			entry.plain(", " + (meta.publisher() != null ? meta.publisher() + ", " : "") + meta.published());
		}
		entry.plain(", doc. " + meta.document());
		if (pinpoint != null) {
			entry.plain(", " + pinpoint.pages() + ", par. " + pinpoint.paragraph());
		}
		return entry.plain(", " + withoutScheme(meta.sourceUrl().toString()) + ". ")
			.title(siteName)
			.plain(", " + withoutScheme(url) + ". Accessed " + mlaDate(accessed) + ".")
			.build();
	}

	/** A BibTeX entry ({@code @incollection}: a document in an edited volume of a series). */
	public String bibtex() {
		List<String[]> fields = new ArrayList<>();
		fields.add(field("author", inverted(meta.author())));
		fields.add(field("title", meta.title()));
		fields.add(field("booktitle", meta.volumeTitle()));
		fields.add(field("series", meta.series()));
		fields.add(field("volume", meta.volume()));
		if (meta.editor() != null) {
			fields.add(field("editor", inverted(meta.editor())));
		}
		if (meta.publisher() != null) {
			fields.add(field("publisher", meta.publisher()));
		}
		if (meta.published() != null) {
			fields.add(field("year", meta.published().toString()));
		}
		if (pinpoint != null) {
			fields.add(field("pages", pinpoint.pageRange()));
		}
		fields.add(field("note", note()));
		StringBuilder entry = new StringBuilder("@incollection{").append(key()).append(",\n");
		for (String[] field : fields) {
			entry.append("  ").append(field[0]).append(" = {").append(Bibtex.escape(field[1])).append("},\n");
		}
		// Addresses and dates are verbatim fields: escaping would break them.
		entry.append("  url = {").append(url).append("},\n");
		entry.append("  urldate = {").append(accessed).append("}\n}\n");
		return entry.toString();
	}

	/** The item as CSL-JSON reads it. */
	public CslItem csl() {
		return new CslItem(key(), "letter", meta.title(), List.of(CslItem.Name.of(meta.author())),
				List.of(CslItem.Name.of(meta.recipient())), CslItem.DateParts.of(meta.date()), meta.volumeTitle(),
				meta.series(), meta.volume(),
				meta.editor() == null ? null : List.of(CslItem.Name.of(meta.editor())), meta.publisher(),
				pinpoint == null ? null : pinpoint.pageRange(), note(), url, CslItem.DateParts.of(accessed));
	}

	/**
	 * The Highwire Press {@code citation_*} meta tags, which Zotero and Google Scholar read from the page head.
	 * The document's last page is left out: the text reaches the last page break, but where the printed document
	 * ends is not stated in the content.
	 */
	public List<MetaTag> highwire() {
		List<MetaTag> tags = new ArrayList<>();
		tags.add(new MetaTag("citation_title", meta.title()));
		tags.add(new MetaTag("citation_author", inverted(meta.author())));
		tags.add(new MetaTag("citation_date", meta.date().toString().replace('-', '/')));
		if (meta.published() != null) {
			tags.add(new MetaTag("citation_publication_date", meta.published().toString()));
		}
		tags.add(new MetaTag("citation_book_title", meta.volumeTitle()));
		tags.add(new MetaTag("citation_series_title", meta.series()));
		tags.add(new MetaTag("citation_volume", meta.volume()));
		if (meta.editor() != null) {
			tags.add(new MetaTag("citation_editor", inverted(meta.editor())));
		}
		if (meta.publisher() != null) {
			tags.add(new MetaTag("citation_publisher", meta.publisher()));
		}
		if (pinpoint != null) {
			tags.add(new MetaTag("citation_firstpage", String.valueOf(pinpoint.firstPage())));
			tags.add(new MetaTag("citation_lastpage", String.valueOf(pinpoint.lastPage())));
		}
		else {
			tags.add(new MetaTag("citation_firstpage", String.valueOf(meta.firstPage())));
		}
		tags.add(new MetaTag("citation_language", "en"));
		tags.add(new MetaTag("citation_public_url", url));
		return tags;
	}

	/**
	 * One {@code <meta name content>} of the page head.
	 * @param name the tag's name
	 * @param content its value
	 */
	public record MetaTag(String name, String content) {
	}

	/** A citation key: the letter's slug, and the paragraph's id when one is cited. */
	public String key() {
		return pinpoint == null ? meta.slug() : meta.slug() + "-" + pinpoint.id();
	}

	/** What BibTeX and CSL have no field for: the recipient and dateline, the document, the paragraph, the source. */
	private String note() {
		return "To " + meta.recipient() + ", " + meta.dateline() + ". Document " + meta.document()
				+ (pinpoint == null ? "" : ", paragraph " + pinpoint.paragraph()) + ". Online edition of the volume: "
				+ meta.sourceUrl() + ", accessed " + accessed + ".";
	}

	private static String[] field(String name, String value) {
		return new String[] { name, value };
	}

	/**
	 * "Kennedy, John F." from "John F. Kennedy": the last word is taken as the family name, which holds for the
	 * names in the edition; a name such as "Charles de Gaulle" would need the front matter to say so.
	 */
	static String inverted(String name) {
		int space = name.lastIndexOf(' ');
		return space < 0 ? name : name.substring(space + 1) + ", " + name.substring(0, space);
	}

	/** Ends a sentence with a full stop, unless it ends in one already (as "John F." or a question does). */
	private static String sentence(String text) {
		return text.endsWith(".") || text.endsWith("?") || text.endsWith("!") ? text : text + ".";
	}

	private static String mlaDate(LocalDate date) {
		return date.getDayOfMonth() + " " + MLA_MONTHS.get(date.getMonthValue() - 1) + " " + date.getYear();
	}

	private static String withoutScheme(String url) {
		return url.replaceFirst("^https?://", "");
	}

}
