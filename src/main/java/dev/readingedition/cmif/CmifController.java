package dev.readingedition.cmif;

import dev.readingedition.live.Snapshot;
import dev.readingedition.reading.Permalinks;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The correspondence as CMIF at {@code /cmif.xml}, for correspSearch to harvest. Written
 * once per load of the content and address, then served from the response cache like
 * every page.
 */
@RestController
class CmifController {

	private static final MediaType CMIF = MediaType.parseMediaType(Cmif.MEDIA_TYPE + ";charset=UTF-8");

	private final Permalinks permalinks;

	CmifController(Permalinks permalinks) {
		this.permalinks = permalinks;
	}

	@GetMapping("/cmif.xml")
	ResponseEntity<byte[]> cmif(Snapshot snapshot) {
		return ResponseEntity.ok()
			.contentType(CMIF)
			.body(Cmif.document(snapshot.edition(), permalinks.base(), permalinks::letter, snapshot.modifiedAt()));
	}

}
