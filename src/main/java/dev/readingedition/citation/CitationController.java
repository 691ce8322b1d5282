package dev.readingedition.citation;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.readingedition.edition.Letter;
import dev.readingedition.live.Snapshot;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import static dev.readingedition.reading.LetterNotFoundException.requireLetter;

/**
 * A letter's citation as files for reference managers: BibTeX ({@code cite.bib}) and
 * CSL-JSON ({@code cite.json}), the same data as the page's Cite disclosures.
 * {@code ?p=11} cites paragraph 11 instead of the whole letter.
 */
@Controller
public class CitationController {

	public static final MediaType BIBTEX = new MediaType("application", "x-bibtex", StandardCharsets.UTF_8);

	public static final MediaType CSL_JSON = MediaType.parseMediaType("application/vnd.citationstyles.csl+json");

	private final Citations citations;

	CitationController(Citations citations) {
		this.citations = citations;
	}

	@GetMapping("/letters/{slug}/cite.bib")
	ResponseEntity<String> bibtex(@PathVariable String slug,
			@RequestParam(name = "p", required = false) CitedParagraph p, Snapshot snapshot) {
		Citation citation = citation(snapshot, slug, p);
		return ResponseEntity.ok()
			.contentType(BIBTEX)
			.header(HttpHeaders.CONTENT_DISPOSITION, inline(citation.key() + ".bib"))
			.body(citation.bibtex());
	}

	@GetMapping("/letters/{slug}/cite.json")
	ResponseEntity<List<CslItem>> cslJson(@PathVariable String slug,
			@RequestParam(name = "p", required = false) CitedParagraph p, Snapshot snapshot) {
		Citation citation = citation(snapshot, slug, p);
		// CSL-JSON is a list of items, even of one.
		return ResponseEntity.ok()
			.contentType(CSL_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, inline(citation.key() + ".json"))
			.body(List.of(citation.csl()));
	}

	private Citation citation(Snapshot snapshot, String slug, CitedParagraph p) {
		Letter letter = requireLetter(snapshot.edition(), slug);
		if (p == null) {
			return citations.record(letter);
		}
		return citations.record(letter, p.in(letter));
	}

	private static String inline(String fileName) {
		return ContentDisposition.inline().filename(fileName).build().toString();
	}

}
