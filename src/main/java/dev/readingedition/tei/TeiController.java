package dev.readingedition.tei;

import dev.readingedition.edition.Letter;
import dev.readingedition.live.Snapshot;
import dev.readingedition.reading.Permalinks;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import static dev.readingedition.reading.LetterNotFoundException.requireLetter;

/**
 * Each letter as TEI P5 at {@code /letters/{slug}.xml}. It is written once per load of
 * the content and address, then served from the response cache like every page (strong
 * ETag, 304, gzip).
 */
@RestController
class TeiController {

	static final MediaType TEI = MediaType.parseMediaType(LetterTei.MEDIA_TYPE + ";charset=UTF-8");

	private final Permalinks permalinks;

	TeiController(Permalinks permalinks) {
		this.permalinks = permalinks;
	}

	@GetMapping("/letters/{slug}.xml")
	ResponseEntity<byte[]> tei(@PathVariable String slug, Snapshot snapshot) {
		Letter letter = requireLetter(snapshot.edition(), slug);
		return ResponseEntity.ok()
			.contentType(TEI)
			.body(LetterTei.document(snapshot.edition(), letter, permalinks.letter(letter)));
	}

}
