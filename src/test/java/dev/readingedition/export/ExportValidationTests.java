package dev.readingedition.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import dev.readingedition.edition.Edition;
import dev.readingedition.edition.Letter;
import dev.readingedition.testing.BookFrontMatter;
import dev.readingedition.testing.RealContent;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The EPUB and every letter's PDF, made from the real content, pass the validators their
 * communities trust: epubcheck with no error and no warning, veraPDF's PDF/UA-1 profile
 * with no failed rule.
 */
class ExportValidationTests {

	static Edition edition;

	static ContentVersion version;

	static final ExportLinks LINKS = new ExportLinks("https://letters.example.org", "Cold War Letters");

	@BeforeAll
	static void load() {
		edition = RealContent.edition();
		version = new ContentVersion(ContentVersion.hash(edition), Instant.parse("2026-12-01T12:00:00Z"));
	}

	@Test
	void everyLetterPdfIsPdfUa1() throws Exception {
		LetterPdf pdf = new LetterPdf(new PdfFonts());
		for (Letter letter : edition.letters()) {
			long started = System.nanoTime();
			byte[] file = pdf.render(edition, letter, LINKS, version);
			long rendered = System.nanoTime();
			Files.write(Path.of("target", letter.slug() + ".pdf"), file);
			Validators.PdfUaReport report = Validators.veraPdf(file);
			System.out.println("PDF rendered in " + (rendered - started) / 1_000_000 + " ms, checked in "
					+ (System.nanoTime() - rendered) / 1_000_000 + " ms");
			System.out.println("veraPDF PDF/UA-1 " + letter.slug() + ": " + report.passed() + " checks passed, "
					+ report.failures().size() + " failed");
			assertThat(report.failures()).as(letter.slug()).isEmpty();
			assertThat(report.compliant()).isTrue();
		}
	}

	@Test
	void epubPassesEpubcheck() throws Exception {
		byte[] file = new EditionEpub().render(edition, BookFrontMatter.of(edition, LINKS.base()), LINKS, version);
		Files.write(Path.of("target", "edition.epub"), file);
		long started = System.nanoTime();
		Validators.EpubReport report = Validators.epubcheck(file);
		System.out.println("epubcheck took " + (System.nanoTime() - started) / 1_000_000 + " ms");
		report.usages().forEach(System.out::println);
		System.out.println("epubcheck: " + report.fatals() + " fatal, " + report.errors() + " errors, "
				+ report.warnings() + " warnings");
		assertThat(report.messages()).isEmpty();
		assertThat(report.fatals() + report.errors() + report.warnings()).isZero();
	}

}
