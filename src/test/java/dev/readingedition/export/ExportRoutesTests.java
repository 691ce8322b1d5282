package dev.readingedition.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import dev.readingedition.edition.Letter;
import dev.readingedition.edition.Note;
import dev.readingedition.edition.PageBreak;
import dev.readingedition.edition.Paragraph;
import dev.readingedition.printings.Printing;
import dev.readingedition.printings.Printings;
import dev.readingedition.printings.Variant;
import dev.readingedition.printings.Witness;
import dev.readingedition.testing.EditionWebTest;
import dev.readingedition.testing.PageTestSupport;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The downloads as the site serves them, in a {@code @WebMvcTest} slice: their types and
 * names, served like the pages (strong ETag, 304, no gzip of what is compressed already),
 * linked from the reading page and its citation tags, and consistent with it: the zip's
 * files are what the letter's own routes serve, and the EPUB has the page's text under
 * the page's ids. That Tomcat sends them whole by sendfile, and does not compress them
 * itself, is {@code ServingTests}' question.
 */
@EditionWebTest
class ExportRoutesTests extends PageTestSupport {

	private String text(String path) {
		MockHttpServletResponse response = get(path);
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return body(response);
	}

	@Test
	void eachDownloadIsServedLikeAStaticFileWithAStrongEtagAndA304() {
		Map<String, String> types = new LinkedHashMap<>();
		for (Letter letter : edition().letters()) {
			types.put("/letters/" + letter.slug() + ".pdf", "application/pdf");
		}
		types.put("/edition.epub", "application/epub+zip");
		types.put("/edition.zip", "application/zip");
		types.forEach((path, type) -> {
			MockHttpServletResponse first = get(path, "Accept-Encoding", "gzip");
			assertThat(first.getStatus()).as(path).isEqualTo(200);
			assertThat(header(first, "Content-Type")).as(path).hasValue(type);
			// Compressed already: sent as it is, even to a client that accepts gzip.
			assertThat(header(first, "Content-Encoding")).as(path).isEmpty();
			assertThat(header(first, "Content-Disposition").orElseThrow()).contains("filename=");
			String etag = header(first, "ETag").orElseThrow();
			assertThat(etag).matches("\"[A-Za-z0-9_-]{27}\"");
			MockHttpServletResponse again = get(path);
			assertThat(again.getContentAsByteArray()).as(path).isEqualTo(first.getContentAsByteArray());
			MockHttpServletResponse conditional = get(path, "If-None-Match", etag);
			assertThat(conditional.getStatus()).as(path).isEqualTo(304);
			assertThat(conditional.getContentAsByteArray()).isEmpty();
		});
		assertThat(new String(get(types.keySet().iterator().next()).getContentAsByteArray(), 0, 5,
				StandardCharsets.US_ASCII))
			.isEqualTo("%PDF-");
	}

	@Test
	void anUnknownLetterHasNoPdf() {
		MockHttpServletResponse response = get("/letters/no-such-letter.pdf");
		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(body(response)).contains("no-such-letter");
	}

	@Test
	void theReadingPageLinksToEachFormatAndNamesItsPdfForReferenceManagers() {
		for (Letter letter : edition().letters()) {
			Document page = Jsoup.parse(text("/letters/" + letter.slug()), SITE);
			assertThat(page.select("meta[name=citation_pdf_url]").attr("content"))
				.isEqualTo(SITE + "/letters/" + letter.slug() + ".pdf");
			assertThat(page.select("a[href$=.pdf]").attr("abs:href"))
				.isEqualTo(SITE + "/letters/" + letter.slug() + ".pdf");
			assertThat(page.select("a[href$=/edition.epub]")).hasSize(1);
			assertThat(page.select("a[href$=/edition.zip]")).hasSize(1);
		}
	}

