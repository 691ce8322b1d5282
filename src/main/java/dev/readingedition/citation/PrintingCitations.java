package dev.readingedition.citation;

import dev.readingedition.edition.Letter;
import dev.readingedition.edition.Paragraph;
import dev.readingedition.printings.Printing;
import dev.readingedition.printings.Printings;
import dev.readingedition.printings.Witness;
import dev.readingedition.reading.Permalinks;

import org.springframework.stereotype.Component;

/**
 * Citations of a letter in one of its printings, made by {@link Citations#of} from that
 * printing's volume, document, pages and online address, and, for a paragraph, the pages
 * it stands on in that printing. Public methods, for the templates.
 */
@Component
public class PrintingCitations {

	private final Permalinks permalinks;

	private final Citations citations;

	public PrintingCitations(Permalinks permalinks, Citations citations) {
		this.permalinks = permalinks;
		this.citations = citations;
	}

	/**
	 * The whole letter, as printed in one printing, addressed by the letter's own page.
	 */
	public CitationTexts letter(Letter letter, Printing printing) {
		return citations.of(letter, printing, null, permalinks.letter(letter));
	}

	/**
	 * The letter at one printed page of a printing, addressed by that page's permalink.
	 */
	public CitationTexts page(Letter letter, Printing printing, int page) {
		// The printing the letter reproduces has its pages at /page/N (its
		// /vol-xiv/page/N only redirects there).
		String url = printing.siglum().equals(letter.meta().volume()) ? permalinks.page(letter, page)
				: permalinks.printedPage(letter, printing, page);
		return citations.of(letter, printing, Pinpoint.page(page), url);
	}

	/** One paragraph, with the pages it stands on in the printing. */
	public CitationTexts paragraph(Letter letter, Printings printings, Printing printing, Paragraph paragraph) {
		Pinpoint pinpoint = Pinpoint.of(paragraph);
		if (printing.equals(printings.witness().printing())) {
			Witness.Paragraph other = printings.witnessParagraph(paragraph.number()).orElse(null);
			if (other != null) {
				pinpoint = new Pinpoint(paragraph.id(), paragraph.number(), printings.witnessPageAt(other.number()),
						printings.witnessLastPageOf(other.number()));
			}
		}
		return citations.of(letter, printing, pinpoint, permalinks.paragraph(letter, paragraph));
	}

}
