package dev.readingedition.about;

import dev.readingedition.live.Snapshot;
import dev.readingedition.reading.LetterNotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The edition's front matter: {@code /about} and its pages ({@code /about/how-to-cite}
 * …), written in Markdown in {@code content/about/} and rendered with the facts they ask
 * for computed from the edition being served.
 */
@Controller
class FrontMatterController {

	private final FrontMatterFacts facts;

	FrontMatterController(FrontMatterFacts facts) {
		this.facts = facts;
	}

	@GetMapping("/about")
	String index(Snapshot snapshot, Model model) {
		return page(snapshot, "", model);
	}

	@GetMapping("/about/{page:[a-z0-9-]{1,80}}")
	String page(Snapshot snapshot, @PathVariable String page, Model model) {
		FrontMatterPage found = snapshot.edition()
			.frontMatter()
			.page(page)
			.orElseThrow(() -> new LetterNotFoundException(
					"There is no page '" + page + "' in the edition's front matter; its pages are listed at /about."));
		model.addAttribute("page", found);
		model.addAttribute("pageHtml", found.html(facts.of(snapshot.edition())));
		return "about";
	}

}
