package dev.readingedition.system;

import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;

import dev.readingedition.live.Snapshot;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves what the edition renders at the speed of a static file: each page (and each
 * search or API answer) is rendered once for what it depends on ({@link Dependencies}:
 * the content, the address, the day), kept with its gzip form and validators
 * ({@link Rendering}), and sent from there ({@link RenderingDelivery}), with a 304 to a
 * conditional request. The request's snapshot is pinned before this runs
 * ({@link SnapshotPinning}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class ResponseCache extends OncePerRequestFilter {

	/** What is rendered from its dependencies alone, and so may be kept. */
	private static final Set<String> CACHEABLE_TYPES = Set.of("text/html", "application/json", "application/ld+json",
			"text/markdown", "application/x-bibtex", "application/vnd.citationstyles.csl+json", "application/tei+xml",
			"application/pdf", "application/epub+zip", "application/zip");

	/**
	 * Longer queries are answered but not kept: nobody asks for them twice, and they
	 * would crowd out the pages.
	 */
	private static final int LONGEST_KEPT_QUERY = 2048;

	private final Renderings renderings;

	private final RenderingDelivery delivery;

	private final SendFiles files;

	private final Clock clock;

	ResponseCache(RenderingDelivery delivery, SendFiles files, Clock clock,
			@Value("${edition.response-cache-mb:32}") long budgetMegabytes) {
		this.renderings = new Renderings(budgetMegabytes * 1024 * 1024);
		this.delivery = delivery;
		this.files = files;
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		// Static assets have their own long-lived, content-hashed caching; health must
		// always be live.
		return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/")
				|| path.startsWith("/actuator") || path.equals("/error");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Snapshot snapshot = SnapshotPinning.of(request);
		String query = request.getQueryString();
		if (snapshot == null || query != null && query.length() > LONGEST_KEPT_QUERY || asksForFreshAnswer(request)) {
			chain.doFilter(request, response);
			return;
		}
		Dependencies dependencies = Dependencies.of(snapshot, request, clock);
		Rendering rendering = renderings.get(dependencies);
		if (rendering == null) {
			ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
			chain.doFilter(request, captured);
			if (!keepable(request, captured)) {
				captured.copyBodyToResponse();
				return;
			}
			rendering = Rendering.of(captured.getContentAsByteArray(), captured.getContentType(),
					captured.getHeader(HttpHeaders.CONTENT_DISPOSITION), captured.getHeader(HttpHeaders.LINK),
					dependencies.lastModified(clock), files);
			renderings.put(dependencies, rendering);
		}
		delivery.send(rendering, request, response);
	}

	/**
	 * A successful GET of a type rendered from its dependencies alone; not an answer that
	 * sets a cookie (it read something of the client's).
	 */
	private static boolean keepable(HttpServletRequest request, ContentCachingResponseWrapper captured) {
		String type = captured.getContentType();
		return "GET".equals(request.getMethod()) && captured.getStatus() == 200 && type != null
				&& CACHEABLE_TYPES.contains(Rendering.typeOf(type))
				&& captured.getHeader(HttpHeaders.SET_COOKIE) == null;
	}

	/**
	 * A client that sends {@code Cache-Control: no-cache} gets an answer made for it, and
	 * nothing is kept.
	 */
	private static boolean asksForFreshAnswer(HttpServletRequest request) {
		String cacheControl = request.getHeader(HttpHeaders.CACHE_CONTROL);
		return cacheControl != null && cacheControl.toLowerCase(Locale.ROOT).contains("no-cache")
				|| "no-cache".equalsIgnoreCase(request.getHeader(HttpHeaders.PRAGMA));
	}

}
