package dev.readingedition.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The real clients that judge the downloads, called as libraries: epubcheck for the EPUB,
 * veraPDF for the PDFs.
 */
final class Validators {

	private Validators() {
	}

	/**
	 * What veraPDF found in a PDF, checked against PDF/UA-1.
	 *
	 * @param passed how many checks passed
	 * @param failures each failed check: rule, description and where
	 */
	record PdfUaReport(boolean compliant, int passed, List<String> failures) {
	}

	static synchronized PdfUaReport veraPdf(byte[] pdf) {
		VeraGreenfieldFoundryProvider.initialise();
		try (PDFAParser parser = Foundries.defaultInstance()
			.createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1)) {
			PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, true);
			ValidationResult result = validator.validate(parser);
			List<String> failures = new ArrayList<>();
			int passed = 0;
			for (TestAssertion assertion : result.getTestAssertions()) {
				if (assertion.getStatus() == TestAssertion.Status.FAILED) {
					failures.add(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + " "
							+ assertion.getMessage() + " at " + assertion.getLocation().getContext());
				}
				else {
					passed++;
				}
			}
			return new PdfUaReport(result.isCompliant(), passed, failures);
		}
		catch (Exception ex) {
			throw new IllegalStateException("veraPDF could not check the PDF", ex);
		}
	}

	/**
	 * What epubcheck found in an EPUB.
	 *
	 * @param messages each message of severity warning or worse
	 * @param usages the informative messages (USAGE and INFO), which do not fail a check
	 */
	record EpubReport(int fatals, int errors, int warnings, List<String> messages, List<String> usages) {
	}

	static EpubReport epubcheck(byte[] epub) {
		try {
			Path file = Files.createTempFile("edition-", ".epub");
			try {
				Files.write(file, epub);
				Collecting report = new Collecting(file.toString());
				new EpubCheck(file.toFile(), report).doValidate();
				return new EpubReport(report.fatals, report.errors, report.warnings, report.messages, report.usages);
			}
			finally {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static final class Collecting extends MasterReport {

		final List<String> messages = new ArrayList<>();

		final List<String> usages = new ArrayList<>();

		int fatals;

		int errors;

		int warnings;

		Collecting(String name) {
			setEpubFileName(name);
		}

		@Override
		public void message(Message message, EPUBLocation location, Object... args) {
			Severity severity = message.getSeverity();
			String text = severity + " " + message.getID() + " " + message.getMessage(args) + " at "
					+ location.getPath() + ":" + location.getLine() + ":" + location.getColumn();
			switch (severity) {
				case FATAL -> {
					fatals++;
					messages.add(text);
				}
				case ERROR -> {
					errors++;
					messages.add(text);
				}
				case WARNING -> {
					warnings++;
					messages.add(text);
				}
				default -> usages.add(text);
			}
		}

		@Override
		public void info(String resource, FeatureEnum feature, String value) {
		}

		@Override
		public int generate() {
			return 0;
		}

		@Override
		public void initialize() {
		}

	}

}
