package dev.readingedition.system;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The validators of a kept rendering and the negotiation of its encoding, as RFC 9110 has
 * them.
 */
class RenderingValidatorsTests {

	private static final Instant MODIFIED = Instant.parse("2026-12-02T04:00:00Z");

	private final Validators validators = new Validators(
			Validators.digest("<p>page</p>".getBytes(StandardCharsets.UTF_8)), MODIFIED);

	private static MockHttpServletRequest get(String header, String value) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/letters/x");
		if (header != null) {
			request.addHeader(header, value);
		}
		return request;
	}

	@Test
	void theTagIsTheDigestOfTheBytesAloneSoEveryProcessMakesTheSame() {
		assertThat(new Validators(Validators.digest("<p>page</p>".getBytes(StandardCharsets.UTF_8)), Instant.EPOCH)
			.etag(false)).isEqualTo(validators.etag(false)).matches("\"[A-Za-z0-9_-]{27}\"");
		assertThat(validators.etag(true)).isEqualTo("\"" + validators.digest() + "-gzip\"");
		assertThat(Validators.digest("<p>other</p>".getBytes(StandardCharsets.UTF_8)))
			.isNotEqualTo(validators.digest());
	}

	@Test
	void ifNoneMatchAnswersEitherFormWeakOrStrongAndAnyInAList() {
		assertThat(validators.notModified(get("If-None-Match", validators.etag(false)))).isTrue();
		assertThat(validators.notModified(get("If-None-Match", validators.etag(true)))).isTrue();
		assertThat(validators.notModified(get("If-None-Match", "W/" + validators.etag(false)))).isTrue();
		assertThat(validators.notModified(get("If-None-Match", "\"a\", " + validators.etag(true)))).isTrue();
		assertThat(validators.notModified(get("If-None-Match", "*"))).isTrue();
		assertThat(validators.notModified(get("If-None-Match", "\"something-else\""))).isFalse();
	}

	@Test
	void ifModifiedSinceCountsOnlyWithoutIfNoneMatch() {
		MockHttpServletRequest since = get("If-Modified-Since", "Wed, 02 Dec 2026 04:00:00 GMT");
		assertThat(validators.notModified(since)).isTrue();
		assertThat(validators.notModified(get("If-Modified-Since", "Wed, 02 Dec 2026 03:59:59 GMT"))).isFalse();
		since.addHeader("If-None-Match", "\"something-else\"");
		assertThat(validators.notModified(since)).as("If-None-Match decides").isFalse();
		assertThat(validators.notModified(get("If-Modified-Since", "not a date"))).isFalse();
		assertThat(validators.notModified(get(null, null))).isFalse();
	}

	@Test
	void gzipIsSentOnlyWhenAcceptedWithAWeightAboveZero() {
		assertThat(Encodings.acceptsGzip(get("Accept-Encoding", "gzip"))).isTrue();
		assertThat(Encodings.acceptsGzip(get("Accept-Encoding", "br, GZIP;q=0.5"))).isTrue();
		assertThat(Encodings.acceptsGzip(get("Accept-Encoding", "gzip;q=0"))).isFalse();
		assertThat(Encodings.acceptsGzip(get("Accept-Encoding", "gzip; q=0.000"))).isFalse();
		assertThat(Encodings.acceptsGzip(get("Accept-Encoding", "deflate, br"))).isFalse();
		assertThat(Encodings.acceptsGzip(get(null, null))).isFalse();
	}

}
