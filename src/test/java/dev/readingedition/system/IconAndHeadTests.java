package dev.readingedition.system;

import java.util.List;

import dev.readingedition.testing.EditionWebTest;
import dev.readingedition.testing.PageTestSupport;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import static dev.readingedition.testing.RealContent.LETTER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every page's head gives a browser and a crawler: the edition's icon (and
 * {@code /favicon.ico} for clients that ask for it without reading the page), a meta
 * description, and a canonical link that is an absolute address. A {@code @WebMvcTest}
 * slice over the real content; the error page Tomcat dispatches a path no controller
 * takes to is checked over real HTTP, in {@link HardeningTests}.
 */
@EditionWebTest
class IconAndHeadTests extends PageTestSupport {

	private static final List<String> PAGES = List.of("/", "/letters", LETTER, LETTER + "/p11", LETTER + "/page/820",
			LETTER + "/index", "/search?q=Berlin", "/search", "/letters/no-such-letter",
			LETTER + "/p11?quote=" + "x".repeat(1005), LETTER + "/compare", LETTER + "/vol-vi/page/94",
			"/letters/khrushchev-to-kennedy-undated-1961-12-30", "/letters?correspondent=john-f-kennedy", "/names",
			"/names?kind=person", "/search/help", LETTER + "/vol-vi/page/7");

	@Test
	void theFaviconIsAnIconFile() {
		MockHttpServletResponse icon = get("/favicon.ico");
		assertThat(icon.getStatus()).isEqualTo(200);
		assertThat(icon.getContentType()).isIn("image/x-icon", "image/vnd.microsoft.icon");
		// An ICO file starts with a reserved zero and type 1, then the number of images
		// it holds.
		byte[] body = icon.getContentAsByteArray();
		assertThat(new byte[] { body[0], body[1], body[2], body[3] }).containsExactly(0, 0, 1, 0);
		assertThat(body[4]).isEqualTo((byte) 3);
		// Its address never changes, so it is not kept for a year as the content-named
		// files are: a new icon reaches browsers within a day.
		assertThat(icon.getHeader("Cache-Control")).doesNotContain("immutable").contains("max-age=86400");
	}

	@Test
	void everyPageNamesTheEditionsIconsAMetaDescriptionAndAnAbsoluteCanonicalLink() {
		for (String path : PAGES) {
			Document page = Jsoup.parse(body(get(path, "Accept", "text/html")));
			assertThat(page.select("link[rel=icon]")).as("one icon on %s", path).hasSize(1);
			String svg = page.select("link[rel=icon][type=image/svg+xml]").attr("href");
			assertThat(svg).as("SVG icon on %s", path).matches("/img/icon-[0-9a-f]{32}\\.svg");
			assertThat(page.select("meta[name=description]").attr("content")).as("description of %s", path)
				.hasSizeGreaterThan(40);
			page.select("link[rel=canonical]")
				.forEach((canonical) -> assertThat(canonical.attr("href")).as("canonical of %s", path)
					.startsWith(SITE + "/"));
		}
		String svg = page(LETTER).select("link[rel=icon][type=image/svg+xml]").attr("href");
		MockHttpServletResponse icon = get(svg);
		assertThat(icon.getStatus()).isEqualTo(200);
		assertThat(icon.getContentType()).startsWith("image/svg+xml");
		// The edition's own drawing: a page (a rect) with lines of text and margin notes
		// (paths).
		assertThat(Jsoup.parse(body(icon)).select("svg > rect, svg > path")).hasSizeGreaterThanOrEqualTo(3);
	}

	@Test
	void theReadingPagesHaveACanonicalLink() {
		for (String path : List.of("/", "/letters", LETTER, LETTER + "/p11", LETTER + "/index")) {
			assertThat(page(path).select("link[rel=canonical]")).as(path).hasSize(1);
		}
	}

}
