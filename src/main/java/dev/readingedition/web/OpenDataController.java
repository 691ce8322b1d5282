package dev.readingedition.web;

import dev.readingedition.edition.Edition;
import dev.readingedition.edition.Letter;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A letter as data: its notes and annotations as W3C Web Annotations in JSON-LD, and its Markdown source.
 */
@RestController
class OpenDataController {

	static final String JSON_LD = "application/ld+json";

	static final MediaType MARKDOWN = MediaType.parseMediaType("text/markdown;charset=UTF-8");

	private final Edition edition;

	OpenDataController(Edition edition) {
		this.edition = edition;
	}

	@GetMapping(path = "/letters/{slug}/annotations.jsonld", produces = JSON_LD)
	WebAnnotations.AnnotationCollection annotations(@PathVariable String slug) {
		Letter letter = letter(slug);
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().path("/letters/{slug}")
			.buildAndExpand(slug)
			.toUriString();
		return WebAnnotations.of(letter, base, base + "/annotations.jsonld");
	}

	@GetMapping("/letters/{slug}.md")
	ResponseEntity<String> markdown(@PathVariable String slug) {
		return ResponseEntity.ok().contentType(MARKDOWN).body(letter(slug).markdown());
	}

	private Letter letter(String slug) {
		return edition.letter(slug).orElseThrow(() -> LetterNotFoundException.letter(slug));
	}

}
