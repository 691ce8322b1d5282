package dev.readingedition.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import dev.readingedition.testing.HttpTestSupport;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;

import static dev.readingedition.testing.RealContent.LETTER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages are served as a static file would be: rendered once per load of the content, with
 * validators, a 304 to a conditional request, gzip when accepted; assets named by their
 * content and cached for a year.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServingTests extends HttpTestSupport {

	@Test
	void aPageCarriesAStrongEtagLastModifiedAndACachePolicy() {
		HttpResponse<String> page = http.get(LETTER);
		assertThat(page.headers().firstValue("ETag").orElseThrow()).matches("\"[A-Za-z0-9_-]{27}\"");
		assertThat(page.headers().firstValue("Last-Modified")).isPresent();
		// Browsers revalidate every time; a shared cache (nginx in front of replicas)
		// keeps it 5 s, then revalidates.
		assertThat(page.headers().firstValue("Cache-Control"))
			.hasValue("public, max-age=0, s-maxage=5, stale-while-revalidate=5, stale-if-error=86400");
		assertThat(page.headers().firstValue("Vary")).hasValue("Accept-Encoding");
		assertThat(http.get(LETTER).headers().firstValue("ETag")).isEqualTo(page.headers().firstValue("ETag"));
	}

	/**
	 * Dated by the content's own time (its files' newest), not by when this process
	 * loaded it, so every replica serving the same content says the same; and no earlier
	 * than today's start, since pages are made each day.
	 */
	@Test
	void aPageIsLastModifiedWhenItsContentWas() throws IOException {
		long newest;
		try (Stream<Path> paths = Files.walk(Path.of("content"))) {
			newest = paths.mapToLong((path) -> path.toFile().lastModified()).max().orElseThrow() / 1000 * 1000;
		}
		long dayStart = java.time.LocalDate.now(java.time.ZoneOffset.UTC)
			.atStartOfDay(java.time.ZoneOffset.UTC)
			.toInstant()
			.toEpochMilli();
		HttpResponse<String> page = http.get(LETTER);
		long lastModified = java.time.ZonedDateTime
			.parse(page.headers().firstValue("Last-Modified").orElseThrow(),
					java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
			.toInstant()
			.toEpochMilli();
		assertThat(lastModified).isEqualTo(Math.max(newest, dayStart));
	}

	@Test
	void aConditionalRequestGetsA304WithoutABody() {
		HttpResponse<String> page = http.get(LETTER);
		String etag = page.headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> again = http.get(LETTER, "If-None-Match", etag);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(again.headers().firstValue("ETag")).hasValue(etag);
		assertThat(again.headers().firstValue("Content-Security-Policy")).isPresent();
		HttpResponse<String> since = http.get(LETTER, "If-Modified-Since",
				page.headers().firstValue("Last-Modified").orElseThrow());
		assertThat(since.statusCode()).isEqualTo(304);
		assertThat(http.get(LETTER, "If-None-Match", "\"something-else\"").statusCode()).isEqualTo(200);
	}

	@Test
	void gzipIsSentWhenAcceptedAndHoldsTheSameBytes() throws IOException {
		HttpResponse<byte[]> plain = http.bytes(LETTER);
		HttpResponse<byte[]> zipped = http.bytes(LETTER, "Accept-Encoding", "gzip");
		assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(zipped.body().length).isLessThan(plain.body().length / 3);
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
			assertThat(in.readAllBytes()).isEqualTo(plain.body());
		}
		assertThat(zipped.headers().firstValue("ETag")).isNotEqualTo(plain.headers().firstValue("ETag"));
		assertThat(http.bytes(LETTER, "Accept-Encoding", "gzip;q=0").headers().firstValue("Content-Encoding"))
			.isEmpty();
		String zippedTag = zipped.headers().firstValue("ETag").orElseThrow();
		assertThat(http.bytes(LETTER, "Accept-Encoding", "gzip", "If-None-Match", zippedTag).statusCode())
			.isEqualTo(304);
	}

	@Test
	void searchAndApiAnswersAreCompressedToo() {
		for (String path : List.of("/search?q=Adzhubei", "/api/search?q=Adzhubei")) {
			HttpResponse<byte[]> response = http.bytes(path, "Accept-Encoding", "gzip");
			assertThat(response.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
		}
	}

	@Test
	void assetsAreNamedByTheirContentAndCachedForAYear() {
		Document page = Jsoup.parse(http.get(LETTER).body());
		List<String> assets = new java.util.ArrayList<>(page.select("link[rel=stylesheet]").eachAttr("href"));
		assets.addAll(page.select("script[src]").eachAttr("src"));
		assertThat(assets).isNotEmpty();
		for (String asset : assets) {
			assertThat(asset).as("hashed name").matches("/(css|js)/[a-z-]+-[0-9a-f]{32}\\.(css|js)");
			HttpResponse<byte[]> response = http.bytes(asset, "Accept-Encoding", "gzip");
			assertThat(response.statusCode()).as(asset).isEqualTo(200);
			assertThat(response.headers().firstValue("Cache-Control")).as(asset)
				.hasValue("max-age=31536000, public, immutable");
			assertThat(response.headers().firstValue("Content-Encoding")).as(asset).hasValue("gzip");
		}
		String css = new String(http.bytes(assets.get(0)).body(), StandardCharsets.UTF_8);
		assertThat(css).doesNotContain("@font-face");
	}

	@Test
	void stylesheetsAndScriptsAreServedMinifiedFromTheirCommentedSources() throws IOException {
		List<Path> sources;
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/static"))) {
			sources = files.filter((file) -> file.toString().matches(".*\\.(css|js)")).toList();
		}
		assertThat(sources).hasSizeGreaterThanOrEqualTo(6);
		for (Path source : sources) {
			String readable = Files.readString(source);
			String path = "/" + Path.of("src/main/resources/static").relativize(source).toString().replace('\\', '/');
			HttpResponse<String> served = http.get(path);
			assertThat(served.statusCode()).as(path).isEqualTo(200);
			assertThat(readable).as("the source of %s explains itself", path).containsAnyOf("/*", "// ");
			assertThat(served.body()).as(path).doesNotContain("\n  ").doesNotContain("/* ").doesNotContain("// ");
			assertThat(served.body().length()).as("%s served, against its source", path)
				.isLessThan(readable.length() * 9 / 10);
		}
	}

	@Test
	void aClientAskingForAFreshAnswerGetsOneRenderedForIt() {
		HttpResponse<String> fresh = http.get("/search?q=Berlin", "Cache-Control", "no-cache");
		assertThat(fresh.statusCode()).isEqualTo(200);
		assertThat(fresh.headers().firstValue("ETag")).isEmpty();
		assertThat(fresh.body()).contains("results for “Berlin”");
	}

	@Test
	void errorsAreNeverCached() {
		assertThat(http.get("/letters/not-a-letter").headers().firstValue("ETag")).isEmpty();
		assertThat(http.get("/search?q=" + "x".repeat(501)).statusCode()).isEqualTo(400);
		assertThat(http.get("/search?q=" + "x".repeat(501)).headers().firstValue("ETag")).isEmpty();
	}

	/**
	 * The downloads, large and compressed already, as Tomcat sends them: from the
	 * rendering's file by sendfile ({@link SendFiles}; they are over its 16 KB), whole
	 * and with their length, left alone by Tomcat's own compression even for a client
	 * that takes gzip, and a 304 to their ETag. What they hold and how they are named is
	 * {@code ExportRoutesTests}' question, in a slice without Tomcat.
	 */
	@Test
	void downloadsAreSentWholeFromTheirFilesAndNeverCompressedAgain() {
		for (String path : List.of(LETTER + ".pdf", "/edition.epub", "/edition.zip")) {
			HttpResponse<byte[]> first = http.bytes(path, "Accept-Encoding", "gzip");
			assertThat(first.statusCode()).as(path).isEqualTo(200);
			assertThat(first.headers().firstValue("Content-Encoding")).as(path).isEmpty();
			assertThat(first.body().length).as(path).isGreaterThan(16 * 1024);
			assertThat(first.headers().firstValueAsLong("Content-Length")).as(path).hasValue(first.body().length);
			assertThat(new String(first.body(), 0, 4, StandardCharsets.ISO_8859_1)).as(path)
				.isEqualTo(path.endsWith(".pdf") ? "%PDF" : "PK\u0003\u0004");
			assertThat(http.bytes(path).body()).as(path).isEqualTo(first.body());
			HttpResponse<byte[]> conditional = http.bytes(path, "If-None-Match",
					first.headers().firstValue("ETag").orElseThrow());
			assertThat(conditional.statusCode()).as(path).isEqualTo(304);
			assertThat(conditional.body()).as(path).isEmpty();
		}
	}

}
