package dev.readingedition.citation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.readingedition.edition.Letter;
import dev.readingedition.edition.Metadata;
import dev.readingedition.edition.Paragraph;
import dev.readingedition.printings.Printing;

/**
 * A citation of a letter of the edition, or of one of its paragraphs, in one of its
 * printings, made only of what the content states: the printed imprint's year is named
 * only when the front matter gives it. It comes as the records reference managers read
 * (CSL-JSON, BibTeX, Highwire meta tags); {@link CitationStyles} renders the CSL-JSON
 * item in the styles readers paste, so what the page shows and what a reference manager
 * imports cannot differ.
 *
 * @param meta the letter's front matter
 * @param printing the printing cited (volume, document, pages)
 * @param pinpoint the paragraph cited, with its pages in that printing, or {@code null}
 * for the whole letter
 * @param url the edition's permanent address of what is cited
 * @param letterUrl the edition's address of the whole letter, the one scholarly record
 * its views share
 * @param accessed the day the reader consulted the edition
 */
public record Citation(Metadata meta, Printing printing, Pinpoint pinpoint, String url, String letterUrl,
		LocalDate accessed) {

	public Citation {
		Objects.requireNonNull(meta, "meta");
		Objects.requireNonNull(printing, "printing");
		Objects.requireNonNull(url, "url");
		Objects.requireNonNull(letterUrl, "letterUrl");
		Objects.requireNonNull(accessed, "accessed");
	}

	/**
	 * Cites a whole letter in the printing its front matter describes.
	 * @param url the letter's address in the edition
	 */
	public static Citation of(Letter letter, String url, LocalDate accessed) {
		return new Citation(letter.meta(), Printing.of(letter), null, url, url, accessed);
	}

	/**
	 * Cites one paragraph of a letter in the printing its front matter describes.
	 * @param url the paragraph's permalink
	 * @param letterUrl the letter's address
	 */
	public static Citation of(Letter letter, Paragraph paragraph, String url, String letterUrl, LocalDate accessed) {
		return new Citation(letter.meta(), Printing.of(letter), Pinpoint.of(paragraph), url, letterUrl, accessed);
	}

	/**
	 * Cites a letter, or one paragraph of it, in a printing of one's choosing, such as
	 * its second printing.
	 * @param pinpoint the paragraph with its pages in that printing, or {@code null} for
	 * the whole letter
	 * @param url the edition's address of what is cited
	 * @param letterUrl the letter's address
	 */
	public static Citation of(Letter letter, Printing printing, Pinpoint pinpoint, String url, String letterUrl,
			LocalDate accessed) {
		return new Citation(letter.meta(), printing, pinpoint, url, letterUrl, accessed);
	}

	/**
	 * A citation key: the letter's slug, the volume when another printing than the front
	 * matter's is cited (so that both printings' records can stand in one bibliography:
	 * {@code slug-vol-vi}), and the paragraph's id when one is cited.
	 */
	public String key() {
		String key = printing.volume().equals(meta.volume()) ? meta.slug()
				: meta.slug() + "-vol-" + printing.volume().toLowerCase(java.util.Locale.ROOT);
		return pinpoint == null ? key : key + "-" + pinpoint.id();
	}

	/** The pages cited: the paragraph's, or the whole document's. */
	String pages() {
		return pinpoint == null ? printing.pageRange() : pinpoint.pageRange();
	}

	/**
	 * The day the letter was written, or for an undated letter the range of days it can
	 * have been written in (a CSL date range), never a day it does not bear.
	 */
	private CslItem.DateParts writtenOn() {
		return meta.dated() ? CslItem.DateParts.of(meta.date())
				: CslItem.DateParts.range(meta.dateNotBefore(), meta.dateNotAfter());
	}

	/**
	 * The item as CSL-JSON reads it; {@link CslItem} says why it is typed and filled as
	 * it is.
	 */
	public CslItem csl() {
		return new CslItem(key(), CslItem.TYPE, meta.title(), CslItem.Name.listOf(meta.author()),
				CslItem.Name.listOf(meta.recipient()), writtenOn(), CslItem.DateParts.year(printing.published()),
				printing.volumeTitle(), printing.series(), CslItem.Name.listOf(printing.generalEditor()),
				printing.volume(), String.valueOf(printing.document()), CslItem.Name.listOf(printing.editor()),
				printing.publisher(), pages(), "en", url, CslItem.DateParts.of(accessed), note());
	}

	/**
	 * A BibTeX entry ({@code @incollection}: a document in an edited volume of a series),
	 * with the fields that {@code plain}, {@code unsrt} and {@code alpha} require of one,
	 * so none of them warns. The title's proper names are braced, so styles that set
	 * titles in sentence case keep them capitalised.
	 */
	public String bibtex() {
		List<String[]> fields = new ArrayList<>();
		fields.add(field("author", Bibtex.escape(inverted(meta.author()))));
		fields.add(field("title", Bibtex.protectNames(Bibtex.escape(meta.title()))));
		fields.add(field("booktitle", Bibtex.escape(printing.volumeTitle())));
		fields.add(field("series", Bibtex.escape(printing.series())));
		fields.add(field("volume", Bibtex.escape(printing.volume())));
		if (printing.editor() != null) {
			fields.add(field("editor", Bibtex.escape(inverted(printing.editor()))));
		}
		if (printing.publisher() != null) {
			fields.add(field("publisher", Bibtex.escape(printing.publisher())));
		}
		if (printing.published() != null) {
			fields.add(field("year", printing.published().toString()));
		}
		fields.add(field("pages", Bibtex.escape(pages())));
		fields.add(field("note", Bibtex.escape(note())));
		StringBuilder entry = new StringBuilder("@incollection{").append(key()).append(",\n");
		for (String[] field : fields) {
			entry.append("  ").append(field[0]).append(" = {").append(field[1]).append("},\n");
		}
		// Addresses and dates are verbatim fields: escaping would break them.
		entry.append("  url = {").append(url).append("},\n");
		entry.append("  urldate = {").append(accessed).append("}\n}\n");
		return entry.toString();
	}

	/**
	 * The Highwire Press {@code citation_*} meta tags, which Google Scholar and Zotero
	 * read from the page head, as Scholar's inclusion guidelines name them. A letter is
	 * one scholarly record, whichever of its views (the letter, a paragraph, a printed
	 * page) a crawler reads: every view carries the same tags, pages and
	 * {@code citation_public_url} (the letter's address), while its canonical link and
	 * link preview stay its own, for sharing.
	 */
	public List<MetaTag> highwire() {
		List<MetaTag> tags = new ArrayList<>();
		tags.add(new MetaTag("citation_title", meta.title()));
		tags.add(new MetaTag("citation_author", inverted(meta.author())));
		if (printing.published() != null) {
			tags.add(new MetaTag("citation_publication_date", printing.published().toString()));
		}
		tags.add(new MetaTag("citation_book_title", printing.volumeTitle()));
		tags.add(new MetaTag("citation_series_title", printing.series()));
		tags.add(new MetaTag("citation_volume", printing.volume()));
		if (printing.editor() != null) {
			tags.add(new MetaTag("citation_editor", inverted(printing.editor())));
		}
		if (printing.publisher() != null) {
			tags.add(new MetaTag("citation_publisher", printing.publisher()));
		}
		tags.add(new MetaTag("citation_firstpage", String.valueOf(printing.firstPage())));
		tags.add(new MetaTag("citation_lastpage", String.valueOf(printing.lastPage())));
		tags.add(new MetaTag("citation_language", "en"));
		tags.add(new MetaTag("citation_public_url", letterUrl));
		return tags;
	}

	/**
	 * One {@code <meta name content>} of the page head.
	 *
	 * @param name the tag's name
	 * @param content its value
	 */
	public record MetaTag(String name, String content) {
	}

	/**
	 * What the styles leave out, for readers of the record: the dateline, the paragraph,
	 * the online edition.
	 */
	private String note() {
		return "To " + meta.recipient() + ", " + meta.dateline() + ". Document " + printing.document()
				+ (pinpoint == null || pinpoint.paragraph() == 0 ? "" : ", paragraph " + pinpoint.paragraph())
				+ ". Online edition of the volume: " + printing.sourceUrl() + ".";
	}

	private static String[] field(String name, String value) {
		return new String[] { name, value };
	}

	/**
	 * "Kennedy, John F." from "John F. Kennedy": the last word is taken as the family
	 * name, which holds for the names in the edition; a name such as "Charles de Gaulle"
	 * would need the front matter to say so.
	 */
	static String inverted(String name) {
		int space = name.lastIndexOf(' ');
		return space < 0 ? name : name.substring(space + 1) + ", " + name.substring(0, space);
	}

}
