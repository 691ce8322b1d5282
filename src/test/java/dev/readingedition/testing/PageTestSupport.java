package dev.readingedition.testing;

import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import dev.readingedition.edition.Edition;
import dev.readingedition.live.LiveEdition;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the page tests of an {@link EditionWebTest} slice share: {@link MockMvcTester}
 * over the site, and the few steps every such test takes (ask for an address as it would
 * be typed, read the answer as UTF-8, parse a page, ask the model what it serves). The
 * site's address in the slice is {@code http://localhost}.
 */
public abstract class PageTestSupport {

	/** The address the site has in the slice, before each path. */
	protected static final String SITE = "http://localhost";

	@Autowired
	protected MockMvcTester mvc;

	@Autowired
	private LiveEdition live;

	/**
	 * The edition the slice serves: what its pages must agree with (loaded once for the
	 * context, not again per test).
	 */
	protected Edition edition() {
		return live.snapshot().edition();
	}

	/**
	 * The answer to a GET of a path as a client sends it (already percent-encoded, with
	 * its query); headers are given as name, value, name, value...
	 */
	protected MockHttpServletResponse get(String path, String... headers) {
		MockMvcTester.MockMvcRequestBuilder request = mvc.get().uri(URI.create(formEncoded(path)));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return request.exchange().getResponse();
	}

	/**
	 * A query's {@code +} as the {@code %20} it stands for: a servlet container reads a
	 * {@code +} in a query as a space (as {@link java.net.URLEncoder} writes it), MockMvc
	 * would keep it a plus.
	 */
	private static String formEncoded(String path) {
		int query = path.indexOf('?');
		return query < 0 ? path : path.substring(0, query) + path.substring(query).replace("+", "%20");
	}

	/** The body of an answer, as the UTF-8 the site sends. */
	protected static String body(MockHttpServletResponse response) {
		try {
			return response.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A header of an answer, as {@link java.net.http.HttpHeaders#firstValue} gives it.
	 */
	protected static Optional<String> header(MockHttpServletResponse response, String name) {
		return Optional.ofNullable(response.getHeader(name));
	}

	/**
	 * A page that must be there: a 200 of HTML, parsed with its own address as the base
	 * of its links.
	 */
	protected Document page(String path) {
		MockHttpServletResponse response = get(path);
		assertThat(response.getStatus()).as("status of %s", path).isEqualTo(200);
		assertThat(response.getContentType()).as("type of %s", path).isEqualTo("text/html;charset=UTF-8");
		return Jsoup.parse(body(response), SITE + path);
	}

}
