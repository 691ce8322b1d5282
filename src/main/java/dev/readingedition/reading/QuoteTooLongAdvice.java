package dev.readingedition.reading;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers a quote link that asks to mark too much with a 400 page that says how long the
 * quote was, how long one may be, and links to the paragraph without it.
 */
@ControllerAdvice
class QuoteTooLongAdvice {

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
