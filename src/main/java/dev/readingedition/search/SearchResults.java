package dev.readingedition.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of results for a query.
 *
 * @param query the query as the reader typed it
 * @param total how many passages match in all; when {@code totalIsLowerBound}, more than
 * this many match
 * @param totalIsLowerBound whether the search stopped counting: when more than a thousand
 * passages match, the first hundred pages say "more than 1,000" rather than count every
 * match (from page 101 on the count is exact)
 * @param page the page shown, from 1
 * @param pageSize how many hits a page holds
 * @param hits the hits of this page: grouped by letter, then by kind, each group in the
 * order of its best hit, the hits of a group best first (when the total is a lower bound,
 * simply best first)
 * @param suggestion a spelling in the text's own form that finds something, or
 * {@code null}
 * @param showingSuggestion whether the hits are the suggestion's, because the query as
 * typed found nothing
 * @param kinds how many passages of each kind match (ignoring a kind filter), in the
 * order of the groups; empty when the total is a lower bound
 * @param letters how many passages of each letter match, in the order of the groups;
 * empty when the total is a lower bound
 * @param filters what the search was narrowed to
 */
public record SearchResults(String query, int total, boolean totalIsLowerBound, int page, int pageSize, List<Hit> hits,
		String suggestion, boolean showingSuggestion, List<KindCount> kinds, List<LetterCount> letters,
		SearchFilters filters) {

	public SearchResults {
		hits = List.copyOf(hits);
		kinds = List.copyOf(kinds);
		letters = List.copyOf(letters);
	}

	/** Nothing found, perhaps with a suggestion. */
	static SearchResults none(String query, int pageSize, String suggestion, SearchFilters filters) {
		return new SearchResults(query, 0, false, 1, pageSize, List.of(), suggestion, false, List.of(), List.of(),
				filters);
	}

	/**
	 * The query whose hits these are: the suggestion when it is shown instead, else the
	 * query.
	 */
	public String shown() {
		return showingSuggestion ? suggestion : query;
	}

	/**
	 * How many pages of results there are; when the total is a lower bound, there are
	 * more than this many.
	 */
	public int pages() {
		return Math.max(1, (total + pageSize - 1) / pageSize);
	}

	public boolean hasNext() {
		// Past a lower bound there is always another match, so always another page.
		return page < pages() || totalIsLowerBound;
	}

	public boolean hasPrevious() {
		return page > 1;
	}

	/** The number of the first hit of this page, from 1. */
	public int first() {
		return (page - 1) * pageSize + 1;
	}

	/** This page's hits in their groups: a letter, and within it its kinds. */
	public List<LetterGroup> groups() {
		List<LetterGroup> groups = new ArrayList<>();
		int number = first();
		for (Hit hit : hits) {
			LetterGroup letter = groups.isEmpty() ? null : groups.get(groups.size() - 1);
			if (letter == null || !letter.slug().equals(hit.slug())) {
				LetterCount counted = counted(hit.slug());
				letter = new LetterGroup(hit.slug(), hit.title(), hit.letterLabel(),
						counted == null ? null : counted.count(), new ArrayList<>());
				groups.add(letter);
			}
			KindGroup kind = letter.kinds().isEmpty() ? null : letter.kinds().get(letter.kinds().size() - 1);
			if (kind == null || kind.kind() != hit.kind()) {
				LetterCount counted = counted(hit.slug());
				kind = new KindGroup(hit.kind(), counted == null ? null : counted.count(hit.kind()), number,
						new ArrayList<>());
				letter.kinds().add(kind);
			}
			kind.hits().add(hit);
			number++;
		}
		return groups;
	}

	private LetterCount counted(String slug) {
		for (LetterCount letter : letters) {
			if (letter.slug().equals(slug)) {
				return letter;
			}
		}
		return null;
	}

	/**
	 * How many passages of one letter match.
	 *
	 * @param slug the letter
	 * @param title its title
	 * @param date its date
	 * @param author who wrote it
	 * @param recipient to whom
	 * @param count how many of its passages match
	 * @param kinds how many of each kind, in the order of their groups
	 */
	public record LetterCount(String slug, String title, LocalDate date, String author, String recipient, int count,
			List<KindCount> kinds) {

		public LetterCount {
			kinds = List.copyOf(kinds);
		}

		/**
		 * How many passages of a kind match in this letter, or {@code null} when none.
		 */
		public Integer count(Hit.Kind kind) {
			return kinds.stream().filter((k) -> k.kind() == kind).map(KindCount::count).findFirst().orElse(null);
		}

		/** "February 15, 1962 · John F. Kennedy → Nikita S. Khrushchev". */
		public String label() {
			return Hit.letterLabel(date, author, recipient);
		}

	}

	/** How many passages of one kind match. */
	public record KindCount(Hit.Kind kind, int count) {
	}

	/**
	 * The hits of one letter on this page, by kind; {@code count} is the letter's total,
	 * or {@code null}.
	 */
	public record LetterGroup(String slug, String title, String label, Integer count, List<KindGroup> kinds) {
	}

	/**
	 * The hits of one kind within a letter, on this page; {@code count} is the letter's
	 * total of that kind, or {@code null}; {@code first} the number of its first hit
	 * among all the results.
	 */
	public record KindGroup(Hit.Kind kind, Integer count, int first, List<Hit> hits) {
	}

}
