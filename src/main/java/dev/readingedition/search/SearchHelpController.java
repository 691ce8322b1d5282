package dev.readingedition.search;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The search help page, linked from every search form.
 */
@Controller
class SearchHelpController {

	private final SearchHelp help;

	SearchHelpController(SearchHelp help) {
		this.help = help;
	}

	@GetMapping("/search/help")
	String help(Model model) {
		SearchHelp.Rendered page = help.page();
		model.addAttribute("helpTitle", page.title());
		model.addAttribute("helpHtml", page.html());
		return "search-help";
	}

}
