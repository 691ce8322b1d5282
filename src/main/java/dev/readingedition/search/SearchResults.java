package dev.readingedition.search;

import java.util.List;

/**
 * One page of results for a query.
 *
 * @param query the query as the reader typed it
 * @param total how many passages match in all
 * @param page the page shown, from 1
 * @param pageSize how many hits a page holds
 * @param hits the hits of this page, best first
 * @param suggestion a spelling that would find something, when nothing was found; or {@code null}
 */
public record SearchResults(String query, int total, int page, int pageSize, List<Hit> hits, String suggestion) {

	public SearchResults {
		hits = List.copyOf(hits);
	}

	public int pages() {
		return Math.max(1, (total + pageSize - 1) / pageSize);
	}

	public boolean hasNext() {
		return page < pages();
	}

	public boolean hasPrevious() {
		return page > 1;
	}

	/** The number of the first hit of this page, from 1. */
	public int first() {
		return (page - 1) * pageSize + 1;
	}

}
