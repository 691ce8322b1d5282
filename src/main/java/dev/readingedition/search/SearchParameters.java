package dev.readingedition.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import dev.readingedition.edition.Edition;
import dev.readingedition.edition.Letter;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.BindParam;

/**
 * The parameters of a search, as the search page and the API both take them: bound once
 * from the request and typed by Spring ({@code page} a number, {@code from} and
 * {@code to} dates, {@code kind} a {@link Hit.Kind} by {@link KindParameter},
 * {@code as-typed} a boolean), then checked here against the edition: a value the edition
 * does not know is refused with a message that says which values it takes, never passed
 * on to the index. A value that is not of its type is answered by {@link BadQueryAdvice}
 * with {@link #mistyped}.
 *
 * @param query the words searched for ({@code q}), or {@code null}
 * @param page the page of results, or {@code null} for the first
 * @param letter a letter's slug, or {@code null}
 * @param correspondent a writer's or recipient's name, or {@code null}
 * @param from the earliest date, or {@code null}
 * @param to the latest date, or {@code null}
 * @param kind the kind of passage, or {@code null}
 * @param asTyped whether to search for the words as typed, without the suggestion that
 * stands in for a query that finds nothing ({@code as-typed}), or {@code null} for not
 */
record SearchParameters(@BindParam("q") String query, Integer page, String letter, String correspondent,
		@DateTimeFormat(iso = ISO.DATE) LocalDate from, @DateTimeFormat(iso = ISO.DATE) LocalDate to, Hit.Kind kind,
		@BindParam("as-typed") Boolean asTyped) {

	/**
	 * The longest value a parameter may have; longer ones are refused before they are
	 * echoed.
	 */
	static final int MAX_LENGTH = 200;

	private static final String PAGE = "The page of results must be a whole number from 1.";

	/** Whether there are words to search for: without them there is nothing to search. */
	boolean hasQuery() {
		return query != null && !query.isBlank();
	}

	/**
	 * Checks the query's length, the page and the narrowing parameters against the
	 * edition, in that order.
	 * @return what the search is narrowed to
	 * @throws BadQueryException for the first value that cannot be taken
	 */
	SearchFilters check(Edition edition) {
		BadQueryException.checkQuery(query);
		pageNumber();
		String slug = blankToNull(letter, "letter");
		if (slug != null && edition.letter(slug).isEmpty()) {
			throw new BadQueryException("There is no letter '" + slug + "' in the edition; the parameter letter takes "
					+ "a letter's address, such as " + edition.letters().get(0).slug() + ".");
		}
		String person = blankToNull(correspondent, "correspondent");
		if (person != null && !correspondents(edition).contains(person)) {
			throw new BadQueryException("No letter of the edition is from or to '" + person
					+ "'; the parameter correspondent takes one of: " + String.join("; ", correspondents(edition))
					+ ".");
		}
		if (from != null && to != null && from.isAfter(to)) {
			throw new BadQueryException("The date range runs from " + from + " to " + to
					+ ", which is backwards; give the earlier date as from.");
		}
		return new SearchFilters(slug, person, from, to, kind);
	}

	/**
	 * Searches the index for the query.
	 * @param filters what {@link #check} made of the narrowing parameters
	 */
	SearchResults search(SearchIndex index, SearchFilters filters) {
		return index.search(query, pageNumber(), filters, !Boolean.TRUE.equals(asTyped));
	}

	/**
	 * The page of results asked for.
	 * @return the page, 1 when none was given
	 * @throws BadQueryException when it is not from 1
	 */
	int pageNumber() {
		if (page == null) {
			return 1;
		}
		if (page < 1) {
			throw new BadQueryException(PAGE);
		}
		return page;
	}

	/**
	 * What is wrong with a parameter that is not of its type: a page that is not a
	 * number, a date that is not one.
	 * @param name the parameter's name as the request gives it
	 * @param value what the request gave, one value or several
	 */
	static String mistyped(String name, Object value) {
		String given = value instanceof String[] values ? String.join(",", values)
				: value == null ? "" : value.toString();
		if (given.length() > MAX_LENGTH) {
			return "The parameter " + name + " is " + given.length() + " characters long; it takes at most "
					+ MAX_LENGTH + " characters.";
		}
		return switch (name) {
			case "page" -> PAGE;
			case "from", "to" -> "The parameter " + name + " takes a date written year-month-day, such as "
					+ "1962-02-15, not '" + given + "'.";
			case "kind" -> "The parameter kind takes paragraph, note or annotation, not '" + given + "'.";
			case "as-typed" ->
				"The parameter as-typed takes 1 (search for the words as typed) or 0, not '" + given + "'.";
			default -> "The parameter " + name + " cannot take '" + given + "'.";
		};
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
