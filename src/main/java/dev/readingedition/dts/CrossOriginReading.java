package dev.readingedition.dts;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets DTS and TEI clients that run in a browser on another site read the API and the
 * letters' TEI: their answers carry {@code Access-Control-Allow-Origin: *}. They are
 * public, read-only and sent without credentials, and the site answers GET and HEAD
 * alone, so no preflight is ever needed. The header is set before the response cache
 * answers, so cached answers and 304s carry it too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class CrossOriginReading extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return !(path.equals(DtsCatalog.API) || path.startsWith(DtsCatalog.API + "/")
				|| path.startsWith("/letters/") && path.endsWith(".xml"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("Access-Control-Allow-Origin", "*");
		chain.doFilter(request, response);
	}

}
