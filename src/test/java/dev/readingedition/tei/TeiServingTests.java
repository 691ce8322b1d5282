package dev.readingedition.tei;

import java.io.ByteArrayInputStream;
import java.util.zip.GZIPInputStream;

import dev.readingedition.testing.EditionWebTest;
import dev.readingedition.testing.PageTestSupport;
import dev.readingedition.testing.RealContent;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The TEI of a letter as the site serves it, in a {@code @WebMvcTest} slice with the
 * public address set: its media type, and served like a page from the response cache,
 * with a strong ETag, a 304 and gzip; a letter the edition does not have is a 404 that
 * says so.
 */
@EditionWebTest
@TestPropertySource(properties = "edition.base-url=https://letters.example.org")
class TeiServingTests extends PageTestSupport {

	private static final String PATH = "/letters/" + RealContent.SLUG + ".xml";

	@Test
	void theLetterIsTeiWithItsMediaTypeAndItsPublicAddress() {
		MockHttpServletResponse response = get(PATH);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(header(response, "Content-Type")).hasValue("application/tei+xml;charset=UTF-8");
		Document tei = TeiTestSupport.parse(response.getContentAsByteArray());
		assertThat(TeiTestSupport.words(TeiTestSupport.elements(tei, "idno").get(0)))
			.isEqualTo("https://letters.example.org/letters/" + RealContent.SLUG);
		assertThat(TeiTestSupport.byId(tei, "p12")).isNotNull();
	}

	@Test
	void itIsServedFromTheCacheWithAStrongEtagA304AndGzip() throws Exception {
		MockHttpServletResponse plain = get(PATH);
		String etag = header(plain, "ETag").orElseThrow();
		assertThat(etag).matches("\"[A-Za-z0-9_-]{27}\"");
		assertThat(get(PATH).getContentAsByteArray()).isEqualTo(plain.getContentAsByteArray());
		MockHttpServletResponse again = get(PATH, "If-None-Match", etag);
		assertThat(again.getStatus()).isEqualTo(304);
		assertThat(again.getContentAsByteArray()).isEmpty();
		MockHttpServletResponse zipped = get(PATH, "Accept-Encoding", "gzip");
		assertThat(header(zipped, "Content-Encoding")).hasValue("gzip");
		assertThat(zipped.getContentAsByteArray().length).isLessThan(plain.getContentAsByteArray().length / 3);
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.getContentAsByteArray()))) {
			assertThat(in.readAllBytes()).isEqualTo(plain.getContentAsByteArray());
		}
	}

	@Test
	void anUnknownLetterIsA404ThatSaysSo() {
		MockHttpServletResponse response = get("/letters/no-such-letter.xml");
		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(body(response)).contains("There is no letter called &#39;no-such-letter&#39;");
	}

}
