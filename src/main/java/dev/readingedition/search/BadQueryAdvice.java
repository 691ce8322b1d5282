package dev.readingedition.search;

import dev.readingedition.reading.NamesController;
import dev.readingedition.reading.ReadingController;


import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * A reading page asked to mark an unusable query (or the contents or the index asked for an unknown correspondent or
 * kind) answers 400 with the reason, in the site's own design.
 */
@ControllerAdvice(assignableTypes = { ReadingController.class, NamesController.class })
class BadQueryAdvice {

	@ExceptionHandler(BadQueryException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	ModelAndView badQuery(BadQueryException ex) {
		ModelAndView page = new ModelAndView("error/400");
		page.addObject("reason", ex.getMessage());
		return page;
	}

}
