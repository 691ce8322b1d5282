package dev.readingedition.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import dev.readingedition.edition.Edition;
import dev.readingedition.edition.Letter;

/**
 * The narrowing parameters of a search ({@code letter}, {@code correspondent}, {@code from}, {@code to},
 * {@code kind}), read and checked against the edition: a value the edition does not know is refused with a message
 * that says which values it takes, never passed on to the index.
 */
final class SearchParameters {

	/** The longest value a parameter may have; longer ones are refused before they are echoed. */
	static final int MAX_LENGTH = 200;

	private SearchParameters() {
	}

	static SearchFilters read(Edition edition, String letter, String correspondent, String from, String to,
			String kind) {
		String slug = blankToNull(letter, "letter");
		if (slug != null && edition.letter(slug).isEmpty()) {
			throw new BadQueryException("There is no letter '" + slug + "' in the edition; the parameter letter takes "
					+ "a letter's address, such as " + edition.letters().get(0).slug() + ".");
		}
		String person = blankToNull(correspondent, "correspondent");
		if (person != null && !correspondents(edition).contains(person)) {
			throw new BadQueryException("No letter of the edition is from or to '" + person
					+ "'; the parameter correspondent takes one of: " + String.join("; ", correspondents(edition)) + ".");
		}
		LocalDate start = date(from, "from");
		LocalDate end = date(to, "to");
		if (start != null && end != null && start.isAfter(end)) {
			throw new BadQueryException("The date range runs from " + start + " to " + end
					+ ", which is backwards; give the earlier date as from.");
		}
		String kindName = blankToNull(kind, "kind");
		Hit.Kind passageKind = kindName == null ? null : Hit.Kind.named(kindName);
		if (kindName != null && passageKind == null) {
			throw new BadQueryException("The parameter kind takes paragraph, note or annotation, not '" + kindName
					+ "'.");
		}
		return new SearchFilters(slug, person, start, end, passageKind);
	}

	/** Everyone who wrote or received a letter of the edition, in alphabetical order. */
	static List<String> correspondents(Edition edition) {
		TreeSet<String> names = new TreeSet<>();
		for (Letter letter : edition.letters()) {
			names.add(letter.meta().author());
			names.add(letter.meta().recipient());
		}
		return new ArrayList<>(names);
	}

	private static LocalDate date(String value, String name) {
		String date = blankToNull(value, name);
		if (date == null) {
			return null;
		}
		try {
			return LocalDate.parse(date);
		}
		catch (DateTimeParseException ex) {
			throw new BadQueryException("The parameter " + name + " takes a date written year-month-day, such as "
					+ "1962-02-15, not '" + date + "'.");
		}
	}

	private static String blankToNull(String value, String name) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.length() > MAX_LENGTH) {
			throw new BadQueryException("The parameter " + name + " is " + value.length()
					+ " characters long; it takes at most " + MAX_LENGTH + " characters.");
		}
		return value.strip();
	}

}
