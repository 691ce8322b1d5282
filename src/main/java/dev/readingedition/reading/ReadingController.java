package dev.readingedition.reading;

import dev.readingedition.edition.Letter;
import dev.readingedition.live.Snapshot;
import dev.readingedition.search.BadQueryException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import static dev.readingedition.reading.LetterNotFoundException.requireLetter;

/**
 * The reading pages: one letter with its notes in the margin (with a search's matches
 * marked, when it comes from one), and the list of letters.
 */
@Controller
public class ReadingController {

	@GetMapping("/")
	String home(Snapshot snapshot, Model model) {
		// The front page opens the edition's main work, with its thread around it;
		// without one, the contents.
		return snapshot.edition()
			.mainWork()
			.map((letter) -> letter(snapshot, letter, null, model))
			.orElseGet(() -> contents(snapshot, model));
	}

	@GetMapping("/letters")
	String contents(@RequestParam(name = "correspondent", required = false) String correspondent, Snapshot snapshot,
			Model model) {
		ContentsView contents = ContentsView.of(snapshot.edition(), correspondent);
		model.addAttribute("letters", contents.rows().stream().map(ContentsView.Row::letter).toList());
		model.addAttribute("contents", contents);
		return "contents";
	}

	private String contents(Snapshot snapshot, Model model) {
		return contents(null, snapshot, model);
	}

	@GetMapping("/letters/{slug}")
	String letter(@PathVariable String slug, @RequestParam(name = "q", required = false) String query,
			Snapshot snapshot, Model model) {
		BadQueryException.checkQuery(query);
		return letter(snapshot, requireLetter(snapshot.edition(), slug), query, model);
	}

	private String letter(Snapshot snapshot, Letter letter, String query, Model model) {
		model.addAttribute("letter", letter);
		model.addAttribute("canonicalPath", "/letters/" + letter.slug());
		if (query == null || query.isBlank()) {
			model.addAttribute("view", LetterView.of(letter));
			return "letter";
		}
		model.addAttribute("query", query.strip());
		model.addAttribute("view", LetterView.searched(letter, snapshot.index().matches(letter.slug(), query)));
		return "letter";
	}

}
