package dev.readingedition.reading;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import dev.readingedition.edition.Entity;
import dev.readingedition.edition.EntityKind;
import dev.readingedition.edition.Letter;
import dev.readingedition.edition.Paragraph;
import dev.readingedition.live.Snapshot;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The index of names and terms across all the letters ({@code /names}): every register
 * entity in alphabetical order (people by surname), with its gloss and sources and,
 * letter by letter, the paragraphs that mention it; narrowed to one kind with
 * {@code ?kind=person}.
 */
@Controller
public class NamesController {

	private static final Collator ORDER = Collator.getInstance(Locale.ENGLISH);

	@GetMapping("/names")
	String names(@RequestParam(name = "kind", required = false) EntityKind kind, Snapshot snapshot, Model model) {
		List<Entry> entries = new ArrayList<>();
		for (Entity entity : snapshot.edition().register().entities()) {
			if (kind != null && entity.kind() != kind) {
				continue;
			}
			List<Mentions> mentions = new ArrayList<>();
			for (Letter letter : snapshot.edition().letters()) {
				List<Paragraph> paragraphs = letter.paragraphsMentioning(entity.id());
				if (!paragraphs.isEmpty()) {
					mentions.add(new Mentions(letter, paragraphs));
				}
			}
			entries.add(new Entry(entity, sortKey(entity), mentions));
		}
		entries.sort(Comparator.comparing(Entry::sortKey, ORDER));
		model.addAttribute("entries", entries);
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", EntityKind.values());
		model.addAttribute("registerTitle", snapshot.edition().register().title());
		return "names";
	}

	/**
	 * Where an entity sorts: a person by surname ("Thompson, Llewellyn E., Jr."),
	 * anything else by its name without a leading article or quotation mark.
	 */
	static String sortKey(Entity entity) {
		String name = entity.name().replaceAll("^[\u201c\"\u2018']+", "").replaceFirst("^(The|the) ", "");
		if (entity.kind() != EntityKind.PERSON) {
			return name;
		}
		String core = name.replaceFirst(",? Jr\\.$", "");
		int space = core.lastIndexOf(' ');
		return space < 0 ? core : core.substring(space + 1) + ", " + core.substring(0, space);
	}

	/** One entity of the index, and where the letters mention it. */
	record Entry(Entity entity, String sortKey, List<Mentions> mentions) {
	}

	/** The paragraphs of one letter that mention an entity. */
	record Mentions(Letter letter, List<Paragraph> paragraphs) {
	}

}
