package dev.readingedition.search;

import java.time.LocalDate;
import java.util.List;

import dev.readingedition.edition.TextMarker.Range;
import dev.readingedition.live.Snapshot;
import dev.readingedition.search.SearchResults.KindCount;
import dev.readingedition.search.SearchResults.LetterCount;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The same search as JSON, for scripts and other tools, and the suggestions the search
 * box offers as the reader types; errors are JSON too.
 */
@RestController
class SearchApiController {

	/**
	 * The longest text the suggestions take: they complete what is being typed, not whole
	 * queries.
	 */
	static final int MAX_SUGGEST_LENGTH = 100;

	@GetMapping(path = "/api/search", produces = "application/json")
	Results search(@ModelAttribute SearchParameters parameters, Snapshot snapshot) {
		SearchFilters filters = parameters.check(snapshot.edition());
		if (!parameters.hasQuery()) {
			throw new BadQueryException(
					"Give the words to search for in the parameter q, e.g. /api/search?q=Adzhubei.");
		}
		SearchResults results = parameters.search(snapshot.index(), filters);
		return new Results(results.query(), results.total(), results.totalIsLowerBound(), results.page(),
				results.pages(), results.suggestion(), results.showingSuggestion(), ApiKind.of(results.kinds()),
				results.letters().stream().map(ApiLetter::of).toList(),
				results.hits().stream().map((hit) -> ApiHit.of(hit, results.shown())).toList());
	}

	/**
	 * Suggestions for what has been typed so far, for the search box's list; bounded, and
	 * cached briefly.
	 */
	@GetMapping(path = "/api/suggest", produces = "application/json")
	ResponseEntity<Suggestions> suggest(@RequestParam(name = "q", required = false) String query, Snapshot snapshot) {
		if (query != null && query.length() > MAX_SUGGEST_LENGTH) {
			throw new BadQueryException("Suggestions complete at most " + MAX_SUGGEST_LENGTH
					+ " characters of a search; this one is " + query.length() + " characters long.");
		}
		String typed = query == null ? "" : query;
		List<ApiSuggestion> suggestions = snapshot.index().complete(typed).stream().map(ApiSuggestion::of).toList();
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
			.body(new Suggestions(typed, suggestions));
	}

	/**
	 * The answer. When more than a thousand passages match, the first hundred pages do
	 * not count them all: {@code totalIsLowerBound} is then true, more than {@code total}
	 * passages match and there are more than {@code pages} pages, each of which can be
	 * asked for; from page 101 on the count is exact (and the counts by kind and by
	 * letter are left out). When the query as typed finds nothing and {@code suggestion}
	 * does, {@code showingSuggestion} is true and the hits are the suggestion's.
	 */
	record Results(String query, int total, boolean totalIsLowerBound, int page, int pages, String suggestion,
			boolean showingSuggestion, List<ApiKind> kinds, List<ApiLetter> letters, List<ApiHit> hits) {
	}

	/**
	 * How many passages of one kind ({@code paragraph}, {@code note}, {@code annotation})
	 * match.
	 */
	record ApiKind(String kind, int count) {

		static List<ApiKind> of(List<KindCount> counts) {
			return counts.stream().map((count) -> new ApiKind(count.kind().label(), count.count())).toList();
		}

	}

	/** How many passages of one letter match, and of which kinds. */
	record ApiLetter(String document, String title, LocalDate date, String from, String to, int count,
			List<ApiKind> kinds) {

		static ApiLetter of(LetterCount letter) {
			return new ApiLetter(letter.slug(), letter.title(), letter.date(), letter.author(), letter.recipient(),
					letter.count(), ApiKind.of(letter.kinds()));
		}

	}

	record ApiHit(String document, String title, LocalDate date, String from, String to, String id, String url,
			String kind, Integer paragraph, String note, String annotation, int page, String snippet,
			List<Range> highlights, float score) {

		static ApiHit of(Hit hit, String query) {
			Hit.Kind kind = hit.kind();
			return new ApiHit(hit.slug(), hit.title(), hit.date(), hit.author(), hit.recipient(), hit.anchor(),
					hit.url(query), kind.label(), hit.paragraph(), hit.note(), hit.annotation(), hit.page(),
					hit.snippet(), hit.highlights(), hit.score());
		}

	}

	record Suggestions(String query, List<ApiSuggestion> suggestions) {
	}

	/** One suggestion: what it shows, what it is, and the search it leads to. */
	record ApiSuggestion(String text, String kind, String query, String url) {

		static ApiSuggestion of(Completion completion) {
			return new ApiSuggestion(completion.text(), completion.kind(), completion.query(), "/search?q="
					+ java.net.URLEncoder.encode(completion.query(), java.nio.charset.StandardCharsets.UTF_8));
		}

	}

}
