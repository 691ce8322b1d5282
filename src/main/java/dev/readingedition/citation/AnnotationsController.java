package dev.readingedition.citation;

import java.util.ArrayList;
import java.util.List;

import dev.readingedition.edition.Entity;
import dev.readingedition.edition.EntityKind;
import dev.readingedition.edition.Letter;
import dev.readingedition.edition.Paragraph;
import dev.readingedition.live.Snapshot;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import static dev.readingedition.reading.LetterNotFoundException.requireLetter;

/**
 * The index of names and terms of a letter: every entity it annotates, grouped by kind,
 * with its gloss, its sources and the paragraphs that mention it.
 */
@Controller
public class AnnotationsController {

	@GetMapping("/letters/{slug}/index")
	String index(@PathVariable String slug, Snapshot snapshot, Model model) {
		Letter letter = requireLetter(snapshot.edition(), slug);
		List<KindGroup> groups = new ArrayList<>();
		for (EntityKind kind : EntityKind.values()) {
			List<Entry> entries = letter.annotations()
				.stream()
				.filter((entity) -> entity.kind() == kind)
				.map((entity) -> new Entry(entity, letter.paragraphsMentioning(entity.id())))
				.toList();
			if (!entries.isEmpty()) {
				groups.add(new KindGroup(kind, entries));
			}
		}
		model.addAttribute("letter", letter);
		model.addAttribute("registerTitle", snapshot.edition().register().title());
		model.addAttribute("groups", groups);
		return "letter-index";
	}

	/** The entities of one kind, in the order the letter first mentions them. */
	record KindGroup(EntityKind kind, List<Entry> entries) {
	}

	/** One entity of the index and the paragraphs that mention it. */
	record Entry(Entity entity, List<Paragraph> paragraphs) {
	}

}
