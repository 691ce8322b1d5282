package dev.readingedition.web;

import dev.readingedition.edition.Edition;
import dev.readingedition.edition.Letter;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The reading pages: one letter with its notes in the margin, and the list of letters.
 */
@Controller
class ReadingController {

	private final Edition edition;

	ReadingController(Edition edition) {
		this.edition = edition;
	}

	@GetMapping("/")
	String home(Model model) {
		if (edition.letters().size() == 1) {
			return letter(edition.letters().get(0), model);
		}
		return contents(model);
	}

	@GetMapping("/letters")
	String contents(Model model) {
		model.addAttribute("letters", edition.letters());
		return "contents";
	}

	@GetMapping("/letters/{slug}")
	String letter(@PathVariable String slug, Model model) {
		return letter(edition.letter(slug).orElseThrow(() -> LetterNotFoundException.letter(slug)), model);
	}

	private String letter(Letter letter, Model model) {
		model.addAttribute("letter", letter);
		model.addAttribute("canonicalPath", "/letters/" + letter.slug());
		return "letter";
	}

}
