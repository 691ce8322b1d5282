package dev.readingedition.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Sends a kept rendering: the encoding the client takes, the headers that describe it and
 * say how it may be cached, and then a 304, the file by sendfile, or the bytes in one
 * write.
 * <p>
 * {@code Cache-Control}: browsers revalidate every time ({@code max-age=0}; a 304 costs
 * no body), and a shared cache such as nginx in front of several replicas may answer from
 * its copy for {@code s-maxage} seconds, then revalidates it with its ETag (a 304 from
 * any replica, since they all make the same bytes). While it revalidates, and while no
 * replica answers, it may go on serving its copy ({@code stale-while-revalidate},
 * {@code stale-if-error}). A content change reaches readers through such a cache within
 * {@code s-maxage} seconds.
 */
@Component
class RenderingDelivery {

	private final String cacheControl;

	/**
	 * @param sharedSeconds how long a shared cache may answer from its copy before it
	 * revalidates
	 * @param staleIfErrorSeconds how long a shared cache may serve its copy while no
	 * replica answers
	 */
	RenderingDelivery(@Value("${edition.cache.shared-max-age-seconds:5}") long sharedSeconds,
			@Value("${edition.cache.stale-if-error-seconds:86400}") long staleIfErrorSeconds) {
		this.cacheControl = "public, max-age=0, s-maxage=" + sharedSeconds + ", stale-while-revalidate=" + sharedSeconds
				+ ", stale-if-error=" + staleIfErrorSeconds;
	}

	String cacheControl() {
		return cacheControl;
	}

	void send(Rendering rendering, HttpServletRequest request, HttpServletResponse response) throws IOException {
		boolean gzipped = rendering.gzip() != null && Encodings.acceptsGzip(request);
		response.setContentType(rendering.contentType());
		if (rendering.disposition() != null) {
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, rendering.disposition());
		}
		if (rendering.link() != null) {
			response.setHeader(HttpHeaders.LINK, rendering.link());
		}
		response.setHeader(HttpHeaders.ETAG, rendering.validators().etag(gzipped));
		response.setDateHeader(HttpHeaders.LAST_MODIFIED, rendering.validators().lastModified().toEpochMilli());
		response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		if (rendering.validators().notModified(request)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		boolean head = "HEAD".equals(request.getMethod());
		if (!gzipped && !head && SendFiles.send(rendering.file(), rendering.identity().length, request, response)) {
			return;
		}
		byte[] body = gzipped ? rendering.gzip() : rendering.identity();
		if (gzipped) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(body.length);
		if (!head) {
			// One buffer for the whole page: it leaves in one write, not in 8 KB pieces.
			if (response.getBufferSize() < body.length) {
				response.setBufferSize(body.length);
			}
			response.getOutputStream().write(body);
		}
	}

}
