package dev.readingedition.system;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;

/**
 * A rendering's validators and the conditional requests they answer. The ETag is strong
 * and made from the bytes alone (a digest), so every process that renders the same bytes
 * gives the same one, and a revalidation that lands on another replica gets its 304; the
 * gzipped form has its own tag, as RFC 9110 asks of another representation.
 *
 * @param digest the SHA-256 of the identity body, 27 URL-safe base64 characters
 * @param lastModified when what the rendering depends on last changed, to the second
 */
record Validators(String digest, Instant lastModified) {

	static String digest(byte[] body) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
			return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The ETag of the body as sent: identity or gzipped. */
	String etag(boolean gzipped) {
		return "\"" + digest + (gzipped ? "-gzip" : "") + "\"";
	}

	/**
	 * Whether a conditional GET can be answered 304: an {@code If-None-Match} naming
	 * either form (weakly or strongly compared, as RFC 9110 says for GET), or else an
	 * {@code If-Modified-Since} not older than the rendering.
	 */
	boolean notModified(HttpServletRequest request) {
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (ifNoneMatch != null) {
			for (String candidate : ifNoneMatch.split(",")) {
				String tag = candidate.strip();
				if (tag.startsWith("W/")) {
					tag = tag.substring(2);
				}
				if (tag.equals("*") || tag.equals(etag(false)) || tag.equals(etag(true))) {
					return true;
				}
			}
			return false;
		}
		long since;
		try {
			since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return since >= 0 && lastModified.toEpochMilli() <= since;
	}

}
