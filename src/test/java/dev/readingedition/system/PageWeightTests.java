package dev.readingedition.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import dev.readingedition.testing.HttpTestSupport;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;

import static dev.readingedition.testing.RealContent.LETTER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The weight of the reading page as a browser fetches it: the HTML and every stylesheet,
 * script and image it loads (and whatever those stylesheets load), each counted as gzip
 * would send it (its size as served is reported beside it), and where they come from.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PageWeightTests extends HttpTestSupport {

	/**
	 * Under this many bytes, all files together as gzip sends them (default level, each
	 * file on its own): the reading page's 20 KB budget with its CSS, scripts and images.
	 * Only compressed bytes are counted, since they are what is sent: counting
	 * uncompressed ones (the budget was 60 KB, then 62 KB, then 68 KB) made the templates
	 * chains of empty tags to keep their indentation out, and templates are now indented
	 * as natural templates (their layout is not written, see system.TemplateLayout). The
	 * page fits because its stylesheets and scripts are served minified (esbuild, at
	 * build time, from the commented sources), because it loads only the rules and
	 * scripts it uses (share.js is loaded at the reader's first touch, key, selection or
	 * focus), and because its markup says each thing once. It fits closely: most of it is
	 * the edition itself (the letter, its notes and glosses with their sources'
	 * addresses, its second printing's marks, its citations), so a new gloss or a longer
	 * note can tip it over. When it fails, the message lists each file's weight,
	 * uncompressed and gzipped.
	 */
	private static final int MOST_COMPRESSED_BYTES = 20_000;

	/**
	 * What a browser fetches to show a page; links such as canonical or alternate ones
	 * are not fetched.
	 */
	private static final String FETCHED = "script[src], img[src], iframe[src], embed[src], object[data], "
			+ "video[src], video[poster], audio[src], source[src], input[type=image][src], "
			+ "link[href][rel~=(?i)(^|\\s)(stylesheet|icon|apple-touch-icon|preload|modulepreload|prefetch|manifest)(\\s|$)]";

	private static final Pattern CSS_REFERENCE = Pattern
		.compile("url\\(\\s*['\"]?([^'\")]+?)['\"]?\\s*\\)|@import\\s+['\"]([^'\"]+)['\"]");

	private static final Pattern FONT_FILE = Pattern.compile("(?i)\\.(woff2?|ttf|otf|eot)([?#].*)?$");

	/** A file as served, by its address. */
	private record Served(URI uri, int status, String contentType, byte[] body) {

		boolean isStylesheet() {
			return contentType.startsWith("text/css");
		}

		String text() {
			return new String(body, StandardCharsets.UTF_8);
		}

		@Override
		public String toString() {
			return uri.getPath() + " (" + status + ", " + body.length + " bytes)";
		}

		int compressed() {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
				gzip.write(body);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return out.size();
		}

	}

	private Served fetch(URI uri) {
		String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
		HttpResponse<byte[]> response = http.bytes(uri.getRawPath() + query);
		return new Served(uri, response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
				response.body());
	}

	private Document page() {
		Served html = fetch(http.uri(LETTER));
		return Jsoup.parse(html.text(), html.uri().toString());
	}

	private boolean onThisSite(URI uri) {
		return "localhost".equals(uri.getHost()) && uri.getPort() == port;
	}

	/** Every address the page asks the browser to fetch, resolved. */
	private static List<URI> requests(Document page) {
		List<URI> requests = new ArrayList<>();
		for (Element element : page.select(FETCHED + ", img[srcset], source[srcset]")) {
			for (String attribute : List.of("src", "href", "data", "poster")) {
				if (element.hasAttr(attribute)) {
					requests.add(URI.create(element.absUrl(attribute)));
				}
			}
			for (String candidate : element.attr("srcset").split(",")) {
				if (!candidate.isBlank()) {
					requests.add(URI.create(page.location()).resolve(candidate.strip().split("\\s+")[0]));
				}
			}
		}
		return requests;
	}

	/**
	 * Every address a stylesheet asks the browser to fetch (images, fonts, imports),
	 * resolved; data: is no request.
	 */
	private static List<URI> requests(Served stylesheet) {
		List<URI> requests = new ArrayList<>();
		Matcher reference = CSS_REFERENCE.matcher(stylesheet.text());
		while (reference.find()) {
			String address = reference.group(1) != null ? reference.group(1) : reference.group(2);
			if (!address.startsWith("data:")) {
				requests.add(stylesheet.uri().resolve(address));
			}
		}
		return requests;
	}

	/**
	 * The reading page, then everything it loads from this site, each once, following
	 * stylesheets' references.
	 */
	private List<Served> theReadingPageAndWhatItLoads() {
		Served html = fetch(http.uri(LETTER));
		Map<URI, Served> served = new LinkedHashMap<>();
		served.put(html.uri(), html);
		Deque<URI> pending = new ArrayDeque<>(requests(Jsoup.parse(html.text(), html.uri().toString())));
		while (!pending.isEmpty()) {
			URI uri = pending.remove();
			if (onThisSite(uri) && !served.containsKey(uri)) {
				Served file = fetch(uri);
				served.put(uri, file);
				if (file.isStylesheet()) {
					pending.addAll(requests(file));
				}
			}
		}
		return List.copyOf(served.values());
	}

	/**
	 * Every address the reading page and its stylesheets ask the browser to fetch,
	 * wherever it points.
	 */
	private List<URI> everyRequest() {
		List<URI> requests = new ArrayList<>(requests(page()));
		for (Served file : theReadingPageAndWhatItLoads()) {
			if (file.isStylesheet()) {
				requests.addAll(requests(file));
			}
		}
		return requests;
	}

	@Test
	void theReadingPageWithItsStylesScriptsAndImagesStaysWithinItsWeight() {
		List<Served> files = theReadingPageAndWhatItLoads();
		int compressed = files.stream().mapToInt(Served::compressed).sum();
		String breakdown = String.join("\n",
				files.stream()
					.map((file) -> file.uri().getPath() + ": " + file.body().length + " bytes, " + file.compressed()
							+ " gzipped")
					.toList());
		assertThat(files).allSatisfy((file) -> assertThat(file.status()).as("status of %s", file.uri()).isEqualTo(200));
		assertThat(files).extracting(Served::contentType)
			.as("the page, its stylesheet, its scripts and the link symbol:\n%s", breakdown)
			.anyMatch((type) -> type.startsWith("text/html"))
			.anyMatch((type) -> type.startsWith("text/css"))
			.anyMatch((type) -> type.contains("javascript"))
			.anyMatch((type) -> type.startsWith("image/"));
		assertThat(compressed).as("gzipped bytes of the reading page and what it loads:\n%s", breakdown)
			.isLessThan(MOST_COMPRESSED_BYTES);
	}

	@Test
	void theReadingPageAsksNoOtherHostForAScriptStyleImageFontOrFrame() {
		List<URI> requests = everyRequest();
		assertThat(requests).as("the page's script, stylesheet and link symbol").hasSizeGreaterThanOrEqualTo(3);
		assertThat(requests).allSatisfy((uri) -> assertThat(onThisSite(uri)).as("%s is on this site", uri).isTrue());
	}

	@Test
	void theReadingPageDownloadsNoWebFont() {
		assertThat(page().select("link[rel~=(?i)preload][as=font]")).isEmpty();
		List<Served> stylesheets = theReadingPageAndWhatItLoads().stream().filter(Served::isStylesheet).toList();
		assertThat(stylesheets).as("the reading page has a stylesheet to look in").isNotEmpty();
		for (Served stylesheet : stylesheets) {
			assertThat(stylesheet.text()).as(stylesheet.uri().getPath()).doesNotContainIgnoringCase("@font-face");
		}
		assertThat(everyRequest()).noneMatch((uri) -> FONT_FILE.matcher(uri.getPath()).find());
	}

}
