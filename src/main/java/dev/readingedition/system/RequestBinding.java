package dev.readingedition.system;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.support.ExtendedServletRequestDataBinder;

/**
 * What a parameters record (such as the search's) is bound from: the query string and the
 * path, never the headers. Spring binds headers too when no parameter of the name is
 * given, so a header {@code Page} or {@code Kind} sent by a proxy or a scanner would
 * otherwise change, or refuse, a search whose address does not say so.
 */
@ControllerAdvice
class RequestBinding {

	@InitBinder
	void parametersOnly(WebDataBinder binder) {
		if (binder instanceof ExtendedServletRequestDataBinder request) {
			request.setHeaderPredicate((header) -> false);
		}
	}

}
