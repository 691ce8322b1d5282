package dev.readingedition.system;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import org.springframework.http.MediaType;

/**
 * One rendered answer as it is kept and served again: its bytes in both encodings, what
 * describes them, and its validators.
 *
 * @param identity the body as rendered
 * @param gzip the body gzipped, or null for a type that is compressed already
 * @param contentType its media type
 * @param disposition its {@code Content-Disposition}, or null
 * @param link its {@code Link} header (DTS answers name their collection there), or null
 * @param validators its ETag and {@code Last-Modified}
 * @param file where the identity body is also written, for sendfile, or null
 */
record Rendering(byte[] identity, byte[] gzip, String contentType, String disposition, String link,
		Validators validators, Path file) {

	/**
	 * Files that are compressed already: gzip would only make them bigger, so they are
	 * kept and sent as they are.
	 */
	private static final Set<String> COMPRESSED_TYPES = Set.of("application/pdf", "application/epub+zip",
			"application/zip");

	static Rendering of(byte[] body, String contentType, String disposition, String link, Instant lastModified,
			SendFiles files) {
		String digest = Validators.digest(body);
		boolean compressed = COMPRESSED_TYPES.contains(typeOf(contentType));
		return new Rendering(body, compressed ? null : Encodings.gzip(body), contentType, disposition, link,
				new Validators(digest, lastModified.truncatedTo(ChronoUnit.SECONDS)), files.write(digest, body));
	}

	/** The type and subtype alone, without parameters such as the charset. */
	static String typeOf(String contentType) {
		MediaType type = MediaType.parseMediaType(contentType);
		return type.getType() + "/" + type.getSubtype();
	}

	/** What it costs the cache's budget. */
	long size() {
		return identity.length + (gzip == null ? 0 : gzip.length) + 200L;
	}

}
