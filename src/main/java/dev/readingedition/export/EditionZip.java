package dev.readingedition.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.readingedition.cmif.Cmif;
import dev.readingedition.edition.Edition;
import dev.readingedition.edition.Letter;
import dev.readingedition.printings.Printing;
import dev.readingedition.tei.LetterTei;

import org.springframework.stereotype.Component;

/**
 * Everything the edition publishes as data, in one zip: each letter's Markdown source,
 * TEI, annotations (W3C Web Annotations in JSON-LD) and citation (CSL-JSON, BibTeX), the
 * register, the correspondence as CMIF, the TEI sources in the content folder, the
 * licence, and a README naming the licences and the version (the content's SHA-256 and
 * load time). Each letter's files are byte for byte what its own routes serve.
 */
@Component
class EditionZip {

	static final String MEDIA_TYPE = "application/zip";

	/** The folder everything unpacks into. */
	static final String ROOT = "cold-war-letters/";

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final OpenDataFiles data;

	private final SourceFiles sources;

	private final byte[] licence;

	EditionZip(OpenDataFiles data, SourceFiles sources) {
		this.data = data;
		this.sources = sources;
		try (InputStream in = EditionZip.class.getClassLoader().getResourceAsStream("export/LICENSE")) {
			this.licence = in == null ? null : in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	byte[] render(Edition edition, ExportLinks links, ContentVersion version) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
		List<String> listed = new ArrayList<>();
		Map<String, byte[]> tei = sources.tei();
		try (ZipWriter zip = new ZipWriter(out, version.modifiedAt())) {
			String readme = readme(edition, links, version, tei);
			zip.deflated(ROOT + "README.md", readme);
			if (licence != null) {
				zip.deflated(ROOT + "LICENSE", licence);
			}
			if (!edition.register().markdown().isEmpty()) {
				zip.deflated(ROOT + "register.md", edition.register().markdown());
			}
			for (Letter letter : edition.letters()) {
				String base = ROOT + "letters/" + letter.slug();
				zip.deflated(base + ".md", letter.markdown());
				zip.deflated(base + ".xml", LetterTei.document(edition, letter, data.letterUrl(letter)));
				zip.deflated(base + ".annotations.jsonld", data.annotationsJsonLd(letter, version.modifiedAt()));
				zip.deflated(base + ".csl.json", data.cslJson(letter));
				zip.deflated(base + ".bib", data.bibtex(letter));
				// The letter cited in its other printing, as its own routes serve it.
				for (Printing other : otherPrintings(edition, letter)) {
					zip.deflated(base + "." + other.pathSegment() + ".csl.json", data.cslJson(letter, other));
					zip.deflated(base + "." + other.pathSegment() + ".bib", data.bibtex(letter, other));
				}
			}
			// The correspondence as CMIF, as /cmif.xml serves it, for correspSearch and
			// other letter indexes.
			zip.deflated(ROOT + "cmif.xml",
					Cmif.document(edition, links.base(), data::letterUrl, version.modifiedAt()));
			for (Map.Entry<String, byte[]> file : tei.entrySet()) {
				zip.deflated(ROOT + "sources/" + file.getKey(), file.getValue());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static List<Printing> otherPrintings(Edition edition, Letter letter) {
		return edition.printings(letter.slug())
			.map((printings) -> List.of(printings.witness().printing()))
			.orElse(List.of());
	}

	private String readme(Edition edition, ExportLinks links, ContentVersion version, Map<String, byte[]> tei) {
		StringBuilder readme = new StringBuilder();
		readme.append("# ").append(links.siteName()).append(": the edition's data\n\n");
		readme.append("Downloaded from ")
			.append(links.zip())
			.append(". The edition online: ")
			.append(links.base())
			.append("/\n\n");
		readme.append("## Version\n\n");
		readme.append("- Content SHA-256: `")
			.append(version.hash())
			.append("` (of every letter's Markdown and the ")
			.append("register, with their file names)\n");
		readme.append("- Content last changed: ").append(STAMP.format(version.modifiedAt())).append("\n");
		readme.append("- Letters: ").append(edition.letters().size()).append("\n\n");
		readme.append("## Licences\n\n");
		readme.append("- The letters are works of the United States government and in the public domain. Their text ")
			.append("is reproduced from the Foreign Relations of the United States, whose TEI files the Office of the ")
			.append("Historian publishes; the files under `sources/` are those files as published.\n");
		readme.append("- The notes, the register of names and terms and the annotations are the edition's own, ")
			.append("distributed with it under the MIT licence (`LICENSE`). Each note and gloss cites its sources.\n\n");
		readme.append("## Files\n\n");
		if (!edition.register().markdown().isEmpty()) {
			readme.append("- `register.md`: the register of names and terms (Markdown), which the letters' ")
				.append("annotations refer to by id\n");
		}
		for (Letter letter : edition.letters()) {
			String page = links.letter(letter);
			readme.append("- ")
				.append(letter.meta().title())
				.append(", ")
				.append(letter.meta().dateline())
				.append(" (")
				.append(page)
				.append("):\n");
			readme.append("  - `letters/")
				.append(letter.slug())
				.append(".md`: the letter and its notes in Markdown, ")
				.append("as the editors write it (")
				.append(page)
				.append(".md)\n");
			readme.append("  - `letters/")
				.append(letter.slug())
				.append(".xml`: the letter in TEI P5 (")
				.append(page)
				.append(".xml)\n");
			readme.append("  - `letters/")
				.append(letter.slug())
				.append(".annotations.jsonld`: its notes and ")
				.append("annotations as W3C Web Annotations (")
				.append(page)
				.append("/annotations.jsonld)\n");
			readme.append("  - `letters/")
				.append(letter.slug())
				.append(".csl.json` and `.bib`: its citation in ")
				.append("CSL-JSON and BibTeX (")
				.append(page)
				.append("/cite.json, ")
				.append(page)
				.append("/cite.bib)\n");
			for (Printing other : otherPrintings(edition, letter)) {
				String segment = other.pathSegment();
				readme.append("  - `letters/")
					.append(letter.slug())
					.append('.')
					.append(segment)
					.append(".csl.json` and `.")
					.append(segment)
					.append(".bib`: its citation in its other printing, ")
					.append(other.shortName())
					.append(" (")
					.append(page)
					.append('/')
					.append(segment)
					.append("/cite.json, ")
					.append(page)
					.append('/')
					.append(segment)
					.append("/cite.bib); that printing's TEI is under `sources/`\n");
			}
			readme.append("  - its PDF: ").append(links.pdf(letter)).append("\n");
		}
		readme.append("- `cmif.xml`: the correspondence (who wrote to whom, when and where) in the Correspondence ")
			.append("Metadata Interchange Format, TEI (")
			.append(links.base())
			.append("/cmif.xml)\n");
		for (String path : tei.keySet()) {
			readme.append("- `sources/").append(path).append("`: a TEI source, as published\n");
		}
		readme.append("\nThe whole edition as an EPUB 3: ").append(links.epub()).append("\n");
		return readme.toString();
	}

}
