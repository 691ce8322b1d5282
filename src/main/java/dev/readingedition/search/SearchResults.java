package dev.readingedition.search;

import java.util.List;

/**
 * One page of results for a query.
 *
 * @param query the query as the reader typed it
 * @param total how many passages match in all; when {@code totalIsLowerBound}, more than this many match
 * @param totalIsLowerBound whether the search stopped counting: when more than a thousand passages match, the first
 * hundred pages say "more than 1,000" rather than count every match (from page 101 on the count is exact)
 * @param page the page shown, from 1
 * @param pageSize how many hits a page holds
 * @param hits the hits of this page, best first
 * @param suggestion a spelling that would find something, when nothing was found; or {@code null}
 */
public record SearchResults(String query, int total, boolean totalIsLowerBound, int page, int pageSize,
		List<Hit> hits, String suggestion) {

	public SearchResults {
		hits = List.copyOf(hits);
	}

	/** How many pages of results there are; when the total is a lower bound, there are more than this many. */
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

}
