package dev.readingedition.export;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import dev.readingedition.about.FactValues;
import dev.readingedition.about.FrontMatterFacts;
import dev.readingedition.citation.Citations;
import dev.readingedition.citation.PrintingCitations;
import dev.readingedition.citation.WebAnnotations;
import dev.readingedition.edition.Edition;
import dev.readingedition.edition.Letter;
import dev.readingedition.printings.Printing;
import dev.readingedition.reading.Permalinks;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A letter's data files exactly as their own routes serve them (annotations JSON-LD,
 * CSL-JSON, BibTeX) and the addresses they are served at, for what bundles them: the
 * edition's download and its EPUB and PDFs. Made for the current request, like the
 * routes' answers: addresses start with {@code edition.base-url} or the request's own.
 */
@Component
public class OpenDataFiles {

	private final Permalinks permalinks;

	private final Citations citations;

	private final JsonMapper json;

	private final String siteName;

	private final PrintingCitations printingCitations;

	private final FrontMatterFacts facts;

	OpenDataFiles(Permalinks permalinks, Citations citations, PrintingCitations printingCitations, JsonMapper json,
			MessageSource messages, FrontMatterFacts facts) {
		this.facts = facts;
		this.permalinks = permalinks;
		this.citations = citations;
		this.printingCitations = printingCitations;
		this.json = json;
		this.siteName = messages.getMessage("site.name", null, Locale.ENGLISH);
	}

	/** The site's own address, without a trailing slash. */
	public String base() {
		return permalinks.base();
	}

	/** The reading page's permanent address. */
	public String letterUrl(Letter letter) {
		return permalinks.letter(letter);
	}

	/** The permanent address of one paragraph. */
	public String paragraphUrl(Letter letter, String paragraphId) {
		return permalinks.paragraph(letter, paragraphId);
	}

	/**
	 * {@code /letters/{slug}/annotations.jsonld}, as served there.
	 * @param loadedAt when the content was loaded, which dates the annotations
	 */
	public String annotationsJsonLd(Letter letter, Instant loadedAt) {
		String page = permalinks.letter(letter);
		return json.writeValueAsString(WebAnnotations.of(letter, page, page + "/annotations.jsonld",
				WebAnnotations.Agent.software(permalinks.absolute("/"), siteName), loadedAt));
	}

	/** {@code /letters/{slug}/cite.json}, as served there. */
	public String cslJson(Letter letter) {
		return json.writeValueAsString(List.of(citations.record(letter).csl()));
	}

	/** {@code /letters/{slug}/cite.bib}, as served there. */
	public String bibtex(Letter letter) {
		return citations.record(letter).bibtex();
	}

	/**
	 * {@code /letters/{slug}/vol-vi/cite.json}: the letter cited in another of its
	 * printings, as served there.
	 */
	public String cslJson(Letter letter, Printing printing) {
		return json.writeValueAsString(List.of(printingCitations.letter(letter, printing).citation().csl()));
	}

	/** {@code /letters/{slug}/vol-vi/cite.bib}, as served there. */
	public String bibtex(Letter letter, Printing printing) {
		return printingCitations.letter(letter, printing).citation().bibtex();
	}

	/**
	 * The front matter's pages as the site renders them, each fact computed for this
	 * edition, in their order.
	 */
	public List<FrontMatterHtml> frontMatter(Edition edition) {
		FactValues values = facts.of(edition);
		return edition.frontMatter()
			.pages()
			.stream()
			.map((page) -> new FrontMatterHtml(page.slug(), page.path(), page.title(), page.html(values)))
			.toList();
	}

	/**
	 * One page of the front matter, rendered.
	 *
	 * @param slug its name in its address, empty for {@code /about}
	 * @param path its address on the site
	 * @param title its title
	 * @param html its body (without the title) as HTML
	 */
	public record FrontMatterHtml(String slug, String path, String title, String html) {
	}

}
