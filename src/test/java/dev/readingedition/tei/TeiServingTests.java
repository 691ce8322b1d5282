package dev.readingedition.tei;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;

import dev.readingedition.testing.Http;
import dev.readingedition.testing.RealContent;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.readingedition.testing.RealContent.SLUG;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The TEI of a letter over real HTTP: its media type, and served like a page from the
 * response cache, with a strong ETag, a 304 and gzip; a letter the edition does not have
 * is a 404 that says so.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "edition.base-url=https://letters.example.org")
class TeiServingTests {

	private static final String PATH = "/letters/" + RealContent.SLUG + ".xml";

	@LocalServerPort
	int port;

	private HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
		return new Http(port).bytes(path, headers);
	}

	@Test
	void theLetterIsTeiWithItsMediaTypeAndItsPublicAddress() throws Exception {
		HttpResponse<byte[]> response = get(PATH);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/tei+xml;charset=UTF-8");
		Document tei = TeiTestSupport.parse(response.body());
		assertThat(TeiTestSupport.words(TeiTestSupport.elements(tei, "idno").get(0)))
			.isEqualTo("https://letters.example.org/letters/" + RealContent.SLUG);
		assertThat(TeiTestSupport.byId(tei, "p12")).isNotNull();
	}

	@Test
	void itIsServedFromTheCacheWithAStrongEtagA304AndGzip() throws Exception {
		HttpResponse<byte[]> plain = get(PATH);
		String etag = plain.headers().firstValue("ETag").orElseThrow();
		assertThat(etag).matches("\"[A-Za-z0-9_-]{27}\"");
		assertThat(get(PATH).body()).isEqualTo(plain.body());
		HttpResponse<byte[]> again = get(PATH, "If-None-Match", etag);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		HttpResponse<byte[]> zipped = get(PATH, "Accept-Encoding", "gzip");
		assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(zipped.body().length).isLessThan(plain.body().length / 3);
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
			assertThat(in.readAllBytes()).isEqualTo(plain.body());
		}
	}

	@Test
	void anUnknownLetterIsA404ThatSaysSo() throws Exception {
		HttpResponse<byte[]> response = get("/letters/no-such-letter.xml");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8))
			.contains("There is no letter called &#39;no-such-letter&#39;");
	}

}
