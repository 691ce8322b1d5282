package dev.readingedition.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Addresses of the search page that keep what the reader asked for (query and narrowing)
 * and change one thing: the page, the kind, the letter, the query. The templates build
 * every results link through it, so no link drops a filter.
 *
 * @param query the query
 * @param filters the narrowing
 */
record SearchLink(String query, SearchFilters filters) {

	/** This search, another page of it. */
	public String page(int page) {
		return build(query, filters, page, false);
	}

	/**
	 * This search narrowed to one kind of passage, or to every kind when {@code kind} is
	 * {@code null}.
	 */
	public String kind(Hit.Kind kind) {
		return build(query,
				new SearchFilters(filters.letter(), filters.correspondent(), filters.from(), filters.to(), kind), 1,
				false);
	}

	/**
	 * This search narrowed to one letter, or to every letter when {@code slug} is
	 * {@code null}.
	 */
	public String letter(String slug) {
		return build(query,
				new SearchFilters(slug, filters.correspondent(), filters.from(), filters.to(), filters.kind()), 1,
				false);
	}

	/** This search without any narrowing. */
	public String everywhere() {
		return build(query, SearchFilters.NONE, 1, false);
	}

	/** Another query, narrowed the same way. */
	public String query(String other) {
		return build(other, filters, 1, false);
	}

	/**
	 * The query exactly as typed, even though it finds nothing and a suggestion would.
	 */
	public String asTyped() {
		return build(query, filters, 1, true);
	}

	private static String build(String query, SearchFilters filters, int page, boolean asTyped) {
		StringBuilder link = new StringBuilder("/search?q=").append(encode(query));
		add(link, "letter", filters.letter());
		add(link, "correspondent", filters.correspondent());
		add(link, "from", filters.from());
		add(link, "to", filters.to());
		add(link, "kind", filters.kind() == null ? null : filters.kind().label());
		if (asTyped) {
			link.append("&as-typed=1");
		}
		if (page > 1) {
			link.append("&page=").append(page);
		}
		return link.toString();
	}

	private static void add(StringBuilder link, String name, Object value) {
		if (value != null) {
			link.append('&')
				.append(name)
				.append('=')
				.append(encode(value instanceof LocalDate date ? date.toString() : value.toString()));
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
