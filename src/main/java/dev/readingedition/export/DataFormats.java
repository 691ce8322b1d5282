package dev.readingedition.export;

import java.util.ArrayList;
import java.util.List;

import dev.readingedition.citation.CitationController;
import dev.readingedition.cmif.Cmif;
import dev.readingedition.edition.Edition;
import dev.readingedition.edition.Letter;
import dev.readingedition.printings.Printing;
import dev.readingedition.printings.Printings;
import dev.readingedition.tei.LetterTei;

/**
 * Every address the edition answers with data or a page of its own, as the front matter's
 * "Data and formats" lists them: what it is, its address pattern, an example address in
 * this edition, and its media type. A test holds this list to the server's routes, so a
 * route added without its line here fails the build.
 */
public final class DataFormats {

	/** The DTS API's entry point, as {@code dts.DtsCatalog} serves it. */
	static final String DTS = "/api/dts";

	/**
	 * @param what what a reader gets there
	 * @param pattern the address, with {@code {slug}}, {@code {id}}, {@code {page}} where
	 * they vary
	 * @param example the same address in this edition, or {@code null} when the edition
	 * holds nothing to show
	 * @param mediaType what it is sent as
	 * @param group the heading it is listed under
	 */
	public record Entry(String group, String what, String pattern, String example, String mediaType) {
	}

	private DataFormats() {
	}

	public static List<Entry> of(Edition edition) {
		Letter main = edition.mainWork().orElse(edition.letters().isEmpty() ? null : edition.letters().get(0));
		String slug = main == null ? null : main.slug();
		String letter = slug == null ? null : "/letters/" + slug;
		Printings printings = main == null ? null : edition.printings(slug).orElse(null);
		Printing other = printings == null ? null : printings.witness().printing();
		String otherPath = other == null ? null : letter + "/" + other.pathSegment();
		String paragraph = main == null ? null : main.paragraphs().get(main.paragraphs().size() / 2).id();
		int page = main == null ? 0 : main.paragraphs().get(main.paragraphs().size() / 2).page();
		String html = "text/html";
		String json = "application/json";
		List<Entry> entries = new ArrayList<>();
		String pages = "Pages to read";
		entries.add(new Entry(pages, "The contents: every letter, with its date, writer and recipient", "/letters",
				"/letters", html));
		entries.add(new Entry(pages, "A letter, with its notes and glosses", "/letters/{slug}", letter, html));
		entries.add(new Entry(pages, "One paragraph of a letter, with its citation", "/letters/{slug}/{id}",
				letter == null ? null : letter + "/" + paragraph, html));
		entries.add(new Entry(pages, "The letter at one printed page of the printing it reproduces",
				"/letters/{slug}/page/{page}", letter == null ? null : letter + "/page/" + page, html));
		entries.add(new Entry(pages, "The letter at one printed page of its other printing",
				"/letters/{slug}/{printing}/page/{page}",
				otherPath == null ? null : otherPath + "/page/" + printings.witnessPageBreaks().get(0).page(), html));
		entries.add(new Entry(pages, "The two printings side by side, with the variants between them",
				"/letters/{slug}/compare", printings == null ? null : letter + "/compare", html));
		entries.add(new Entry(pages, "A letter's index of names and terms", "/letters/{slug}/index",
				letter == null ? null : letter + "/index", html));
		entries.add(new Entry(pages, "The index of names and terms across the letters", "/names", "/names", html));
		entries.add(new Entry(pages, "Search", "/search?q={words}", "/search?q=%22modus+vivendi%22", html));
		String files = "Files to download";
		entries.add(new Entry(files, "A letter's Markdown source, as the editors wrote it", "/letters/{slug}.md",
				letter == null ? null : letter + ".md",
				OpenDataController.MARKDOWN.getType() + "/" + OpenDataController.MARKDOWN.getSubtype()));
		entries.add(new Entry(files, "A letter in TEI P5, with both printings' page breaks and the variants",
				"/letters/{slug}.xml", letter == null ? null : letter + ".xml", LetterTei.MEDIA_TYPE));
		entries.add(new Entry(files, "A letter's notes and glosses as W3C Web Annotations",
				"/letters/{slug}/annotations.jsonld", letter == null ? null : letter + "/annotations.jsonld",
				OpenDataController.JSON_LD));
		entries.add(new Entry(files, "A letter's citation in BibTeX", "/letters/{slug}/cite.bib",
				letter == null ? null : letter + "/cite.bib", type(CitationController.BIBTEX.toString())));
		entries.add(new Entry(files, "A letter's citation in CSL-JSON, for Zotero and other reference managers",
				"/letters/{slug}/cite.json", letter == null ? null : letter + "/cite.json",
				type(CitationController.CSL_JSON.toString())));
		entries.add(new Entry(files, "The citation of the letter as its other printing has it (?p=N: one paragraph)",
				"/letters/{slug}/{printing}/cite.bib", otherPath == null ? null : otherPath + "/cite.bib",
				type(CitationController.BIBTEX.toString())));
		entries.add(new Entry(files, "The same in CSL-JSON", "/letters/{slug}/{printing}/cite.json",
				otherPath == null ? null : otherPath + "/cite.json", type(CitationController.CSL_JSON.toString())));
		entries.add(new Entry(files, "The correspondence in CMIF, for correspSearch", "/cmif.xml", "/cmif.xml",
				Cmif.MEDIA_TYPE));
		// The books and the whole download (dev.readingedition.export).
		entries.add(new Entry(files,
				"A letter as a tagged PDF (PDF/UA-1): its notes at the foot of the page, the "
						+ "printed page numbers of each printing",
				"/letters/{slug}.pdf", letter == null ? null : letter + ".pdf", "application/pdf"));
		entries.add(new Entry(files,
				"Every letter in one EPUB 3, with its notes, a page list for each printing and " + "the glossary",
				"/edition.epub", "/edition.epub", "application/epub+zip"));
		entries.add(new Entry(files, "All the data in one zip: each letter's Markdown, TEI, annotations and "
				+ "citations, the register, the CMIF file, the TEI sources, with a README of licences and version",
				"/edition.zip", "/edition.zip", "application/zip"));
		String apis = "Programming interfaces";
		entries.add(new Entry(apis, "Search, as JSON", "/api/search?q={words}", "/api/search?q=Berlin", json));
		entries.add(new Entry(apis, "Spelling suggestions for a search box, as JSON", "/api/suggest?q={prefix}",
				"/api/suggest?q=Grom", json));
		entries.add(new Entry(apis, "Distributed Text Services 1.0: the entry point", DTS, DTS, "application/ld+json"));
		entries.add(new Entry(apis, "DTS: the collection of letters", DTS + "/collection", DTS + "/collection",
				"application/ld+json"));
		entries.add(new Entry(apis, "DTS: a letter's paragraphs and pages", DTS + "/navigation?resource={id}", null,
				"application/ld+json"));
		entries.add(new Entry(apis, "DTS: a letter, or a passage, as TEI, HTML or Markdown",
				DTS + "/document?resource={id}", null, LetterTei.MEDIA_TYPE));
		return entries;
	}

	/** The media type without its parameters. */
	private static String type(String mediaType) {
		int semicolon = mediaType.indexOf(';');
		return semicolon < 0 ? mediaType : mediaType.substring(0, semicolon);
	}

}
