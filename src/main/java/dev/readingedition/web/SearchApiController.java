package dev.readingedition.web;

import java.util.List;
import java.util.Map;

import dev.readingedition.edition.TextMarker.Range;
import dev.readingedition.live.Snapshot;
import dev.readingedition.search.Hit;
import dev.readingedition.search.SearchResults;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The same search as JSON, for scripts and other tools; errors are JSON too.
 */
@RestController
class SearchApiController {

	@GetMapping(path = "/api/search", produces = "application/json")
	Results search(@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "page", required = false) String page, Snapshot snapshot) {
		BadQueryException.checkQuery(query);
		int number = BadQueryException.page(page);
		if (query == null || query.isBlank()) {
			throw new BadQueryException("Give the words to search for in the parameter q, e.g. /api/search?q=Adzhubei.");
		}
		SearchResults results = snapshot.index().search(query, number);
		return new Results(results.query(), results.total(), results.totalIsLowerBound(), results.page(),
				results.pages(), results.suggestion(),
				results.hits().stream().map((hit) -> ApiHit.of(hit, results.query())).toList());
	}

	@ExceptionHandler(BadQueryException.class)
	ResponseEntity<Map<String, Object>> badQuery(BadQueryException ex) {
		return ResponseEntity.status(HttpStatus.BAD_REQUEST)
			.body(Map.of("status", 400, "error", ex.getMessage()));
	}

	/**
	 * The answer. When more than a thousand passages match, the first hundred pages do not count them all:
	 * {@code totalIsLowerBound} is then true, more than {@code total} passages match and there are more than
	 * {@code pages} pages, each of which can be asked for; from page 101 on the count is exact.
	 */
	record Results(String query, int total, boolean totalIsLowerBound, int page, int pages, String suggestion,
			List<ApiHit> hits) {
	}

	record ApiHit(String document, String title, String id, String url, String kind, Integer paragraph,
			String note, String annotation, int page, String snippet, List<Range> highlights, float score) {

		static ApiHit of(Hit hit, String query) {
			Hit.Kind kind = hit.kind();
			return new ApiHit(hit.slug(), hit.title(), hit.anchor(), hit.url(query), kind.label(),
					kind == Hit.Kind.PARAGRAPH ? Integer.valueOf(hit.number()) : null,
					kind == Hit.Kind.NOTE ? hit.number() : null, kind == Hit.Kind.ANNOTATION ? hit.number() : null,
					hit.page(), hit.snippet(), hit.highlights(), hit.score());
		}

	}

}
