package dev.readingedition.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import dev.readingedition.edition.Edition;
import dev.readingedition.edition.Entity;
import dev.readingedition.edition.EntityKind;
import dev.readingedition.edition.Letter;
import dev.readingedition.edition.Metadata;
import dev.readingedition.edition.Paragraph;
import dev.readingedition.export.LetterMarkup.Book;
import dev.readingedition.export.OpenDataFiles.FrontMatterHtml;
import dev.readingedition.export.OtherPrinting.PrintedPage;
import dev.readingedition.printings.Witness;

import org.jsoup.nodes.Element;

import org.springframework.stereotype.Component;

/**
 * The whole edition as one EPUB 3: a title page and a note on the edition, every letter
 * (its notes as EPUB footnotes with back-links, its printed page breaks as page-break
 * markers listed in the page list), the register of names and terms as a glossary that
 * the letters' mentions link to, and the accessibility metadata of EPUB Accessibility
 * 1.1.
 */
@Component
class EditionEpub {

	static final String MEDIA_TYPE = "application/epub+zip";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US)
		.withZone(ZoneOffset.UTC);

	static final String GLOSSARY = "glossary.xhtml";

	private final String css;

	EditionEpub() {
		try (InputStream in = EditionEpub.class.getClassLoader().getResourceAsStream("export/epub.css")) {
			this.css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @param about the front matter's pages as the site renders them (see
	 * {@link OpenDataFiles#frontMatter})
	 */
	byte[] render(Edition edition, List<FrontMatterHtml> about, ExportLinks links, ContentVersion version) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
		try (ZipWriter zip = new ZipWriter(out, version.modifiedAt())) {
			zip.stored("mimetype", MEDIA_TYPE.getBytes(StandardCharsets.US_ASCII));
			zip.deflated("META-INF/container.xml", """
					<?xml version="1.0" encoding="UTF-8"?>
					<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
					  <rootfiles>
					    <rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
					  </rootfiles>
					</container>
					""");
			zip.deflated("EPUB/package.opf", EpubPackageDocument.of(edition, about, links, version));
			zip.deflated("EPUB/nav.xhtml", EpubNavigation.of(edition, about));
			zip.deflated("EPUB/front.xhtml", frontMatter(edition, links, version));
			for (FrontMatterHtml page : about) {
				zip.deflated("EPUB/" + fileName(page), aboutDocument(edition, about, page, links));
			}
			for (Letter letter : edition.letters()) {
				zip.deflated("EPUB/" + fileName(letter), letterDocument(edition, about, letter, links));
			}
			if (!edition.register().entities().isEmpty()) {
				zip.deflated("EPUB/" + GLOSSARY, glossary(edition, about, links));
			}
			zip.deflated("EPUB/edition.css", css);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static String fileName(Letter letter) {
		return letter.slug() + ".xhtml";
	}

	/**
	 * A name-based UUID of the content: the same content is the same publication, a
	 * change makes a new one.
	 */
	static String identifier(ContentVersion version) {
		return "urn:uuid:" + UUID.nameUUIDFromBytes(version.hash().getBytes(StandardCharsets.US_ASCII));
	}

	/**
	 * A page of the front matter's file: {@code about.xhtml},
	 * {@code about-how-to-cite.xhtml}.
	 */
	static String fileName(FrontMatterHtml page) {
		return page.slug().isEmpty() ? "about.xhtml" : "about-" + page.slug() + ".xhtml";
	}

	private String frontMatter(Edition edition, ExportLinks links, ContentVersion version) {
		Element body = new Element("body");
		Element main = body.appendElement("main");
		Element title = main.appendElement("section")
			.attr("epub:type", "titlepage")
			.attr("id", "titlepage")
			.attr("aria-labelledby", "edition-title");
		title.appendElement("h1").attr("id", "edition-title").text(links.siteName());
		title.appendElement("p").attr("class", "subtitle").text("An annotated reading edition");
		title.appendElement("p").text(description(edition));
		Element about = main.appendElement("section").attr("id", "about").attr("aria-labelledby", "about-title");
		about.appendElement("h2").attr("id", "about-title").text("About this edition");
		about.appendElement("p")
			.text("Each letter is reproduced word for word from its printing in the Foreign Relations of the United "
					+ "States, whose page numbers are marked in the text in square brackets. A letter printed in two "
					+ "volumes carries the page numbers of both, the other volume\u2019s with its number ([VI\u00a093]), "
					+ "and a \u00b0 where the other printing reads otherwise, with its reading in a note; that "
					+ "printing\u2019s own notes follow the letter, labelled as its editors\u2019. The contents list "
					+ "each volume\u2019s pages. The numbered footnotes are this edition\u2019s own, each citing its "
					+ "sources, except where a letter says they are its printed volume\u2019s editors\u2019; names "
					+ "and terms link to the glossary at the end.");
		Element online = about.appendElement("p");
		online.appendText("The edition online, with search, permalinks and citations: ");
		online.appendElement("a").attr("href", links.base() + "/").text(links.base() + "/");
		online.appendText(". Its data, with the letters in Markdown and TEI: ");
		online.appendElement("a").attr("href", links.zip()).text(links.zip());
		online.appendText(".");
		Element rights = main.appendElement("section")
			.attr("epub:type", "copyright-page")
			.attr("id", "rights")
			.attr("aria-labelledby", "rights-title");
		rights.appendElement("h2").attr("id", "rights-title").text("Rights and version");
		rights.appendElement("p")
			.text("The letters are works of the United States government and in the public domain. The notes and the "
					+ "glossary are the edition\u2019s own, distributed with it under the MIT licence.");
		rights.appendElement("p")
			.text("Content version " + version.shortHash() + " (SHA-256 " + version.hash() + "), last changed "
					+ DAY.format(version.modifiedAt()) + ".");
		return document("About this edition", body);
	}

	/**
	 * A link of the content to the site, as the EPUB has it: to a letter it holds, its
	 * file (and the paragraph or page in it); to anything else, the site's absolute
	 * address.
	 */
	static String bookHref(Edition edition, ExportLinks links, String href) {
		String path = href;
		String fragment = "";
		int hash = path.indexOf('#');
		if (hash >= 0) {
			fragment = path.substring(hash + 1);
			path = path.substring(0, hash);
		}
		String[] parts = path.split("/");
		if (parts.length >= 3 && parts.length <= 5 && parts[0].isEmpty() && parts[1].equals("letters")) {
			Letter letter = edition.letter(parts[2]).orElse(null);
			String anchor = null;
			if (letter != null && parts.length == 3) {
				anchor = fragment.isEmpty() ? "title" : fragment;
			}
			else if (letter != null && parts.length == 4 && letter.paragraph(parts[3]).isPresent()) {
				anchor = parts[3];
			}
			else if (letter != null && parts.length == 5 && parts[3].equals("page") && isPage(letter, parts[4])) {
				anchor = "page" + parts[4];
			}
			if (anchor != null) {
				return fileName(letter) + "#" + anchor;
			}
		}
		return links.base() + href;
	}

	/**
	 * Whether a letter's reproduced printing has the page a link names (its first page,
	 * or one of its breaks).
	 */
	private static boolean isPage(Letter letter, String page) {
		return page.equals(String.valueOf(letter.meta().firstPage()))
				|| letter.pageBreaks().stream().anyMatch((pageBreak) -> page.equals(String.valueOf(pageBreak.page())));
	}

	/**
	 * A link of the front matter, as the EPUB has it: to another page of the front
	 * matter, its file; to a letter, as {@link #bookHref}; anything else of the site, its
	 * absolute address.
	 */
	private static String aboutHref(Edition edition, List<FrontMatterHtml> about, ExportLinks links, String href) {
		String path = href;
		String fragment = "";
		int hash = path.indexOf('#');
		if (hash >= 0) {
			fragment = path.substring(hash);
			path = path.substring(0, hash);
		}
		for (FrontMatterHtml page : about) {
			if (page.path().equals(path)) {
				return fileName(page) + fragment;
			}
		}
		return bookHref(edition, links, href);
	}

	/**
	 * A page of the front matter, its facts computed as on the site, its links into the
	 * book.
	 */
	private String aboutDocument(Edition edition, List<FrontMatterHtml> about, FrontMatterHtml page,
			ExportLinks links) {
		Element body = new Element("body");
		Element section = body.appendElement("main")
			.appendElement("section")
			.attr("class", "front-matter")
			.attr("aria-labelledby", "front-matter-title");
		section.appendElement("h1").attr("id", "front-matter-title").text(page.title());
		LetterMarkup.appendHtml(section, page.html());
		LetterMarkup.siteLinks(body, (href) -> aboutHref(edition, about, links, href));
		return document(page.title(), body);
	}

	/**
	 * The one section in a document's {@code main}, of a kind EPUB's structural semantics
	 * name ({@code chapter}, {@code glossary}), with the DPUB-ARIA role of the same name
	 * for screen readers, and labelled by its heading.
	 */
	private static Element section(Element body, String kind, String headingId) {
		return body.appendElement("main")
			.appendElement("section")
			.attr("epub:type", kind)
			.attr("role", "doc-" + kind)
			.attr("aria-labelledby", headingId);
	}

	private String letterDocument(Edition edition, List<FrontMatterHtml> about, Letter letter, ExportLinks links) {
		Metadata meta = letter.meta();
		Element body = new Element("body");
		Element chapter = section(body, "chapter", "title");
		Element header = chapter.appendElement("header");
		header.appendElement("p").attr("class", "series").text(EpubNavigation.printing(meta));
		header.appendElement("p").attr("class", "document").text("Document " + meta.document());
		Optional<OtherPrinting> other = OtherPrinting.of(edition, letter);
		Element start = header.appendElement("p").attr("class", "page-start");
		start.appendChild(LetterMarkup.pageMarker(new OtherPrinting.PrintedPage("page" + meta.firstPage(),
				meta.firstPage(), String.valueOf(meta.firstPage()), "Page " + meta.firstPage()), Book.EPUB));
		other.ifPresent((printing) -> {
			start.appendText(" ");
			start.appendChild(LetterMarkup.pageMarker(printing.start(), Book.EPUB));
		});
		LetterMarkup.title(letter, Book.EPUB, other).forEach(header::appendChild);
		header.appendElement("p").attr("class", "dateline").text(meta.dateline());
		other.ifPresent(
				(printing) -> header.appendElement("p").attr("class", "printings-note").text(printing.markingNote()));
		if (meta.notesBy() != null) {
			header.appendElement("p").attr("class", "notes-by").text(notesBy(meta));
		}
		for (Paragraph paragraph : letter.paragraphs()) {
			LetterMarkup
				.paragraph(letter, paragraph, Book.EPUB, (anchor) -> GLOSSARY + "#" + anchor,
						links.paragraph(letter, paragraph.id()), other)
				.forEach(chapter::appendChild);
		}
		other.ifPresent((printing) -> chapter.appendChild(printingNotes(printing)));
		Element footer = chapter.appendElement("footer").attr("class", "letter-source");
		Element source = footer.appendElement("p");
		source.appendText("Source: " + EpubNavigation.printing(meta) + ", Document " + meta.document()
				+ ", beginning on page " + meta.firstPage() + ": ");
		source.appendElement("a").attr("href", meta.sourceUrl().toString()).text(meta.sourceUrl().toString());
		source.appendText(".");
		if (meta.alsoPrinted() != null) {
			source.appendText(" Also printed as " + meta.alsoPrinted() + ".");
		}
		Element online = footer.appendElement("p");
		online.appendText("In the edition online: ");
		online.appendElement("a").attr("href", links.letter(letter)).text(links.letter(letter));
		online.appendText(".");
		LetterMarkup.siteLinks(body, (href) -> aboutHref(edition, about, links, href));
		return document(meta.title() + ", " + meta.dateline(), body);
	}

	/**
	 * Whose the notes are, when they are not the edition's: said as the reading page says
	 * it.
	 */
	static String notesBy(Metadata meta) {
		return "The notes are " + meta.notesBy() + "\u2019, as printed in volume " + meta.volume()
				+ "; the source note is numbered 0.";
	}

	/**
	 * The other printing's own notes, labelled as its editors', each with the place in
	 * the text it belongs to.
	 */
	private static Element printingNotes(OtherPrinting printing) {
		String title = printing.printing().pathSegment() + "-notes-title";
		Element section = new Element("section").attr("class", "printing-notes").attr("aria-labelledby", title);
		section.appendElement("h2").attr("id", title).text(printing.notesTitle());
		section.appendElement("p").text(printing.notesIntroduction());
		Element list = section.appendElement("ul");
		for (Witness.Note note : printing.notes()) {
			Element item = list.appendElement("li").attr("id", printing.anchor(note));
			item.appendElement("b").text(OtherPrinting.label(note));
			item.appendText(" (" + printing.placeOf(note) + ") ");
			LetterMarkup.appendHtml(item, note.html());
		}
		return section;
	}

	private String glossary(Edition edition, List<FrontMatterHtml> about, ExportLinks links) {
		Element body = new Element("body");
		Element section = section(body, "glossary", "glossary-title");
		section.appendElement("h1").attr("id", "glossary-title").text(edition.register().title());
		for (EntityKind kind : EntityKind.values()) {
			List<Entity> entities = edition.register().entities().stream().filter((e) -> e.kind() == kind).toList();
			if (entities.isEmpty()) {
				continue;
			}
			section.appendElement("h2").attr("id", "kind-" + kind.code()).text(kind.plural());
			Element list = section.appendElement("dl");
			for (Entity entity : entities) {
				list.appendElement("dt").attr("id", entity.anchor()).appendElement("dfn").text(entity.name());
				Element definition = list.appendElement("dd");
				LetterMarkup.appendHtml(definition.appendElement("p"), entity.glossHtml());
				Element sources = definition.appendElement("p").attr("class", "sources");
				sources.appendText("Sources: ");
				LetterMarkup.appendHtml(sources, entity.sourcesHtml());
				List<Element> mentions = new ArrayList<>();
				for (Letter letter : edition.letters()) {
					List<Paragraph> paragraphs = letter.paragraphsMentioning(entity.id());
					if (!paragraphs.isEmpty()) {
						Element link = new Element("a").attr("href", fileName(letter) + "#" + paragraphs.get(0).id())
							.text(shortTitle(letter) + ", \u00b6 " + paragraphs.get(0).number());
						mentions.add(link);
					}
				}
				if (!mentions.isEmpty()) {
					Element where = definition.appendElement("p").attr("class", "mentioned");
					where.appendText("First mentioned in: ");
					for (int i = 0; i < mentions.size(); i++) {
						where.appendChild(mentions.get(i));
						where.appendText(i + 1 < mentions.size() ? "; " : ".");
					}
				}
			}
		}
		LetterMarkup.siteLinks(body, (href) -> aboutHref(edition, about, links, href));
		return document(edition.register().title(), body);
	}

	private static String shortTitle(Letter letter) {
		// The dateline, not the date: an undated letter's date is only the earliest it
		// can be.
		return letter.meta().author().replaceAll(".* ", "") + " to " + letter.meta().recipient().replaceAll(".* ", "")
				+ ", " + letter.meta().dateline();
	}

	static String description(Edition edition) {
		return edition.letters().size() == 1
				? "An annotated reading edition of one letter: " + edition.letters().get(0).meta().title() + ", "
						+ edition.letters().get(0).meta().dateline() + "."
				: "An annotated reading edition of " + edition.letters().size() + " letters, from "
						+ edition.letters().get(0).meta().dateline() + " to "
						+ edition.letters().get(edition.letters().size() - 1).meta().dateline() + ".";
	}

	static String document(String title, Element body) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
				+ "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" "
				+ "lang=\"en\" xml:lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>" + escape(title)
				+ "</title>\n<link rel=\"stylesheet\" type=\"text/css\" href=\"edition.css\"/>\n</head>\n"
				+ LetterMarkup.xhtml(body) + "\n</html>\n";
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
