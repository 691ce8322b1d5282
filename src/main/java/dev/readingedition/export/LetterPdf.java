package dev.readingedition.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;

import dev.readingedition.edition.Edition;
import dev.readingedition.edition.Entity;
import dev.readingedition.edition.Letter;
import dev.readingedition.edition.Metadata;
import dev.readingedition.edition.Paragraph;
import dev.readingedition.export.LetterMarkup.Book;
import dev.readingedition.printings.Witness;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.jsoup.nodes.Element;

import org.springframework.stereotype.Component;

/**
 * A letter as a tagged PDF (PDF/UA-1), typeset from the model by openhtmltopdf: the
 * printed page numbers in the text, paragraph numbers in the margin (each a link to the
 * paragraph's permalink), the editorial notes at the foot of the page, the names and
 * terms the letter mentions after it, bookmarks, and the document's title, author,
 * subject and language in its metadata. Set in Spectral, with Spectral SC for true small
 * capitals.
 */
@Component
class LetterPdf {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US)
		.withZone(ZoneOffset.UTC);

	private final PdfFonts fonts;

	private final String css;

	LetterPdf(PdfFonts fonts) {
		this.fonts = fonts;
		// openhtmltopdf reports every link it gives no title of its own (it names them
		// from their text), and
		// the time each step takes, at INFO: a few hundred lines per PDF. Its warnings
		// still show.
		XRLog.listRegisteredLoggers().forEach((logger) -> XRLog.setLevel(logger, Level.WARNING));
		try (InputStream in = LetterPdf.class.getClassLoader().getResourceAsStream("export/pdf.css")) {
			this.css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @param links the addresses the PDF links to
	 * @param version the content it is made from
	 */
	byte[] render(Edition edition, Letter letter, ExportLinks links, ContentVersion version) {
		String xhtml = xhtml(edition, letter, links, version);
		ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.usePdfUaAccessibility(true);
		builder.withProducer("openhtmltopdf, for " + links.siteName());
		for (PdfFont font : fonts.all()) {
			builder.useFont(font::open, font.family(), font.weight(), font.style(), true);
		}
		builder.withHtmlContent(xhtml, links.letter(letter));
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return PdfFinishing.finish(out.toByteArray(), fonts, version.modifiedAt(),
				version.hash() + " " + letter.slug() + " " + links.base());
	}

	/**
	 * The XHTML openhtmltopdf sets, public to the tests that compare it with the reading
	 * page.
	 */
	String xhtml(Edition edition, Letter letter, ExportLinks links, ContentVersion version) {
		Metadata meta = letter.meta();
		Optional<OtherPrinting> other = OtherPrinting.of(edition, letter);
		Element html = new Element("html").attr("lang", "en")
			.attr("xml:lang", "en")
			.attr("xmlns", "http://www.w3.org/1999/xhtml");
		Element head = html.appendElement("head");
		head.appendElement("title").text(meta.title() + ", " + meta.dateline());
		head.appendElement("meta").attr("name", "author").attr("content", meta.author());
		head.appendElement("meta")
			.attr("name", "subject")
			.attr("content", meta.description() != null ? meta.description()
					: meta.series() + ", vol. " + meta.volume() + ", doc. " + meta.document());
		head.appendElement("meta")
			.attr("name", "keywords")
			.attr("content", String.join(", ", meta.author(), meta.recipient(), meta.series(), meta.volumeTitle()));
		Element bookmarks = head.appendElement("bookmarks");
		Element top = bookmarks.appendElement("bookmark").attr("name", meta.title()).attr("href", "#title");
		top.appendElement("bookmark").attr("name", "Page " + meta.firstPage()).attr("href", "#page" + meta.firstPage());
		letter.pageBreaks()
			.forEach((pageBreak) -> top.appendElement("bookmark")
				.attr("name", "Page " + pageBreak.page())
				.attr("href", "#" + pageBreak.id()));
		other.ifPresent((printing) -> {
			Element pages = bookmarks.appendElement("bookmark")
				.attr("name", "Pages of " + printing.printing().shortName())
				.attr("href", "#" + printing.start().id());
			printing.pages()
				.forEach((page) -> pages.appendElement("bookmark")
					.attr("name", page.spoken())
					.attr("href", "#" + page.id()));
			pages.appendElement("bookmark").attr("name", printing.notesTitle()).attr("href", "#printing-notes");
		});
		List<Entity> entities = letter.annotations();
		if (!entities.isEmpty()) {
			bookmarks.appendElement("bookmark").attr("name", "Names and terms").attr("href", "#names");
		}
		bookmarks.appendElement("bookmark").attr("name", "About this PDF").attr("href", "#about");
		head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(css));

		Element body = html.appendElement("body");
		body.appendElement("div")
			.attr("class", "running")
			.text(surname(meta.author()) + " to " + surname(meta.recipient()) + ", " + meta.dateline());
		Element header = body.appendElement("header");
		header.appendElement("p")
			.attr("class", "series")
			.text(meta.series() + ", Volume " + meta.volume() + ", " + meta.volumeTitle());
		header.appendElement("p").attr("class", "document").text("Document " + meta.document());
		Element start = header.appendElement("p").attr("class", "page-start");
		start.appendChild(LetterMarkup.pageMarker(new OtherPrinting.PrintedPage("page" + meta.firstPage(),
				meta.firstPage(), String.valueOf(meta.firstPage()), "Page " + meta.firstPage()), Book.PDF));
		other.ifPresent((printing) -> {
			start.appendText(" ");
			start.appendChild(LetterMarkup.pageMarker(printing.start(), Book.PDF));
		});
		LetterMarkup.title(letter, Book.PDF, other).forEach(header::appendChild);
		header.appendElement("p").attr("class", "dateline").text(meta.dateline());

		Element text = body.appendElement("div").attr("class", "text");
		for (Paragraph paragraph : letter.paragraphs()) {
			LetterMarkup
				.paragraph(letter, paragraph, Book.PDF, (anchor) -> "#" + anchor,
						links.paragraph(letter, paragraph.id()), other)
				.forEach(text::appendChild);
		}
		for (Element mention : text.select("a[href^=#a-]")) {
			mention.attr("class", "mention").attr("title", "See " + mention.text() + " in Names and terms");
		}

		if (!entities.isEmpty()) {
			Element names = body.appendElement("section").attr("id", "names");
			names.appendElement("h2").text("Names and terms");
			Element list = names.appendElement("dl");
			for (Entity entity : entities) {
				Element term = list.appendElement("dt").attr("id", entity.anchor());
				term.appendText(entity.name() + " ");
				term.appendElement("span").attr("class", "kind").text(entity.kind().label().toLowerCase(Locale.ROOT));
				Element definition = list.appendElement("dd");
				Element gloss = definition.appendElement("p");
				LetterMarkup.appendHtml(gloss, entity.glossHtml());
				Element sources = definition.appendElement("p").attr("class", "sources");
				sources.appendText("Sources: ");
				LetterMarkup.appendHtml(sources, entity.sourcesHtml());
			}
		}

		other.ifPresent((printing) -> {
			Element notes = body.appendElement("section").attr("id", "printing-notes").attr("class", "printing-notes");
			notes.appendElement("h2").text(printing.notesTitle());
			notes.appendElement("p").attr("class", "introduction").text(printing.notesIntroduction());
			for (Witness.Note note : printing.notes()) {
				Element item = notes.appendElement("p")
					.attr("id", printing.anchor(note))
					.attr("class", "printing-note");
				item.appendElement("b").text(OtherPrinting.label(note));
				item.appendText(" (" + printing.placeOf(note) + ") ");
				LetterMarkup.appendHtml(item, note.html());
			}
		});

		Element about = body.appendElement("section").attr("id", "about").attr("class", "about");
		about.appendElement("h2").text("About this PDF");
		Element source = about.appendElement("p");
		source.appendText("Source: " + meta.series() + ", Volume " + meta.volume() + ", " + meta.volumeTitle()
				+ ", Document " + meta.document() + ", beginning on page " + meta.firstPage() + ". ");
		source.appendElement("a").attr("href", meta.sourceUrl().toString()).text(meta.sourceUrl().toString());
		if (meta.alsoPrinted() != null) {
			source.appendText(". Also printed as " + meta.alsoPrinted());
		}
		source.appendText(".");
		other.ifPresent((printing) -> about.appendElement("p").text(printing.markingNote()));
		if (meta.notesBy() != null) {
			about.appendElement("p").text(EditionEpub.notesBy(meta));
		}
		Element online = about.appendElement("p");
		online.appendText("From " + links.siteName() + ", where the letter is read with its notes beside the text: ");
		online.appendElement("a").attr("href", links.letter(letter)).text(links.letter(letter));
		online.appendText(". The numbers in the margin are its paragraph numbers, each a link to the paragraph there.");
		about.appendElement("p")
			.text("The letter is a work of the United States government and in the public domain. The notes and the "
					+ "names and terms are the edition\u2019s own, distributed with it under the MIT licence. Set in "
					+ "Spectral and Spectral SC (SIL Open Font License).");
		about.appendElement("p")
			.text("Content version " + version.shortHash() + ", last changed " + DAY.format(version.modifiedAt())
					+ ".");
		// The content links to the site with paths; a PDF is read away from it.
		LetterMarkup.siteLinks(body, (href) -> links.base() + href);
		return LetterMarkup.xhtml(html);
	}

	private static String surname(String name) {
		int space = name.lastIndexOf(' ');
		return space < 0 ? name : name.substring(space + 1);
	}

}
