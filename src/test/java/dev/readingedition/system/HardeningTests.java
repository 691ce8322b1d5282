package dev.readingedition.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.readingedition.testing.HttpTestSupport;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;

import static dev.readingedition.testing.RealContent.SLUG;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests outside the happy path: other methods, path tricks, oversized requests; and
 * the headers every answer carries.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HardeningTests extends HttpTestSupport {

	/**
	 * Every kind of answer the site gives: pages, assets, API, errors from the
	 * application and from Tomcat.
	 */
	private static final List<String> PATHS = List.of("/", "/letters", "/letters/" + SLUG, "/search?q=Berlin",
			"/api/search?q=Berlin", "/css/edition.css", "/js/edition.js", "/letters/no-such-letter", "/no/such/page",
			"/api/no-such-thing", "/search?q=" + "a".repeat(501), "/search?page=x&q=a", "/names", "/names?kind=poem",
			"/letters?correspondent=nobody", "/cmif.xml", "/about", "/about/how-to-cite", "/about/no-such-page",
			"/letters/" + SLUG + "/compare", "/letters/" + SLUG + "/vol-vi/page/94",
			"/letters/" + SLUG + "/vol-vi/page/96", "/letters/" + SLUG + "/vol-v/page/94",
			"/letters/" + SLUG + "/vol-vi/cite.bib", "/letters/" + SLUG + "/vol-vi/cite.json?p=6",
			"/letters/" + SLUG + "/vol-vi/cite.json?p=99", "/letters/" + SLUG + ".pdf", "/edition.epub", "/edition.zip",
			"/letters/no-such-letter.pdf", "/letters/" + SLUG + ".pdf?x=%3Cb%3E");

	/**
	 * Sends bytes as they are, for requests no well-behaved client library would send.
	 */
	private String raw(String requestLine, String... headers) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			StringBuilder request = new StringBuilder(requestLine)
				.append("\r\nHost: localhost\r\nConnection: close\r\n");
			for (String header : headers) {
				request.append(header).append("\r\n");
			}
			out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static int status(String response) {
		return Integer.parseInt(response.substring(9, 12));
	}

	@Test
	void everyAnswerCarriesTheSecurityHeaders() {
		for (String path : PATHS) {
			HttpResponse<String> response = http.get(path);
			var headers = response.headers();
			assertThat(headers.firstValue("Content-Security-Policy")).as(path)
				.hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
			assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
			assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
			assertThat(headers.firstValue("Permissions-Policy")).as(path).isPresent();
			assertThat(headers.firstValue("Server")).as(path).isEmpty();
			assertThat(headers.firstValue("X-Powered-By")).as(path).isEmpty();
			assertThat(headers.firstValue("Strict-Transport-Security")).as("no HSTS over plain HTTP").isEmpty();
		}
	}

	@Test
	void thePolicyAllowsOnlyOurOwnScriptsAndForbidsFraming() {
		String policy = SecurityHeaders.CONTENT_SECURITY_POLICY;
		assertThat(policy).contains("default-src 'self'", "script-src 'self';", "frame-ancestors 'none'",
				"base-uri 'none'", "form-action 'self'");
		assertThat(policy).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
	}

	@ParameterizedTest
	@ValueSource(strings = { "POST", "PUT", "DELETE", "PATCH", "OPTIONS" })
	void onlyGetAndHeadAreAllowed(String method) {
		for (String path : List.of("/", "/letters/" + SLUG, "/search?q=a", "/api/search?q=a", "/css/edition.css")) {
			HttpResponse<String> response = http.send(
					HttpRequest.newBuilder(http.uri(path)).method(method, HttpRequest.BodyPublishers.ofString("x=1")));
			assertThat(response.statusCode()).as("%s %s", method, path).isEqualTo(405);
			assertThat(response.headers().firstValue("Allow")).as("%s %s", method, path).hasValue("GET, HEAD");
			assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
		}
	}

	@Test
	void traceIsRefusedToo() throws IOException {
		assertThat(status(raw("TRACE / HTTP/1.1"))).isEqualTo(405);
	}

	@Test
	void headAnswersWithoutABody() throws IOException {
		String response = raw("HEAD /letters/" + SLUG + " HTTP/1.1");
		assertThat(status(response)).isEqualTo(200);
		assertThat(response).contains("Content-Type: text/html;charset=UTF-8");
		assertThat(response.substring(response.indexOf("\r\n\r\n") + 4)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/letters/..%2f..%2fetc%2fpasswd", "/letters/%2e%2e/%2e%2e/etc/passwd",
			"/letters/../../etc/passwd", "/letters/%00", "/letters/" + SLUG + "%00.md", "/letters/%zz", "/%",
			"//letters", "///etc/passwd", "/letters\\..\\..\\etc\\passwd", "/css/..%2f..%2fapplication.properties",
			"/css/../application.properties", "/..;/application.properties", "/letters;jsessionid=1/x",
			"/letters/%c0%ae%c0%ae/etc/passwd", "/WEB-INF/web.xml", "/META-INF/MANIFEST.MF",
			"/content/kennedy-to-khrushchev-1962-02-15.md", "/application.properties", "/about/..%2f..%2fetc%2fpasswd",
			"/about/%2e%2e/%2e%2e/application.properties", "/about/index.md", "/about/index", "/content/about/index.md",
			"/about/how-to-cite%00", "/about/How-To-Cite", "/letters/" + SLUG + "/vol-vi/page/..%2f..%2f94",
			"/letters/" + SLUG + "/vol-vi/page/-1", "/letters/" + SLUG + "/vol-vi/page/9999999",
			"/letters/" + SLUG + "/compare/..%2f..", "/content/printings/frus1961-63v06-d34.xml",
			"/letters/..%2f..%2fetc%2fpasswd.pdf", "/letters/%2e%2e.pdf", "/letters/" + SLUG + "%00.pdf",
			"/edition.zip/..%2f..%2fetc%2fpasswd", "/export/fonts/LICENSE_FONT", "/export/LICENSE" })
	void pathTricksGetA400OrTheNotFoundPageAndNothingElse(String path) throws IOException {
		String response = raw("GET " + path + " HTTP/1.1");
		assertThat(status(response)).as(path).isIn(400, 404);
		assertThat(response).as(path)
			.doesNotContain("root:")
			.doesNotContain("edition.content-dir")
			.doesNotContain("Tomcat")
			.doesNotContain("Exception")
			.doesNotContain("Whitelabel")
			.contains("Content-Security-Policy: ");
	}

	@Test
	void anOverlongPathGetsA4xx() throws IOException {
		String response = raw("GET /" + "a".repeat(20_000) + " HTTP/1.1");
		assertThat(status(response)).isBetween(400, 499);
		assertThat(response).doesNotContain("Tomcat").doesNotContain("Exception");
	}

	@Test
	void anOversizedQueryStringGetsA4xx() throws IOException {
		String response = raw("GET /search?q=" + "b".repeat(20_000) + " HTTP/1.1");
		assertThat(status(response)).isBetween(400, 499);
		assertThat(response).doesNotContain("bbbbbbbbbbbbbbbbbbbbbbbb");
	}

	@Test
	void oversizedHeadersGetA4xx() throws IOException {
		String response = raw("GET / HTTP/1.1", "X-Padding: " + "c".repeat(20_000));
		assertThat(status(response)).isBetween(400, 499);
		assertThat(response).doesNotContain("cccccccccccccccccccc");
	}

	/**
	 * Tomcat dispatches a path no controller takes to the error page: the site's own,
	 * never Whitelabel.
	 */
	@Test
	void anUnknownPathGetsTheSitesOwn404PageNotWhitelabel() {
		for (String path : List.of("/no/such/page", "/letters/" + SLUG + "/nothing", "/css/missing.css",
				"/letters/" + SLUG + "/page/abc")) {
			HttpResponse<String> response = http.get(path, "Accept", "text/html");
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.body()).as(path)
				.contains("Not found")
				.doesNotContain("Whitelabel")
				.doesNotContain("Exception");
		}
	}

	/**
	 * The error page Tomcat dispatches to has the head of every other page: the edition's
	 * icons, a description, and any canonical link an absolute address. Only a running
	 * server dispatches there, so it is checked here rather than in
	 * {@link IconAndHeadTests}.
	 */
	@Test
	void theErrorPageTomcatDispatchesToHasTheSitesHead() {
		for (String path : List.of("/no-such-page", "/no/such/page", "/letters/" + SLUG + "/nothing")) {
			Document page = Jsoup.parse(http.get(path, "Accept", "text/html").body());
			assertThat(page.select("link[rel=icon]")).as("one icon on %s", path).hasSize(1);
			assertThat(page.select("link[rel=icon][type=image/svg+xml]").attr("href")).as("SVG icon on %s", path)
				.matches("/img/icon-[0-9a-f]{32}\\.svg");
			assertThat(page.select("meta[name=description]").attr("content")).as("description of %s", path)
				.hasSizeGreaterThan(40);
			page.select("link[rel=canonical]")
				.forEach((canonical) -> assertThat(canonical.attr("href")).as("canonical of %s", path)
					.startsWith(http.uri("/").toString()));
		}
	}

	@Test
	void theEscapedSlugIsNeverReflectedRaw() {
		HttpResponse<String> response = http.get("/letters/%3Cscript%3Ealert(1)%3C%2Fscript%3E");
		assertThat(response.statusCode()).isIn(400, 404);
		assertThat(response.body()).doesNotContain("<script>alert(1)</script>");
	}

	@Test
	void errorPagesEchoNothingRaw() {
		for (String path : List.of("/letters/%3Csvg%20onload%3Dalert(1)%3E", "/about/%3Csvg%20onload%3Dalert(1)%3E",
				"/letters/" + SLUG + "/vol-%3Csvg%20onload%3Dalert(1)%3E/page/94",
				"/letters/" + SLUG + "/vol-vi/cite.bib?p=%3Csvg%20onload%3Dalert(1)%3E",
				"/letters/%3Csvg%20onload%3Dalert(1)%3E.pdf")) {
			HttpResponse<String> response = http.get(path);
			assertThat(response.statusCode()).as(path).isIn(400, 404);
			assertThat(response.body()).as(path).doesNotContain("<svg onload=alert(1)>");
		}
	}

}
