package dev.readingedition.dts;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import dev.readingedition.edition.Letter;
import dev.readingedition.live.Snapshot;
import dev.readingedition.tei.LetterTei;
import dev.readingedition.tei.Passage;
import dev.readingedition.tei.PassageHtml;
import dev.readingedition.tei.PassageMarkdown;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The DTS 1.0 Document endpoint,
 * {@code /api/dts/document{?resource,ref,start,end,tree,mediaType}}: a letter in TEI (the
 * default), whole or, for a {@code ref} or a {@code start}/{@code end} range of either
 * citation tree, the passage inside {@code <dts:wrapper>}; or the same as HTML or
 * Markdown with {@code mediaType}. Every answer names the letter's Collection answer in a
 * {@code Link} header.
 */
@RestController
class DocumentController {

	private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

	private static final MediaType MARKDOWN = MediaType.parseMediaType("text/markdown;charset=UTF-8");

	private static final MediaType TEI = MediaType.parseMediaType(LetterTei.MEDIA_TYPE + ";charset=UTF-8");

	private final DtsCatalogs catalogs;

	DocumentController(DtsCatalogs catalogs) {
		this.catalogs = catalogs;
	}

	@GetMapping(DtsCatalog.API + "/document")
	ResponseEntity<byte[]> document(HttpServletRequest request, Snapshot snapshot) {
		DtsQuery query = DtsQuery.of(request, Set.of("resource", "ref", "start", "end", "tree", "mediaType"));
		DtsCatalog catalog = catalogs.of(snapshot);
		String id = query.required("resource", catalog.example());
		query.checkReferences();
		Letter letter = catalog.resource(id);
		MediaType type = mediaType(query.get("mediaType"));
		Passage passage = null;
		// DTS: 'tree' has no effect without a reference.
		if (query.has("ref") || query.has("start")) {
			CitationTree tree = NavigationController.tree(catalog.edition(), letter, query.get("tree"));
			CitationTree.Unit first = NavigationController.unit(tree,
					query.has("ref") ? query.get("ref") : query.get("start"));
			CitationTree.Unit last = query.has("ref") ? first : NavigationController.unit(tree, query.get("end"));
			if (tree.indexOf(first) > tree.indexOf(last)) {
				throw DtsException.badRequest("The range starts at '" + first.identifier() + "', which comes after its "
						+ "end '" + last.identifier() + "'.");
			}
			passage = tree.passage(catalog.edition(), letter, first, last);
		}
		String letterUrl = catalog.resourceId(letter);
		byte[] body;
		if (type == TEI) {
			body = passage == null ? LetterTei.document(catalog.edition(), letter, letterUrl)
					: LetterTei.passage(catalog.edition(), letter, letterUrl, passage);
		}
		else if (type == HTML) {
			body = PassageHtml.render(catalog.edition(), letter, letterUrl, passage).getBytes(StandardCharsets.UTF_8);
		}
		else {
			body = (passage == null ? letter.markdown() : PassageMarkdown.render(catalog.edition(), letter, passage))
				.getBytes(StandardCharsets.UTF_8);
		}
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.LINK, "<" + catalog.collectionUrl(letter) + ">; rel=\"collection\"")
			.body(body);
	}

	private static MediaType mediaType(String asked) {
		if (asked == null) {
			return TEI;
		}
		MediaType parsed;
		try {
			parsed = MediaType.parseMediaType(asked);
		}
		catch (IllegalArgumentException ex) {
			parsed = null;
		}
		if (parsed != null) {
			for (MediaType offered : new MediaType[] { TEI, HTML, MARKDOWN }) {
				if (offered.getType().equals(parsed.getType()) && offered.getSubtype().equals(parsed.getSubtype())) {
					return offered;
				}
			}
		}
		throw DtsException.notFound("The letter is not available as '" + asked + "'; it is as "
				+ String.join(", ", DtsObjects.MEDIA_TYPES) + " (TEI when mediaType is left out).");
	}

}
