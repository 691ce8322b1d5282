package dev.readingedition.dts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.readingedition.edition.Letter;
import dev.readingedition.live.Snapshot;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The DTS 1.0 Collection endpoint, {@code /api/dts/collection{?id,page,nav}}: the edition
 * (the root, also without {@code id}), the correspondence in it, and each letter as a
 * Resource; {@code nav=parents} lists what holds one instead of what it holds.
 * {@code member} is always an array.
 */
@RestController
class CollectionController {

	private final DtsCatalogs catalogs;

	CollectionController(DtsCatalogs catalogs) {
		this.catalogs = catalogs;
	}

	@GetMapping(DtsCatalog.API + "/collection")
	ResponseEntity<Map<String, Object>> collection(HttpServletRequest request, Snapshot snapshot) {
		DtsQuery query = DtsQuery.of(request, Set.of("id", "page", "nav"));
		query.onlyFirstPage();
		String nav = query.get("nav");
		if (nav != null && !nav.equals("children") && !nav.equals("parents")) {
			throw DtsException.badRequest("The parameter 'nav' is 'children' (the default) or 'parents'.");
		}
		boolean parents = "parents".equals(nav);
		DtsCatalog catalog = catalogs.of(snapshot);
		String id = query.get("id");
		Map<String, Object> answer = DtsObjects.answer();
		List<Map<String, Object>> members;
		if (id == null || id.equals(catalog.rootId())) {
			DtsObjects.root(catalog, answer);
			members = parents ? List.of() : List.of(DtsObjects.correspondence(catalog, new LinkedHashMap<>()));
		}
		else if (id.equals(catalog.correspondenceId())) {
			DtsObjects.correspondence(catalog, answer);
			members = parents ? List.of(DtsObjects.root(catalog, new LinkedHashMap<>()))
					: catalog.letters()
						.stream()
						.map((letter) -> DtsObjects.resource(catalog, letter, new LinkedHashMap<>()))
						.toList();
		}
		else {
			Letter letter = catalog.letter(id)
				.orElseThrow(() -> DtsException
					.notFound("There is no Collection or Resource with the @id '" + id + "'. The root collection is "
							+ catalog.rootId() + ", the correspondence " + catalog.correspondenceId()
							+ ", and a letter's @id is its address, e.g. " + catalog.example() + "."));
			DtsObjects.resource(catalog, letter, answer);
			members = parents ? List.of(DtsObjects.correspondence(catalog, new LinkedHashMap<>())) : List.of();
		}
		answer.put("member", members);
		return ResponseEntity.ok().contentType(DtsCatalogs.JSON_LD).body(answer);
	}

}
