package dev.readingedition.web;

import java.time.LocalDate;
import java.util.Locale;

import dev.readingedition.citation.Citation;
import dev.readingedition.citation.Pinpoint;
import dev.readingedition.edition.Letter;
import dev.readingedition.edition.Paragraph;
import dev.readingedition.printings.Printing;
import dev.readingedition.printings.Printings;
import dev.readingedition.printings.Witness;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Citations of a letter in one of its printings: the citation code as it is, given that printing's volume, document,
 * first page and online address ({@link Printing#citedAs}), and, for a paragraph, the pages it stands on in that
 * printing. Public methods, for the templates.
 */
@Component
class PrintingCitations {

	private final Permalinks permalinks;

	private final String siteName;

	PrintingCitations(Permalinks permalinks, MessageSource messages) {
		this.permalinks = permalinks;
		this.siteName = messages.getMessage("site.name", null, Locale.ENGLISH);
	}

	/** The whole letter, as printed in one printing, addressed by the letter's own page. */
	public Citation letter(Letter letter, Printing printing) {
		return new Citation(printing.citedAs(letter.meta()), null, permalinks.letter(letter), LocalDate.now(),
				siteName);
	}

	/** The letter at one printed page of a printing, addressed by that page's permalink. */
	public Citation page(Letter letter, Printing printing, int page) {
		// The printing the letter reproduces has its pages at /page/N (its /vol-xiv/page/N only redirects there).
		String url = printing.siglum().equals(letter.meta().volume()) ? permalinks.page(letter, page)
				: permalinks.printedPage(letter, printing, page);
		return new Citation(printing.citedAs(letter.meta()), null, url, LocalDate.now(), siteName);
	}

	/** One paragraph, with the pages it stands on in the printing. */
	public Citation paragraph(Letter letter, Printings printings, Printing printing, Paragraph paragraph) {
		Pinpoint pinpoint = Pinpoint.of(paragraph);
		if (printing.equals(printings.witness().printing())) {
			Witness.Paragraph other = printings.witnessParagraph(paragraph.number()).orElse(null);
			if (other != null) {
				pinpoint = new Pinpoint(paragraph.id(), paragraph.number(), printings.witnessPageAt(other.number()),
						printings.witnessLastPageOf(other.number()));
			}
		}
		return new Citation(printing.citedAs(letter.meta()), pinpoint, permalinks.paragraph(letter, paragraph),
				LocalDate.now(), siteName);
	}

}
