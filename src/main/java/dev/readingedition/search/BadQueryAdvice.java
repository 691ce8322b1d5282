package dev.readingedition.search;

import java.util.Map;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one answer to a query or parameter that cannot be taken: 400 with the reason, as
 * JSON from the API, on the search page from the search (so the reader can search again
 * at once), and in the site's own error page from the reading pages, the contents, the
 * index of names and the citation files.
 */
@ControllerAdvice
class BadQueryAdvice {

	@ExceptionHandler(BadQueryException.class)
	Object badQuery(BadQueryException ex, HandlerMethod handler) {
		return answer(ex.getMessage(), handler);
	}

	/**
	 * A parameter that is not of its type because a converter of our own refused it (such
	 * as {@link dev.readingedition.citation.CitedParagraph}'s): the converter says why
	 * with a {@link BadQueryException}, answered as one. Any other such failure is passed
	 * on to Spring's own handling.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	Object mistyped(MethodArgumentTypeMismatchException ex, HandlerMethod handler)
			throws MethodArgumentTypeMismatchException {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof BadQueryException refused) {
				return answer(refused.getMessage(), handler);
			}
		}
		throw ex;
	}

	/**
	 * A parameter of {@link SearchParameters} that is not of its type (a page that is not
	 * a number, a date that is not a date, a kind there is none of): the first one
	 * refused is named by {@link SearchParameters#mistyped}. Elsewhere such a failure is
	 * passed on to Spring's own handling.
	 */
	@ExceptionHandler(MethodArgumentNotValidException.class)
	Object mistyped(MethodArgumentNotValidException ex, HandlerMethod handler) throws MethodArgumentNotValidException {
		FieldError refused = ex.getBindingResult().getFieldError();
		if (handler.getBeanType().getPackage() != BadQueryAdvice.class.getPackage() || refused == null) {
			throw ex;
		}
		return answer(SearchParameters.mistyped(refused.getField(), refused.getRejectedValue()), handler);
	}

	private static Object answer(String reason, HandlerMethod handler) {
		if (AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)
				|| handler.hasMethodAnnotation(ResponseBody.class)) {
			return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("status", 400, "error", reason));
		}
		ModelAndView page;
		if (handler.getBeanType() == SearchController.class) {
			page = new ModelAndView("search");
			page.addObject("error", reason);
			page.addObject("examples", SearchController.EXAMPLES);
			page.addObject("filters", SearchFilters.NONE);
		}
		else {
			page = new ModelAndView("error/400");
			page.addObject("reason", reason);
		}
		page.setStatus(HttpStatus.BAD_REQUEST);
		return page;
	}

}
