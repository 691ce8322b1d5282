package dev.readingedition.export;

import java.util.Locale;

import dev.readingedition.citation.WebAnnotations;
import dev.readingedition.edition.Letter;
import dev.readingedition.live.Snapshot;
import dev.readingedition.reading.Permalinks;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import static dev.readingedition.reading.LetterNotFoundException.requireLetter;

/**
 * A letter as data: its notes and annotations as W3C Web Annotations in JSON-LD, and its
 * Markdown source.
 */
@RestController
class OpenDataController {

	static final String JSON_LD = "application/ld+json";

	static final MediaType MARKDOWN = MediaType.parseMediaType("text/markdown;charset=UTF-8");

	private final Permalinks permalinks;

	private final String siteName;

	OpenDataController(Permalinks permalinks, MessageSource messages) {
		this.permalinks = permalinks;
		this.siteName = messages.getMessage("site.name", null, Locale.ENGLISH);
	}

	@GetMapping(path = "/letters/{slug}/annotations.jsonld", produces = JSON_LD)
	WebAnnotations.AnnotationCollection annotations(@PathVariable String slug, Snapshot snapshot) {
		Letter letter = requireLetter(snapshot.edition(), slug);
		String page = permalinks.letter(letter);
		return WebAnnotations.of(letter, page, page + "/annotations.jsonld",
				WebAnnotations.Agent.software(permalinks.absolute("/"), siteName), snapshot.modifiedAt());
	}

	@GetMapping("/letters/{slug}.md")
	ResponseEntity<String> markdown(@PathVariable String slug, Snapshot snapshot) {
		return ResponseEntity.ok().contentType(MARKDOWN).body(requireLetter(snapshot.edition(), slug).markdown());
	}

}
