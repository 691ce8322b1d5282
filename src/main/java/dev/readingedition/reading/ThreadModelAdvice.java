package dev.readingedition.reading;

import dev.readingedition.edition.Correspondence;
import dev.readingedition.live.Snapshot;
import dev.readingedition.printings.PrintingsController;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives the letter template the letters' thread, so that the reading page shows what a
 * letter answers, what answered it and who quoted it, whichever controller renders it
 * (the letter, a paragraph's or a page's permalink, a page of the second printing).
 */
@ControllerAdvice(assignableTypes = { ReadingController.class, PermalinkController.class, PrintingsController.class })
class ThreadModelAdvice {

	@ModelAttribute("correspondence")
	Correspondence correspondence(Snapshot snapshot) {
		return snapshot.edition().correspondence();
	}

}
