package dev.readingedition.dts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.readingedition.edition.Letter;
import dev.readingedition.edition.Metadata;
import dev.readingedition.tei.LetterTei;
import dev.readingedition.tei.Printing;

/**
 * The JSON-LD objects of DTS 1.0 (Collection, Resource, CitationTree, CitableUnit), as
 * ordered maps so each answer reads in the specification's order and a unit's
 * {@code parent} is written even when it is null, as DTS requires.
 */
final class DtsObjects {

	/** What the Document endpoint can give a letter in, besides TEI (its default). */
	static final List<String> MEDIA_TYPES = List.of(LetterTei.MEDIA_TYPE, "text/html", "text/markdown");

	private DtsObjects() {
	}

	/**
	 * A top-level answer: the context and the version before the object's own properties.
	 */
	static Map<String, Object> answer() {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("@context", DtsCatalog.CONTEXT);
		answer.put("dtsVersion", DtsCatalog.VERSION);
		return answer;
	}

	static Map<String, Object> root(DtsCatalog catalog, Map<String, Object> into) {
		into.put("@id", catalog.rootId());
		into.put("@type", "Collection");
		into.put("title", "Cold War Letters");
		into.put("description", "An annotated reading edition of historical letters, each reproduced word for word "
				+ "from its printing, with notes and glosses of names and terms.");
		into.put("totalParents", 0);
		into.put("totalChildren", 1);
		into.put("collection", catalog.collectionTemplate());
		Map<String, Object> dublinCore = new LinkedHashMap<>();
		dublinCore.put("title", text("Cold War Letters"));
		dublinCore.put("language", List.of("en"));
		into.put("dublinCore", dublinCore);
		return into;
	}

	static Map<String, Object> correspondence(DtsCatalog catalog, Map<String, Object> into) {
		String title = "Letters between " + catalog.correspondents();
		into.put("@id", catalog.correspondenceId());
		into.put("@type", "Collection");
		into.put("title", title);
		into.put("description", "The correspondence the edition holds, in date order.");
		into.put("totalParents", 1);
		into.put("totalChildren", catalog.letters().size());
		into.put("collection", catalog.collectionOf(catalog.correspondenceId()));
		Map<String, Object> dublinCore = new LinkedHashMap<>();
		dublinCore.put("title", text(title));
		dublinCore.put("language", List.of("en"));
		into.put("dublinCore", dublinCore);
		return into;
	}

	/**
	 * A letter as a Resource, with everything a client needs to read it without another
	 * request.
	 */
	static Map<String, Object> resource(DtsCatalog catalog, Letter letter, Map<String, Object> into) {
		Metadata meta = letter.meta();
		into.put("@id", catalog.resourceId(letter));
		into.put("@type", "Resource");
		into.put("title", meta.title());
		into.put("description", meta.description() != null ? meta.description() : meta.dateline());
		into.put("totalParents", 1);
		into.put("totalChildren", 0);
		into.put("collection", catalog.collectionOf(catalog.resourceId(letter)));
		into.put("navigation", catalog.navigationOf(letter));
		into.put("document", catalog.documentOf(letter));
		into.put("dublinCore", dublinCore(catalog, letter));
		into.put("download", Downloads.of(catalog, letter));
		into.put("citationTrees", CitationTree.of(catalog.edition(), letter).stream().map(DtsObjects::tree).toList());
		into.put("mediaTypes", MEDIA_TYPES);
		return into;
	}

	private static Map<String, Object> dublinCore(DtsCatalog catalog, Letter letter) {
		Metadata meta = letter.meta();
		Map<String, Object> dublinCore = new LinkedHashMap<>();
		dublinCore.put("title", text(meta.title()));
		dublinCore.put("creator", text(meta.author()));
		dublinCore.put("date", meta.date().toString());
		if (meta.description() != null) {
			dublinCore.put("description", text(meta.description()));
		}
		dublinCore.put("language", List.of("en"));
		dublinCore.put("type", List.of("http://purl.org/dc/dcmitype/Text"));
		List<String> sources = new ArrayList<>();
		List<Map<String, String>> printed = new ArrayList<>();
		for (Printing printing : Printing.of(catalog.edition(), letter)) {
			if (printing.url() != null) {
				sources.add(printing.url().toString());
			}
			printed.add(Map.of("lang", "en", "value", printing.description()));
		}
		dublinCore.put("source", sources);
		dublinCore.put("bibliographicCitation", printed);
		dublinCore.put("rights", List.of("https://creativecommons.org/publicdomain/mark/1.0/"));
		return dublinCore;
	}

	static Map<String, Object> tree(CitationTree tree) {
		Map<String, Object> object = new LinkedHashMap<>();
		object.put("@type", "CitationTree");
		if (tree.identifier() != null) {
			object.put("identifier", tree.identifier());
		}
		Map<String, Object> structure = new LinkedHashMap<>();
		structure.put("@type", "CiteStructure");
		structure.put("citeType", tree.citeType());
		object.put("citeStructure", List.of(structure));
		object.put("description", tree.description());
		return object;
	}

	static Map<String, Object> unit(DtsCatalog catalog, Letter letter, CitationTree tree, CitationTree.Unit unit) {
		Map<String, Object> object = new LinkedHashMap<>();
		object.put("identifier", unit.identifier());
		object.put("@type", "CitableUnit");
		object.put("level", 1);
		// Every unit hangs from the letter itself, which DTS writes as a null parent.
		object.put("parent", null);
		object.put("citeType", tree.citeType());
		if (unit.path() != null) {
			object.put("@id", catalog.address(letter, unit.path()));
		}
		object.put("dublinCore", Map.of("title", text(unit.title())));
		return object;
	}

	/**
	 * A value a person reads, in the language DTS's metadata objects want it marked with.
	 */
	private static List<Map<String, String>> text(String value) {
		Map<String, String> object = new LinkedHashMap<>();
		object.put("lang", "en");
		object.put("value", value);
		return List.of(object);
	}

}