	@Test
	void theZipHoldsEachLettersFilesAsTheirRoutesServeThem() throws IOException {
		Map<String, byte[]> zip = unzip(get("/edition.zip").getContentAsByteArray());
		String root = EditionZip.ROOT;
		assertThat(zip).containsKeys(root + "README.md", root + "LICENSE", root + "register.md");
		for (Letter letter : edition().letters()) {
			String page = "/letters/" + letter.slug();
			String files = root + "letters/" + letter.slug();
			assertThat(utf8(zip.get(files + ".md"))).isEqualTo(text(page + ".md")).isEqualTo(letter.markdown());
			assertThat(utf8(zip.get(files + ".xml"))).isEqualTo(text(page + ".xml"));
			assertThat(utf8(zip.get(files + ".annotations.jsonld"))).isEqualTo(text(page + "/annotations.jsonld"));
			assertThat(utf8(zip.get(files + ".csl.json"))).isEqualTo(text(page + "/cite.json"));
			assertThat(utf8(zip.get(files + ".bib"))).isEqualTo(text(page + "/cite.bib"));
			edition().printings(letter.slug()).ifPresent((printings) -> {
				String segment = printings.witness().printing().pathSegment();
				assertThat(utf8(zip.get(files + "." + segment + ".csl.json")))
					.isEqualTo(text(page + "/" + segment + "/cite.json"));
				assertThat(utf8(zip.get(files + "." + segment + ".bib")))
					.isEqualTo(text(page + "/" + segment + "/cite.bib"));
			});
		}
		assertThat(utf8(zip.get(root + "register.md"))).isEqualTo(edition().register().markdown());
		String readme = utf8(zip.get(root + "README.md"));
		assertThat(readme).contains(ContentVersion.hash(edition())).contains("public domain").contains("MIT");
		assertThat(utf8(zip.get(root + "LICENSE"))).startsWith("MIT License");
		// The correspondence as /cmif.xml serves it, and the TEI sources, the second
		// printing's among them.
		assertThat(utf8(zip.get(root + "cmif.xml"))).isEqualTo(text("/cmif.xml"));
		assertThat(readme).contains("cmif.xml");
		assertThat(zip).containsKey(root + "sources/printings/frus1961-63v06-d34.xml");
	}

	@Test
	void theEpubCarriesBothPrintingsOfALetterPrintedTwice() throws IOException {
		Map<String, byte[]> epub = unzip(get("/edition.epub").getContentAsByteArray());
		Document navigation = Jsoup.parse(utf8(epub.get("EPUB/nav.xhtml")), "", Parser.xmlParser());
		for (Letter letter : edition().letters()) {
			Printings printings = edition().printings(letter.slug()).orElse(null);
			if (printings == null) {
				continue;
			}
			Printing other = printings.witness().printing();
			Document page = Jsoup.parse(text("/letters/" + letter.slug()));
			Document book = Jsoup.parse(utf8(epub.get("EPUB/" + EditionEpub.fileName(letter))), "", Parser.xmlParser());
			// Vol. VI's pages, under the reading page's ids, each in a page list of that
			// volume.
			List<String> otherPages = new ArrayList<>(List.of(other.pathSegment() + "-page" + other.firstPage()));
			printings.witnessPageBreaks().forEach((pageBreak) -> otherPages.add(pageBreak.anchor(other)));
			for (String id : otherPages) {
				assertThat(page.getElementById(id)).as(id).isNotNull();
				Element marker = book.getElementById(id);
				assertThat(marker).as(id).isNotNull();
				assertThat(marker.attr("epub:type")).isEqualTo("pagebreak");
				assertThat(marker.text().replace('\u00a0', ' ')).startsWith("[" + other.siglum() + " ");
				Element entry = navigation
					.selectFirst("nav:not([epub:type]) a[href=" + EditionEpub.fileName(letter) + "#" + id + "]");
				assertThat(entry).as(id).isNotNull();
				assertThat(entry.closest("nav").selectFirst("h2").text()).contains("Volume " + other.volume() + ",");
			}
			// The reproduced printing's pages are in the other volume's list.
			Element first = navigation.selectFirst("nav:not([epub:type]) a[href=" + EditionEpub.fileName(letter)
					+ "#page" + letter.meta().firstPage() + "]");
			assertThat(first.closest("nav").selectFirst("h2").text())
				.contains("Volume " + letter.meta().volume() + ",");
			// Each place where the printings differ: a mark in the text and the other
			// reading in a note.
			for (Variant variant : printings.variants()) {
				assertThat(page.getElementById(variant.anchor())).isNotNull();
				assertThat(book.getElementById(variant.anchor() + "-ref").attr("epub:type")).isEqualTo("noteref");
				Element note = book.getElementById(variant.anchor());
				assertThat(note.attr("epub:type")).isEqualTo("footnote");
				assertThat(note.text()).contains(other.shortName().substring(1)).contains(variant.kind().label());
			}
			// The other printing's own notes, labelled as its editors'.
			for (Witness.Note note : printings.witness().notes()) {
				String id = note.anchor(other.siglum());
				assertThat(page.getElementById(id)).as(id).isNotNull();
				assertThat(book.getElementById(id).text())
					.contains(note.text().substring(0, Math.min(30, note.text().length())));
				assertThat(book.getElementById(id).closest("section").selectFirst("h2").text())
					.isEqualTo("Notes of the " + other.shortName() + " printing");
			}
		}
		// One page list for the reading system, naming every page break of both
		// printings, as Ace asks; and a list
		// for each printed volume.
		assertThat(navigation.select("nav[epub:type=page-list]")).hasSize(1);
		for (Letter letter : edition().letters()) {
			Document book = Jsoup.parse(utf8(epub.get("EPUB/" + EditionEpub.fileName(letter))), "", Parser.xmlParser());
			for (Element pageBreak : book.select("[epub:type=pagebreak]")) {
				String href = EditionEpub.fileName(letter) + "#" + pageBreak.id();
				assertThat(navigation.select("nav[epub:type=page-list] a[href=" + href + "]")).as(href).hasSize(1);
			}
		}
		assertThat(navigation.select("nav[role=doc-pagelist]:not([epub:type]) h2")).extracting(Element::text)
			.anyMatch((title) -> title.contains("Volume XIV,"))
			.anyMatch((title) -> title.contains("Volume VI,"));
	}

