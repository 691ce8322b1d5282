package dev.readingedition.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every answer carries, pages and error pages alike: a strict content
 * security policy (scripts and styles only from our own files), no sniffing, no framing,
 * a careful referrer, and HSTS over HTTPS.
 */
final class SecurityHeaders {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; "
			+ "base-uri 'none'; form-action 'self'";

	static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
			+ "magnetometer=(), microphone=(), payment=(), usb=(), clipboard-write=(self)";

	static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

	private SecurityHeaders() {
	}

	/**
	 * Sets the headers on a response.
	 * @param hsts whether to send {@code Strict-Transport-Security} when the request came
	 * over HTTPS
	 */
	static void apply(HttpServletRequest request, HttpServletResponse response, boolean hsts) {
		response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
		if (hsts && request.isSecure()) {
			response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
		}
	}

}
