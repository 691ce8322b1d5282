package dev.readingedition.reading;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * The two ways an address of the reading pages can fail, each answered with the site's
 * own page that says what was wrong: a letter the edition does not have (404), and a
 * quote link that asks to mark more than a quote may hold (400, with the paragraph's
 * address without it).
 */
@ControllerAdvice
class ReadingErrorsAdvice {

	@ExceptionHandler(LetterNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView letterNotFound(LetterNotFoundException ex) {
		ModelAndView page = new ModelAndView("error/404");
		page.addObject("reason", ex.getMessage());
		return page;
	}

	@ExceptionHandler(QuoteTooLongException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	ModelAndView quoteTooLong(QuoteTooLongException ex) {
		ModelAndView page = new ModelAndView("quote-too-long");
		page.addObject("length", ex.length());
		page.addObject("longest", Quotes.LONGEST);
		page.addObject("paragraphUrl", ex.paragraphUrl());
		return page;
	}

}
