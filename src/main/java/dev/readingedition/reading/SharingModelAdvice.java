package dev.readingedition.reading;

import dev.readingedition.citation.AnnotationsController;
import dev.readingedition.citation.Citations;
import dev.readingedition.edition.WhiteSpace;
import dev.readingedition.printings.PrintingsController;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives the pages that link to paragraphs the permalinks and citations their templates
 * need (the paragraph numbers copy permalinks, the head carries citation tags, the Cite
 * disclosures show citations): the letter, whichever controller renders it, the contents,
 * the index of names and a letter's index of notes and glosses.
 */
@ControllerAdvice(assignableTypes = { ReadingController.class, PermalinkController.class, PrintingsController.class,
		NamesController.class, AnnotationsController.class })
class SharingModelAdvice {

	private final Permalinks permalinks;

	private final Citations citations;

	SharingModelAdvice(Permalinks permalinks, Citations citations) {
		this.permalinks = permalinks;
		this.citations = citations;
	}

	@ModelAttribute
	void sharing(Model model) {
		model.addAttribute("permalinks", permalinks);
		model.addAttribute("citations", citations);
		// The sharing script builds quotes by the server's white-space rule, given here
		// rather than copied there.
		model.addAttribute("whiteSpace", WhiteSpace.CHARACTER);
	}

}
