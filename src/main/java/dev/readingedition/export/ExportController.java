package dev.readingedition.export;

import java.util.Locale;

import dev.readingedition.edition.Letter;
import dev.readingedition.live.Snapshot;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import static dev.readingedition.reading.LetterNotFoundException.requireLetter;

/**
 * The edition to take away: each letter as a tagged PDF, the whole edition as an EPUB 3,
 * and all its data as one zip. Each is made once per load of the content and per site
 * address (see {@link Renderings}), and served by the response cache like the pages, with
 * a strong ETag.
 */
@Controller
class ExportController {

	static final MediaType PDF = MediaType.APPLICATION_PDF;

	static final MediaType EPUB = MediaType.parseMediaType(EditionEpub.MEDIA_TYPE);

	static final MediaType ZIP = MediaType.parseMediaType(EditionZip.MEDIA_TYPE);

	private final LetterPdf pdf;

	private final EditionEpub epub;

	private final EditionZip zip;

	private final Renderings renderings;

	private final OpenDataFiles data;

	private final String siteName;

	ExportController(LetterPdf pdf, EditionEpub epub, EditionZip zip, Renderings renderings, OpenDataFiles data,
			MessageSource messages) {
		this.pdf = pdf;
		this.epub = epub;
		this.zip = zip;
		this.renderings = renderings;
		this.data = data;
		this.siteName = messages.getMessage("site.name", null, Locale.ENGLISH);
	}

	@GetMapping("/letters/{slug}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String slug, Snapshot snapshot) {
		Letter letter = requireLetter(snapshot.edition(), slug);
		ExportLinks links = links();
		byte[] file = renderings.get(snapshot, "pdf " + slug + " " + links.base(),
				() -> pdf.render(snapshot.edition(), letter, links, ContentVersion.of(snapshot)));
		return file(PDF, ContentDisposition.inline(), slug + ".pdf", file);
	}

	@GetMapping(ExportLinks.EPUB)
	ResponseEntity<byte[]> epub(Snapshot snapshot) {
		ExportLinks links = links();
		byte[] file = renderings.get(snapshot, "epub " + links.base(), () -> epub.render(snapshot.edition(),
				data.frontMatter(snapshot.edition()), links, ContentVersion.of(snapshot)));
		return file(EPUB, ContentDisposition.attachment(), "cold-war-letters.epub", file);
	}

	@GetMapping(ExportLinks.ZIP)
	ResponseEntity<byte[]> zip(Snapshot snapshot) {
		ExportLinks links = links();
		byte[] file = renderings.get(snapshot, "zip " + links.base(),
				() -> zip.render(snapshot.edition(), links, ContentVersion.of(snapshot)));
		return file(ZIP, ContentDisposition.attachment(), "cold-war-letters.zip", file);
	}

	private ExportLinks links() {
		return new ExportLinks(data.base(), siteName);
	}

	private static ResponseEntity<byte[]> file(MediaType type, ContentDisposition.Builder disposition, String name,
			byte[] file) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.filename(name).build().toString())
			.body(file);
	}

}
