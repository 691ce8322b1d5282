package dev.readingedition.web;

import java.util.List;

import dev.readingedition.live.Snapshot;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * The search page: a box, and the hits with their paragraph, printed page and the matched words.
 */
@Controller
class SearchController {

	/** Searches that show what the edition can do, offered on the empty search page. */
	static final List<String> EXAMPLES = List.of("\"modus vivendi\"", "positions of strength", "Adzhubei",
			"air corridors", "negotiat*", "Berlin -Germany");

	@GetMapping("/search")
	String search(@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "page", required = false) String page, Snapshot snapshot, Model model) {
		BadQueryException.checkQuery(query);
		int number = BadQueryException.page(page);
		model.addAttribute("examples", EXAMPLES);
		if (query == null || query.isBlank()) {
			return "search";
		}
		model.addAttribute("query", query);
		model.addAttribute("results", snapshot.index().search(query, number));
		return "search";
	}

	@ExceptionHandler(BadQueryException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	ModelAndView badQuery(BadQueryException ex) {
		ModelAndView page = new ModelAndView("search");
		page.addObject("error", ex.getMessage());
		page.addObject("examples", EXAMPLES);
		return page;
	}

}
