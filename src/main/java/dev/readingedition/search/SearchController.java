package dev.readingedition.search;

import java.util.List;

import dev.readingedition.live.Snapshot;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

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
	String search(@ModelAttribute SearchParameters parameters, Snapshot snapshot, Model model) {
		SearchFilters filters = parameters.check(snapshot.edition());
		model.addAttribute("examples", EXAMPLES);
		model.addAttribute("filters", filters);
		model.addAttribute("letters", snapshot.edition().letters());
		model.addAttribute("correspondents", SearchParameters.correspondents(snapshot.edition()));
		if (!parameters.hasQuery()) {
			return "search";
		}
		model.addAttribute("query", parameters.query());
		model.addAttribute("link", new SearchLink(parameters.query().strip(), filters));
		model.addAttribute("results", parameters.search(snapshot.index(), filters));
		return "search";
	}

}
