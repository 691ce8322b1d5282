package dev.readingedition.printings;

import dev.readingedition.citation.PrintingCitations;
import dev.readingedition.live.Snapshot;
import dev.readingedition.reading.PermalinkController;
import dev.readingedition.reading.ReadingController;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives the letter template what its printings fragment needs, whichever of the
 * controllers that render it does: the edition the request reads (whose
 * {@code printings(slug)} holds a letter's second printing and collation) and the
 * citations of a printing.
 */
@ControllerAdvice(assignableTypes = { ReadingController.class, PermalinkController.class, PrintingsController.class })
class PrintingsModelAdvice {

	private final PrintingCitations citations;

	PrintingsModelAdvice(PrintingCitations citations) {
		this.citations = citations;
	}

	@ModelAttribute
	void printings(Snapshot snapshot, Model model) {
		model.addAttribute("edition", snapshot.edition());
		model.addAttribute("printingCitations", citations);
	}

}
