package dev.readingedition.citation;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One item of CSL-JSON (CSL 1.0.2), the format of the Citation Style Language that
 * Zotero, Mendeley and pandoc read; Jackson writes it with the CSL variable names given
 * here. Absent facts are left out rather than written as null.
 * <p>
 * A letter printed as a numbered document of a volume is typed {@code chapter}: CSL has
 * no letter type for a published letter ({@code personal_communication} is an unpublished
 * one, which styles cite without volume or pages), Zotero files a document in a published
 * collection as a "Book Section", which its CSL mapping writes as {@code chapter}, and
 * Chicago (17th ed., 14.111) cites a letter in a published collection the way it cites a
 * part of an edited book: "in" the volume, with its editor, imprint and pages. So the
 * volume is the {@code container-title}, the series the {@code collection-title} with its
 * general editor as {@code collection-editor}, the letter's own date the
 * {@code original-date} and the volume's year the {@code issued} date.
 *
 * @param id the citation key
 * @param type the CSL item type, {@code chapter}
 * @param title the letter's title as printed
 * @param author the writer
 * @param recipient to whom the letter was written
 * @param originalDate the letter's date
 * @param issued the year the printed volume was published, once confirmed
 * @param containerTitle the title of the printed volume
 * @param collectionTitle the series the volume belongs to
 * @param collectionEditor the series' general editor, if the content names one
 * @param volume the volume's number in the series
 * @param number the document's number in the volume
 * @param editor the volume's editor, if the content names one
 * @param publisher the publisher of the printed volume, if the content names one
 * @param page the printed pages of the letter, or of the paragraph cited
 * @param language the letter's language
 * @param url the edition's permanent address of what is cited
 * @param accessed the day the edition was consulted
 * @param note the recipient, dateline, paragraph and the online edition of the series,
 * for readers of the record
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "id", "type", "title", "author", "recipient", "original-date", "issued", "container-title",
		"collection-title", "collection-editor", "volume", "number", "editor", "publisher", "page", "language", "URL",
		"accessed", "note" })
public record CslItem(String id, String type, String title, List<Name> author, List<Name> recipient,
		@JsonProperty("original-date") DateParts originalDate, DateParts issued,
		@JsonProperty("container-title") String containerTitle,
		@JsonProperty("collection-title") String collectionTitle,
		@JsonProperty("collection-editor") List<Name> collectionEditor, String volume, String number, List<Name> editor,
		String publisher, String page, String language, @JsonProperty("URL") String url, DateParts accessed,
		String note) {

	/**
	 * The CSL type of a document printed in a numbered volume; see the class comment for
	 * why.
	 */
	static final String TYPE = "chapter";

	/**
	 * A person's name, split at the last space as {@link Citation#inverted(String)}
	 * explains.
	 *
	 * @param family the family name
	 * @param given the given names and initials
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Name(String family, String given) {

		static Name of(String name) {
			int space = name.lastIndexOf(' ');
			return space < 0 ? new Name(name, null) : new Name(name.substring(space + 1), name.substring(0, space));
		}

		static List<Name> listOf(String name) {
			return name == null ? null : List.of(of(name));
		}

	}

	/**
	 * A CSL date: a list holding one [year, month, day], or one [year], or two days for a
	 * range.
	 *
	 * @param dateParts the date's parts
	 */
	public record DateParts(@JsonProperty("date-parts") List<List<Integer>> dateParts) {

		static DateParts of(LocalDate date) {
			return new DateParts(List.of(List.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth())));
		}

		/**
		 * From one day to another, as CSL gives a range: two [year, month, day] lists.
		 */
		static DateParts range(LocalDate from, LocalDate to) {
			return new DateParts(List.of(of(from).dateParts().get(0), of(to).dateParts().get(0)));
		}

		static DateParts year(Integer year) {
			return year == null ? null : new DateParts(List.of(List.of(year)));
		}

	}

}
