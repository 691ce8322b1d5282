package dev.readingedition.dts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.readingedition.edition.Edition;
import dev.readingedition.edition.Letter;
import dev.readingedition.live.Snapshot;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The DTS 1.0 Navigation endpoint,
 * {@code /api/dts/navigation{?resource,ref,start,end,down,tree,page}}: a letter's
 * citation trees, the paragraphs by default and the printed pages of each printing as a
 * named tree. It answers {@code ref}, {@code down} and {@code start}/{@code end} ranges
 * (Level 1) as the specification's table says, and refuses what it refuses: 400 for a bad
 * combination, 404 for a tree or reference the letter does not have.
 */
@RestController
class NavigationController {

	private final DtsCatalogs catalogs;

	NavigationController(DtsCatalogs catalogs) {
		this.catalogs = catalogs;
	}

	@GetMapping(DtsCatalog.API + "/navigation")
	ResponseEntity<Map<String, Object>> navigation(HttpServletRequest request, Snapshot snapshot) {
		DtsQuery query = DtsQuery.of(request, Set.of("resource", "ref", "start", "end", "down", "tree", "page"));
		DtsCatalog catalog = catalogs.of(snapshot);
		String id = query.required("resource", catalog.example());
		query.checkReferences();
		Integer down = query.down();
		query.onlyFirstPage();
		boolean reference = query.has("ref");
		boolean range = query.has("start");
		if (!reference && !range && (down == null || down == 0)) {
			throw DtsException.badRequest(down == null
					? "Say what to navigate: a 'ref', a 'start' and 'end', or 'down' (1 or -1 for the whole tree)."
					: "down=0 lists the siblings of a 'ref', so it needs one.");
		}
		if (range && down != null && down == 0) {
			throw DtsException.badRequest("down=0 lists the siblings of a 'ref'; it is not used with a range.");
		}
		Letter letter = catalog.resource(id);
		CitationTree tree = tree(catalog.edition(), letter, query.get("tree"));

		Map<String, Object> answer = DtsObjects.answer();
		answer.put("@type", "Navigation");
		answer.put("@id", catalogs.requestUrl(request));
		answer.put("resource", DtsObjects.resource(catalog, letter, new LinkedHashMap<>()));
		List<CitationTree.Unit> units = tree.units();
		List<CitationTree.Unit> members;
		if (reference) {
			CitationTree.Unit ref = unit(tree, query.get("ref"));
			answer.put("ref", DtsObjects.unit(catalog, letter, tree, ref));
			// The trees are flat: a unit's siblings are the whole tree, and it has no
			// descendants.
			members = down == null ? null : down == 0 ? units : List.of(ref);
		}
		else if (range) {
			CitationTree.Unit start = unit(tree, query.get("start"));
			CitationTree.Unit end = unit(tree, query.get("end"));
			if (tree.indexOf(start) > tree.indexOf(end)) {
				throw DtsException.badRequest("The range starts at '" + start.identifier() + "', which comes after its "
						+ "end '" + end.identifier() + "'.");
			}
			answer.put("start", DtsObjects.unit(catalog, letter, tree, start));
			answer.put("end", DtsObjects.unit(catalog, letter, tree, end));
			members = down == null ? null : units.subList(tree.indexOf(start), tree.indexOf(end) + 1);
		}
		else {
			// down is 1 or more, or -1: every unit, since every one is at level 1.
			members = units;
		}
		if (members != null) {
			answer.put("member", members.stream().map((unit) -> DtsObjects.unit(catalog, letter, tree, unit)).toList());
		}
		return ResponseEntity.ok().contentType(DtsCatalogs.JSON_LD).body(answer);
	}

	/** The tree a request names, the default one when it names none. */
	static CitationTree tree(Edition edition, Letter letter, String name) {
		List<CitationTree> trees = CitationTree.of(edition, letter);
		if (name == null) {
			return trees.get(0);
		}
		return trees.stream()
			.filter((tree) -> name.equals(tree.identifier()))
			.findFirst()
			.orElseThrow(() -> DtsException
				.notFound("The letter has no citation tree '" + name + "'. Its trees are "
						+ "the paragraphs (the default: leave 'tree' out)"
						+ (trees.size() > 1 ? " and the printed pages of "
								+ String.join(", ", trees.stream().skip(1).map(CitationTree::identifier).toList()) : "")
						+ "."));
	}

	static CitationTree.Unit unit(CitationTree tree, String identifier) {
		return tree.unit(identifier)
			.orElseThrow(() -> DtsException.notFound("There is no " + tree.citeType() + " '" + identifier + "' in "
					+ (tree.identifier() == null ? "the default citation tree" : "the tree '" + tree.identifier() + "'")
					+ "; it runs from '" + tree.units().get(0).identifier() + "' to '"
					+ tree.units().get(tree.units().size() - 1).identifier() + "'."));
	}

}
