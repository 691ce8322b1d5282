package dev.readingedition.dts;

import java.util.Map;

import dev.readingedition.live.Snapshot;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The DTS 1.0 Entry endpoint, {@code /api/dts}: the version, and the URI templates of the
 * other three endpoints.
 */
@RestController
class EntryController {

	private final DtsCatalogs catalogs;

	EntryController(DtsCatalogs catalogs) {
		this.catalogs = catalogs;
	}

	@GetMapping({ DtsCatalog.API, DtsCatalog.API + "/" })
	ResponseEntity<Map<String, Object>> entry(Snapshot snapshot) {
		DtsCatalog catalog = catalogs.of(snapshot);
		Map<String, Object> entry = DtsObjects.answer();
		entry.put("@id", catalog.entryId());
		entry.put("@type", "EntryPoint");
		entry.put("collection", catalog.collectionTemplate());
		entry.put("navigation", catalog.navigationTemplate());
		entry.put("document", catalog.documentTemplate());
		return ResponseEntity.ok().contentType(DtsCatalogs.JSON_LD).body(entry);
	}

}