	@Test
	void theEpubHasThePagesTextUnderThePagesIds() throws IOException {
		Map<String, byte[]> epub = unzip(get("/edition.epub").getContentAsByteArray());
		for (Letter letter : edition().letters()) {
			Document page = Jsoup.parse(text("/letters/" + letter.slug()));
			Document book = Jsoup.parse(utf8(epub.get("EPUB/" + EditionEpub.fileName(letter))), "", Parser.xmlParser());
			for (Paragraph paragraph : letter.paragraphs()) {
				assertThat(page.getElementById(paragraph.id())).as(paragraph.id()).isNotNull();
				Element p = book.getElementById(paragraph.id());
				assertThat(p).as(paragraph.id()).isNotNull();
				Element words = p.clone();
				words.select(".paragraph-number, sup, [epub:type=pagebreak]").remove();
				assertThat(words.text()).isEqualTo(Jsoup.parse(paragraph.text()).text());
			}
			for (Note note : letter.notes()) {
				assertThat(page.getElementById(note.id())).isNotNull();
				assertThat(book.getElementById(note.id()).attr("epub:type")).isEqualTo("footnote");
				assertThat(book.getElementById(note.refId()).attr("epub:type")).isEqualTo("noteref");
				assertThat(page.getElementById(note.refId())).isNotNull();
			}
			// The content's links to the front matter lead to its pages in the book.
			assertThat(book.select("a[href*=/about]")).isEmpty();
			for (PageBreak pageBreak : letter.pageBreaks()) {
				assertThat(page.getElementById(pageBreak.id())).isNotNull();
				assertThat(book.getElementById(pageBreak.id()).attr("epub:type")).isEqualTo("pagebreak");
			}
		}
	}

	@Test
	void theEpubOpensWithTheFrontMatterAsTheSiteHasIt() throws IOException {
		Map<String, byte[]> epub = unzip(get("/edition.epub").getContentAsByteArray());
		Document navigation = Jsoup.parse(utf8(epub.get("EPUB/nav.xhtml")), "", Parser.xmlParser());
		assertThat(edition().frontMatter().pages()).isNotEmpty();
		for (var page : edition().frontMatter().pages()) {
			String file = page.slug().isEmpty() ? "about.xhtml" : "about-" + page.slug() + ".xhtml";
			Document book = Jsoup.parse(utf8(epub.get("EPUB/" + file)), "", Parser.xmlParser());
			assertThat(book.selectFirst("h1").text()).isEqualTo(page.title());
			assertThat(navigation.select("nav[epub:type=toc] a[href=" + file + "]").text()).isEqualTo(page.title());
			// The same words as the site's page (its facts computed the same way), the
			// site's own furniture aside.
			Element site = Jsoup.parse(text(page.path())).selectFirst("main");
			String firstParagraph = site.select("p").first().text();
			assertThat(book.text()).contains(firstParagraph.substring(0, Math.min(80, firstParagraph.length())));
			// No link leads to the site's pages by a path the book cannot follow.
			assertThat(book.select("a[href^=/]")).isEmpty();
		}
	}

	static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

	private static String utf8(byte[] bytes) {
		assertThat(bytes).isNotNull();
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
