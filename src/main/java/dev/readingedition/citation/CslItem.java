package dev.readingedition.citation;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One item of CSL-JSON, the format of the Citation Style Language that Zotero, Mendeley and pandoc read; Jackson
 * writes it with the CSL variable names given here. Absent facts are left out rather than written as null.
 *
 * @param id the citation key
 * @param type the CSL item type, {@code letter}
 * @param title the letter's title as printed
 * @param author the writer
 * @param recipient to whom the letter was written
 * @param issued the letter's date
 * @param containerTitle the title of the printed volume
 * @param collectionTitle the series the volume belongs to
 * @param volume the volume's number in the series
 * @param editor the volume's editor, if the content names one
 * @param publisher the publisher of the printed volume, if the content names one
 * @param page the printed pages of the paragraph cited, if one is
 * @param note the recipient, document number, paragraph and online edition, which CSL has no variables for
 * @param url the edition's permanent address of what is cited
 * @param accessed the day the edition was consulted
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CslItem(String id, String type, String title, List<Name> author, List<Name> recipient, DateParts issued,
		@JsonProperty("container-title") String containerTitle,
		@JsonProperty("collection-title") String collectionTitle, String volume, List<Name> editor, String publisher,
		String page, String note, @JsonProperty("URL") String url, DateParts accessed) {

	/**
	 * A person's name, split at the last space as {@link Citation#inverted(String)} explains.
	 * @param family the family name
	 * @param given the given names and initials
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Name(String family, String given) {

		static Name of(String name) {
			int space = name.lastIndexOf(' ');
			return space < 0 ? new Name(name, null) : new Name(name.substring(space + 1), name.substring(0, space));
		}

	}

	/**
	 * A CSL date: a list holding one [year, month, day].
	 * @param dateParts the date's parts
	 */
	public record DateParts(@JsonProperty("date-parts") List<List<Integer>> dateParts) {

		static DateParts of(LocalDate date) {
			return new DateParts(List.of(List.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth())));
		}

	}

}
