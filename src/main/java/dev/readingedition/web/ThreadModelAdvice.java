package dev.readingedition.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import dev.readingedition.edition.Correspondence;
import dev.readingedition.live.Snapshot;

/**
 * Gives every page of this package the letters' thread, so that the reading page shows what a letter answers, what
 * answered it and who quoted it, whichever controller renders it (the letter, a paragraph's or a page's permalink).
 */
@ControllerAdvice(basePackageClasses = ThreadModelAdvice.class)
class ThreadModelAdvice {

	@ModelAttribute("correspondence")
	Correspondence correspondence(Snapshot snapshot) {
		return snapshot.edition().correspondence();
	}

}
