package dev.readingedition.reading;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers a missing letter with the site's own 404 page, saying what was not found.
 */
@ControllerAdvice
class NotFoundAdvice {

	@ExceptionHandler(LetterNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView notFound(LetterNotFoundException ex) {
		ModelAndView page = new ModelAndView("error/404");
		page.addObject("reason", ex.getMessage());
		return page;
	}

}
