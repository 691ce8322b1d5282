package dev.readingedition.reading;

import java.net.URI;
import java.net.URISyntaxException;

import dev.readingedition.edition.Letter;
import dev.readingedition.edition.Paragraph;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The absolute addresses of letters, paragraphs and printed pages, for whatever leaves
 * the site: canonical links, link previews, citations and copied permalinks. They start
 * with {@code edition.base-url} when it is set, and otherwise with the address the
 * current request came to (which trusts the request's Host header: set the property in
 * production). The methods the templates call are public, as Thymeleaf's expressions
 * need.
 */
@Component
public class Permalinks {

	private final String baseUrl;

	public Permalinks(@Value("${edition.base-url:}") String baseUrl) {
		this.baseUrl = checked(baseUrl.strip());
	}

	private static String checked(String baseUrl) {
		if (baseUrl.isEmpty()) {
			return baseUrl;
		}
		try {
			URI uri = new URI(baseUrl);
			if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
					&& uri.getQuery() == null && uri.getFragment() == null) {
				return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
			}
		}
		catch (URISyntaxException ex) {
			// reported below
		}
		throw new IllegalArgumentException("edition.base-url must be an http(s) address such as "
				+ "https://letters.example.org, without query or fragment, not '" + baseUrl + "'");
	}

	/** The site's own address, without a trailing slash. */
	public String base() {
		return baseUrl.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() : baseUrl;
	}

	/**
	 * A path of the site as an absolute address, for canonical links: {@code /letters} to
	 * {@code https://…/letters}.
	 */
	public String absolute(String path) {
		return path.startsWith("http://") || path.startsWith("https://") ? path : base() + path;
	}

	public String letter(Letter letter) {
		return base() + "/letters/" + letter.slug();
	}

	public String paragraph(Letter letter, Paragraph paragraph) {
		return paragraph(letter, paragraph.id());
	}

	public String paragraph(Letter letter, String id) {
		return letter(letter) + "/" + id;
	}

	public String page(Letter letter, int page) {
		return letter(letter) + "/page/" + page;
	}

	/**
	 * A printed page of one of the letter's printings:
	 * {@code /letters/{slug}/vol-vi/page/93}.
	 */
	public String printedPage(Letter letter, dev.readingedition.printings.Printing printing, int page) {
		return letter(letter) + "/" + printing.pathSegment() + "/page/" + page;
	}

	/** The page that sets the letter's printings side by side. */
	public String compare(Letter letter) {
		return letter(letter) + "/compare";
	}

	/**
	 * The link preview of a whole letter: its title, its description (or its opening),
	 * its address.
	 */
	public Preview preview(Letter letter) {
		String description = letter.meta().description() != null ? letter.meta().description()
				: letter.paragraphs().get(0).text();
		return new Preview(letter.meta().title() + " (" + letter.meta().dateline() + ")", Preview.excerpt(description),
				letter(letter));
	}

	public String bibtex(Letter letter) {
		return letter(letter) + "/cite.bib";
	}

	public String cslJson(Letter letter) {
		return letter(letter) + "/cite.json";
	}

	/** The letter's tagged PDF (dev.readingedition.export). */
	public String pdf(Letter letter) {
		return letter(letter) + ".pdf";
	}

	/** The whole edition as an EPUB 3. */
	public String epub() {
		return base() + "/edition.epub";
	}

	/** All the edition's data in one zip. */
	public String zip() {
		return base() + "/edition.zip";
	}

}
