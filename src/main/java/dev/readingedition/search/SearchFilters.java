package dev.readingedition.search;

import java.time.LocalDate;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * What a search is narrowed to: one letter, one correspondent (as writer or recipient), a
 * range of dates, one kind of passage. Each is {@code null} when not given. The web layer
 * checks the values before they get here.
 *
 * @param letter a letter's slug
 * @param correspondent a writer's or recipient's name as the letters' front matter gives
 * it
 * @param from the earliest date, inclusive
 * @param to the latest date, inclusive
 * @param kind the kind of passage
 */
public record SearchFilters(String letter, String correspondent, LocalDate from, LocalDate to, Hit.Kind kind) {

	/** No narrowing: the whole edition. */
	public static final SearchFilters NONE = new SearchFilters(null, null, null, null, null);

	/** Only the passages of one letter. */
	public static SearchFilters letter(String slug) {
		return new SearchFilters(slug, null, null, null, null);
	}

	/**
	 * The same narrowing without the kind: the counts by kind are counted across kinds.
	 */
	public SearchFilters anyKind() {
		return new SearchFilters(letter, correspondent, from, to, null);
	}

	/** Whether anything narrows the search. */
	public boolean isEmpty() {
		return letter == null && correspondent == null && from == null && to == null && kind == null;
	}

	/**
	 * Whether a letter, correspondent or date narrows the search: the letters that can
	 * match are fewer.
	 */
	public boolean narrowsLetters() {
		return letter != null || correspondent != null || from != null || to != null;
	}

	/** A query limited to these filters; the filters do not score. */
	Query apply(Query query) {
		if (isEmpty()) {
			return query;
		}
		BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(query, Occur.MUST);
		if (letter != null) {
			filtered.add(new TermQuery(new Term(Analysis.SLUG, letter)), Occur.FILTER);
		}
		if (correspondent != null) {
			filtered.add(new TermQuery(new Term(Analysis.CORRESPONDENT, correspondent)), Occur.FILTER);
		}
		if (from != null || to != null) {
			long lower = from == null ? Long.MIN_VALUE : from.toEpochDay();
			long upper = to == null ? Long.MAX_VALUE : to.toEpochDay();
			filtered.add(LongPoint.newRangeQuery(Analysis.DATE, lower, upper), Occur.FILTER);
		}
		if (kind != null) {
			filtered.add(new TermQuery(new Term(Analysis.KIND, kind.label())), Occur.FILTER);
		}
		return filtered.build();
	}

}
