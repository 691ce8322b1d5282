package dev.readingedition.search;

import java.time.LocalDate;
import java.util.List;

import dev.readingedition.live.Snapshot;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page: a box, the hits grouped by letter and kind with their counts, each hit
 * with its letter, place, printed page and matched words; narrowed by letter,
 * correspondent, dates and kind.
 */
@Controller
class SearchController {

	/** Searches that show what the edition can do, offered on the empty search page. */
	static final List<String> EXAMPLES = List.of("\"modus vivendi\"", "positions of strength", "Adzhubei",
			"air corridors", "negotiat*", "Berlin -Germany");

	@GetMapping("/search")
	String search(@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "page", required = false) Integer page,
			@RequestParam(name = "letter", required = false) String letter,
			@RequestParam(name = "correspondent", required = false) String correspondent,
			@RequestParam(name = "from", required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam(name = "to", required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
			@RequestParam(name = "kind", required = false) Hit.Kind kind,
			@RequestParam(name = "as-typed", defaultValue = "false") boolean asTyped, Snapshot snapshot, Model model) {
		BadQueryException.checkQuery(query);
		int number = SearchParameters.page(page);
		SearchFilters filters = SearchParameters.read(snapshot.edition(), letter, correspondent, from, to, kind);
		model.addAttribute("examples", EXAMPLES);
		model.addAttribute("filters", filters);
		model.addAttribute("letters", snapshot.edition().letters());
		model.addAttribute("correspondents", SearchParameters.correspondents(snapshot.edition()));
		if (query == null || query.isBlank()) {
			return "search";
		}
		model.addAttribute("query", query);
		model.addAttribute("link", new SearchLink(query.strip(), filters));
		model.addAttribute("results", snapshot.index().search(query, number, filters, !asTyped));
		return "search";
	}

}
