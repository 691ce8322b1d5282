package dev.readingedition.reading;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.readingedition.citation.PrintingCitations;
import dev.readingedition.edition.Letter;
import dev.readingedition.edition.Paragraph;
import dev.readingedition.edition.TextMarker.Range;
import dev.readingedition.live.Snapshot;
import dev.readingedition.printings.Printing;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import static dev.readingedition.reading.LetterNotFoundException.requireLetter;

/**
 * Permanent addresses of a paragraph ({@code /letters/{slug}/p11}, optionally with a
 * quote to mark) and of a printed page ({@code /letters/{slug}/page/820}): the letter,
 * with what was linked marked and brought into view, and a head that gives link previews
 * and reference managers that part. A paragraph id removed by a correction is answered
 * with a permanent redirect when the content's redirects say where it went.
 */
@Controller
public class PermalinkController {

	private final Permalinks permalinks;

	private final PrintingCitations printingCitations;

	PermalinkController(Permalinks permalinks, PrintingCitations printingCitations) {
		this.permalinks = permalinks;
		this.printingCitations = printingCitations;
	}

	@GetMapping("/letters/{slug}/{id:p[0-9a-z]+}")
	ModelAndView paragraph(@PathVariable String slug, @PathVariable String id,
			@RequestParam(required = false) String quote, HttpServletRequest request, Snapshot snapshot) {
		Letter letter = requireLetter(snapshot.edition(), slug);
		Optional<Paragraph> found = letter.paragraph(id);
		if (found.isEmpty()) {
			String moved = snapshot.redirects()
				.target(slug, id)
				.orElseThrow(() -> new LetterNotFoundException(
						"The letter '" + slug + "' has no paragraph '" + id + "'. Its paragraphs are numbered "
								+ "in the margin; a link to one looks like /letters/" + slug + "/p1."));
			String query = request.getQueryString();
			RedirectView redirect = new RedirectView(
					permalinks.paragraph(letter, moved) + (query == null ? "" : "?" + query));
			redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
			redirect.setExposeModelAttributes(false);
			return new ModelAndView(redirect);
		}
		Paragraph paragraph = found.get();
		String url = permalinks.paragraph(letter, paragraph);
		String title = letter.meta().title() + " (" + letter.meta().dateline() + "), \u00b6 " + paragraph.number();
		Map<String, List<Range>> marks = Map.of();
		String description = paragraph.text();
		boolean quoteFound = false;
		if (quote != null && !quote.isBlank()) {
			if (quote.length() > Quotes.LONGEST) {
				throw new QuoteTooLongException(quote.length(), url);
			}
			Optional<Range> range = Quotes.find(paragraph.text(), quote);
			if (range.isPresent()) {
				quoteFound = true;
				marks = Map.of(paragraph.id(), List.of(range.get()));
				// A shared quote previews as the quoted words, the reason it was shared.
				description = "\u201c" + paragraph.text().substring(range.get().start(), range.get().end()) + "\u201d";
			}
		}
		Preview preview = new Preview(title, Preview.excerpt(description), url);
		Permalink permalink = new Permalink(paragraph.id(), "\u00b6 " + paragraph.number(), preview, paragraph,
				quote == null || quote.isBlank() ? null : quote.strip(), quoteFound);
		return page(letter, LetterView.marked(letter, marks, Map.of(), paragraph.id()), permalink);
	}

	@GetMapping("/letters/{slug}/page/{page:[0-9]{1,6}}")
	ModelAndView printedPage(@PathVariable String slug, @PathVariable int page, Snapshot snapshot) {
		Letter letter = requireLetter(snapshot.edition(), slug);
		int first = letter.meta().firstPage();
		if (page < first || page > letter.lastPage()) {
			throw new LetterNotFoundException("The letter '" + slug + "' stands on printed pages " + first + "\u2013"
					+ letter.lastPage() + "; page " + page + " is not among them.");
		}
		String anchor = "page" + page;
		String text = letter.paragraphs()
			.stream()
			.filter((paragraph) -> paragraph.pageBreaks().contains(page))
			.findFirst()
			.map((paragraph) -> "\u2026" + paragraph.textFrom(page))
			.orElse(letter.paragraphs().get(0).text());
		Preview preview = new Preview(letter.meta().title() + " (" + letter.meta().dateline() + "), page " + page,
				Preview.excerpt(text), permalinks.page(letter, page));
		Permalink permalink = new Permalink(anchor, "page " + page, preview, null, null, false);
		ModelAndView view = page(letter, LetterView.marked(letter, Map.of(), Map.of(), anchor), permalink);
		// The page is cited as that page alone, as vol. VI's pages are, not as the
		// letter's whole range.
		view.addObject("printingCitation", printingCitations.page(letter, Printing.of(letter), page));
		return view;
	}

	private ModelAndView page(Letter letter, LetterView view, Permalink permalink) {
		ModelAndView page = new ModelAndView("letter");
		page.addObject("letter", letter);
		page.addObject("view", view);
		page.addObject("permalink", permalink);
		page.addObject("canonicalPath", permalink.preview().url());
		return page;
	}

}
