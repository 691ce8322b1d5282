package dev.readingedition.system;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The rules every request meets before anything else: the security headers on every
 * answer (error pages too), and a read-only site: GET and HEAD, anything else is 405 with
 * {@code Allow}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class HardeningFilter extends OncePerRequestFilter {

	static final String ALLOW = "GET, HEAD";

	private static final Set<String> READ_ONLY = Set.of("GET", "HEAD");

	private final boolean hsts;

	HardeningFilter(@Value("${edition.security.hsts:true}") boolean hsts) {
		this.hsts = hsts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		SecurityHeaders.apply(request, response, hsts);
		if (!READ_ONLY.contains(request.getMethod())) {
			response.setHeader("Allow", ALLOW);
			response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
			return;
		}
		chain.doFilter(request, response);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		// Error pages are answers too: they carry the same headers.
		return false;
	}

}
