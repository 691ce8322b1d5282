package dev.readingedition.web;

import dev.readingedition.edition.WhiteSpace;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page of this package the permalinks and citations its letter template needs (the paragraph numbers
 * copy permalinks, the head carries citation tags, the Cite disclosures show citations), whichever controller
 * renders it.
 */
@ControllerAdvice(basePackageClasses = SharingModelAdvice.class)
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
		// The sharing script builds quotes by the server's white-space rule, given here rather than copied there.
		model.addAttribute("whiteSpace", WhiteSpace.CHARACTER);
	}

}
