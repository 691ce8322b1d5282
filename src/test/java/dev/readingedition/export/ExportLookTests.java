package dev.readingedition.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.readingedition.edition.Edition;
import dev.readingedition.edition.Letter;
import dev.readingedition.testing.BookFrontMatter;
import dev.readingedition.testing.Browser;
import dev.readingedition.testing.RealContent;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static dev.readingedition.testing.RealContent.SLUG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * What a reader sees: the PDF's first two pages as poppler renders them, and the EPUB's
 * first letter in Chromium. The pictures go to {@code target/screenshots} to be looked
 * at; the assertions check what they must show.
 */
class ExportLookTests {

	private static final Path PDFTOPPM = Path.of(System.getProperty("pdftoppm", "/usr/bin/pdftoppm"));

	private static final Edition EDITION = RealContent.edition();

	/** The letter with two printings. */
	private static final ContentVersion VERSION = new ContentVersion(ContentVersion.hash(EDITION),
			Instant.parse("2026-12-01T12:00:00Z"));

	@Test
	void thePdfsFirstTwoPagesShowTheLetterWithItsNotesAtTheFoot() throws Exception {
		Letter letter = EDITION.letter(SLUG).orElseThrow();
		byte[] pdf = new LetterPdf(new PdfFonts()).render(EDITION, letter, ExportValidationTests.LINKS, VERSION);
		Path screenshots = Files.createDirectories(Browser.SCREENSHOTS);
		Path file = screenshots.resolve("letter.pdf");
		Files.write(file, pdf);
		if (!Files.isExecutable(PDFTOPPM)) {
			fail("pdftoppm is needed to render the PDF: apt-get install -y poppler-utils (.ci/run does it)");
		}
		Process process = new ProcessBuilder(PDFTOPPM.toString(), "-r", "100", "-png", "-f", "1", "-l", "2",
				file.toString(), screenshots.resolve("letter-pdf-page").toString())
			.redirectErrorStream(true)
			.start();
		assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
		assertThat(process.exitValue()).isZero();
		try (var pages = Files.list(screenshots)) {
			List<Path> pngs = pages.filter((p) -> p.getFileName().toString().startsWith("letter-pdf-page")).toList();
			assertThat(pngs).hasSize(2);
			for (Path png : pngs) {
				assertThat(Files.size(png)).as(png.toString()).isGreaterThan(20_000);
			}
		}
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(1);
			stripper.setEndPage(1);
			String first = stripper.getText(document).replaceAll("\\s+", " ");
			assertThat(first).contains(letter.meta().title().split(" ")[0])
				.contains("Dear Mr. Chairman")
				// the small capitals of the series line are read as the letters they are
				.contains("Foreign Relations of the United States")
				// the first note stands at the foot of the first page
				.contains(letter.notes().get(0).text().substring(0, 40))
				// both printings' first pages, and vol. VI's first page break in the text
				.contains("[819]")
				.contains("[VI\u00a092]")
				.contains("[VI\u00a093]");
			assertThat(document.getDocumentCatalog().getDocumentOutline().getFirstChild().getTitle())
				.isEqualTo(letter.meta().title());
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
		}
	}

	@Test
	void theEpubsFirstLetterReadsInChromiumWithFootnotesBothWays() throws IOException {
		byte[] epub = new EditionEpub().render(EDITION, BookFrontMatter.of(EDITION, ExportValidationTests.LINKS.base()),
				ExportValidationTests.LINKS, VERSION);
		Path folder = Files.createTempDirectory("edition-epub-");
		for (Map.Entry<String, byte[]> entry : ExportRoutesTests.unzip(epub).entrySet()) {
			Path target = folder.resolve(entry.getKey());
			Files.createDirectories(target.getParent());
			Files.write(target, entry.getValue());
		}
		Letter letter = EDITION.letter(SLUG).orElseThrow();
		int variants = EDITION.printings(SLUG).orElseThrow().variants().size();
		try (Browser browser = Browser.start()) {
			browser.viewport(800, 1000, false);
			browser.open(folder.resolve("EPUB").resolve(EditionEpub.fileName(letter)).toUri().toString());
			browser.screenshot("epub-first-letter");
			String text = browser.script("return document.body.innerText");
			assertThat(text).contains("Dear Mr. Chairman").contains(letter.meta().dateline());
			double footnotes = browser.number("return document.querySelectorAll('aside[role=doc-footnote]').length");
			// the edition's notes and, for each place where vol. VI reads otherwise, a
			// note of that printing
			assertThat(footnotes).isEqualTo(letter.notes().size() + variants);
			assertThat(text).contains("[VI\u00a092]").contains("Notes of the vol. VI, doc. 34 printing");
			String note = letter.notes().get(1).id();
			browser.script("document.getElementById(arguments[0]).click()", letter.notes().get(1).refId());
			assertThat((String) browser.script("return location.hash")).isEqualTo("#" + note);
			browser.screenshot("epub-first-letter-at-note");
			browser.script("document.querySelector('#' + arguments[0] + ' [role=doc-backlink]').click()", note);
			assertThat((String) browser.script("return location.hash")).isEqualTo("#" + letter.notes().get(1).refId());
			browser.assertAccessible();
		}
	}

}
