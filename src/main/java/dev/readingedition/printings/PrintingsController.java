package dev.readingedition.printings;

import java.util.List;
import java.util.Map;

import dev.readingedition.citation.Citation;
import dev.readingedition.citation.CitationController;
import dev.readingedition.citation.CitedParagraph;
import dev.readingedition.citation.CslItem;
import dev.readingedition.citation.PrintingCitations;
import dev.readingedition.edition.Letter;
import dev.readingedition.live.Snapshot;
import dev.readingedition.reading.LetterNotFoundException;
import dev.readingedition.reading.LetterView;
import dev.readingedition.reading.Permalink;
import dev.readingedition.reading.Permalinks;
import dev.readingedition.reading.Preview;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import static dev.readingedition.reading.LetterNotFoundException.requireLetter;

/**
 * A letter's printings: the page that sets them side by side
 * ({@code /letters/{slug}/compare}), the printed pages of each
 * ({@code /letters/{slug}/vol-vi/page/93}; the base printing's pages are
 * {@code /letters/{slug}/page/820}, to which {@code vol-xiv/page/820} redirects), and
 * each printing's citation files ({@code vol-vi/cite.bib}, {@code vol-vi/cite.json},
 * {@code ?p=11} for a paragraph).
 */
@Controller
public class PrintingsController {

	private final Permalinks permalinks;

	private final PrintingCitations citations;

	PrintingsController(Permalinks permalinks, PrintingCitations citations) {
		this.permalinks = permalinks;
		this.citations = citations;
	}

	@GetMapping("/letters/{slug}/compare")
	ModelAndView compare(@PathVariable String slug, Snapshot snapshot) {
		Letter letter = requireLetter(snapshot.edition(), slug);
		Printings printings = printings(snapshot, letter);
		ModelAndView page = new ModelAndView("compare");
		page.addObject("letter", letter);
		page.addObject("printings", printings);
		page.addObject("comparison", Comparison.of(letter, printings));
		page.addObject("canonicalPath", permalinks.compare(letter));
		return page;
	}

	@GetMapping("/letters/{slug}/{printing:vol-[a-z]+}/page/{page:[0-9]{1,6}}")
	ModelAndView printedPage(@PathVariable String slug, @PathVariable("printing") String segment,
			@PathVariable int page, Snapshot snapshot) {
		Letter letter = requireLetter(snapshot.edition(), slug);
		Printings printings = printings(snapshot, letter);
		Printing printing = printing(letter, printings, segment);
		if (!printing.hasPage(page)) {
			throw new LetterNotFoundException("In " + printing.shortName() + " the letter '" + slug + "' stands on "
					+ printing.pages() + "; page " + page + " is not among them.");
		}
		if (printing.equals(printings.base())) {
			RedirectView redirect = new RedirectView(permalinks.page(letter, page));
			redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
			redirect.setExposeModelAttributes(false);
			return new ModelAndView(redirect);
		}
		String anchor = printing.pathSegment() + "-page" + page;
		String label = "vol. " + printing.volume() + ", page " + page;
		Preview preview = new Preview(letter.meta().title() + " (" + letter.meta().dateline() + "), " + label,
				Preview.excerpt("The letter as printed in FRUS " + printing.shortName() + ", at its page " + page
						+ ", beside the text of " + printings.base().shortName() + "."),
				permalinks.printedPage(letter, printing, page));
		ModelAndView view = new ModelAndView("letter");
		view.addObject("letter", letter);
		view.addObject("view", LetterView.marked(letter, Map.of(), Map.of(), anchor));
		view.addObject("permalink", new Permalink(anchor, label, preview, null, null, false));
		view.addObject("printingCitation", citations.page(letter, printing, page));
		view.addObject("canonicalPath", preview.url());
		return view;
	}

	@GetMapping("/letters/{slug}/{printing:vol-[a-z]+}/cite.bib")
	ResponseEntity<String> bibtex(@PathVariable String slug, @PathVariable("printing") String segment,
			@RequestParam(name = "p", required = false) CitedParagraph p, Snapshot snapshot) {
		Citation citation = citation(snapshot, slug, segment, p);
		return ResponseEntity.ok()
			.contentType(CitationController.BIBTEX)
			.header(HttpHeaders.CONTENT_DISPOSITION, inline(citation.key() + ".bib"))
			.body(citation.bibtex());
	}

	@GetMapping("/letters/{slug}/{printing:vol-[a-z]+}/cite.json")
	ResponseEntity<List<CslItem>> cslJson(@PathVariable String slug, @PathVariable("printing") String segment,
			@RequestParam(name = "p", required = false) CitedParagraph p, Snapshot snapshot) {
		Citation citation = citation(snapshot, slug, segment, p);
		return ResponseEntity.ok()
			.contentType(CitationController.CSL_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, inline(citation.key() + ".json"))
			.body(List.of(citation.csl()));
	}

	private Citation citation(Snapshot snapshot, String slug, String segment, CitedParagraph p) {
		Letter letter = requireLetter(snapshot.edition(), slug);
		Printings printings = printings(snapshot, letter);
		Printing printing = printing(letter, printings, segment);
		if (p == null) {
			return citations.letter(letter, printing).citation();
		}
		return citations.paragraph(letter, printings, printing, p.in(letter)).citation();
	}

	private static Printings printings(Snapshot snapshot, Letter letter) {
		return snapshot.edition()
			.printings(letter.slug())
			.orElseThrow(() -> new LetterNotFoundException("The edition holds one printing of the letter '"
					+ letter.slug() + "' (" + "vol. " + letter.meta().volume() + ", doc. " + letter.meta().document()
					+ "), so there is nothing to compare it with."));
	}

	private static Printing printing(Letter letter, Printings printings, String segment) {
		return printings.byPathSegment(segment)
			.orElseThrow(() -> new LetterNotFoundException("The letter '" + letter.slug() + "' is printed in "
					+ printings.base().shortName() + " and " + printings.witness().printing().shortName() + "; '"
					+ segment + "' names neither (their pages are /letters/" + letter.slug() + "/page/"
					+ printings.base().firstPage() + " and /letters/" + letter.slug() + "/"
					+ printings.witness().printing().pathSegment() + "/page/"
					+ printings.witness().printing().firstPage() + ")."));
	}

	private static String inline(String fileName) {
		return ContentDisposition.inline().filename(fileName).build().toString();
	}

}
