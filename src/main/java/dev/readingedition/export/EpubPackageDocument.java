package dev.readingedition.export;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.readingedition.edition.Edition;
import dev.readingedition.edition.Letter;
import dev.readingedition.export.OpenDataFiles.FrontMatterHtml;

/**
 * The book's package document ({@code package.opf}): its metadata (identifier, creators,
 * dates, the printings its page numbers come from, and the accessibility metadata of EPUB
 * Accessibility 1.1), its manifest and its spine.
 */
final class EpubPackageDocument {

	static final DateTimeFormatter MODIFIED = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'")
		.withZone(ZoneOffset.UTC);

	private EpubPackageDocument() {
	}

	static String of(Edition edition, List<FrontMatterHtml> about, ExportLinks links, ContentVersion version) {
		StringBuilder opf = new StringBuilder();
		opf.append("""
				<?xml version="1.0" encoding="UTF-8"?>
				<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id" xml:lang="en"
				    prefix="a11y: http://www.idpf.org/epub/vocab/package/a11y/#">
				  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
				""");
		opf.append("    <dc:identifier id=\"id\">")
			.append(EditionEpub.identifier(version))
			.append("</dc:identifier>\n");
		opf.append("    <dc:title>").append(EditionEpub.escape(links.siteName())).append("</dc:title>\n");
		opf.append("    <dc:language>en</dc:language>\n");
		Set<String> people = new LinkedHashSet<>();
		edition.letters().forEach((letter) -> people.add(letter.meta().author()));
		for (String person : people) {
			opf.append("    <dc:creator>").append(EditionEpub.escape(person)).append("</dc:creator>\n");
		}
		opf.append("    <dc:publisher>").append(EditionEpub.escape(links.siteName())).append("</dc:publisher>\n");
		opf.append("    <dc:date>")
			.append(MODIFIED.format(version.modifiedAt()).substring(0, 10))
			.append("</dc:date>\n");
		opf.append("    <dc:description>")
			.append(EditionEpub.escape(EditionEpub.description(edition)))
			.append("</dc:description>\n");
		opf.append("    <dc:rights>The letters are works of the United States government and in the public domain; ")
			.append("the notes and the glossary are the edition\u2019s own, under the MIT licence.</dc:rights>\n");
		// The printings whose page numbers the page list gives.
		int source = 0;
		for (String printing : EpubNavigation.printings(edition)) {
			source++;
			opf.append("    <dc:source id=\"src")
				.append(source)
				.append("\">")
				.append(EditionEpub.escape(printing))
				.append("</dc:source>\n");
		}
		opf.append("    <meta property=\"dcterms:modified\">")
			.append(MODIFIED.format(version.modifiedAt()))
			.append("</meta>\n");
		opf.append(
				"""
						    <meta property="schema:accessMode">textual</meta>
						    <meta property="schema:accessModeSufficient">textual</meta>
						    <meta property="schema:accessibilityFeature">structuralNavigation</meta>
						    <meta property="schema:accessibilityFeature">tableOfContents</meta>
						    <meta property="schema:accessibilityFeature">readingOrder</meta>
						    <meta property="schema:accessibilityFeature">pageNavigation</meta>
						    <meta property="schema:accessibilityFeature">printPageNumbers</meta>
						    <meta property="schema:accessibilityFeature">displayTransformability</meta>
						    <meta property="schema:accessibilityHazard">none</meta>
						    <meta property="schema:accessibilitySummary">Text only, with no images, sound or video. Every letter \
						is marked up with headings in reading order; its editorial notes are footnotes linked both ways; the \
						page numbers of the printed volumes are marked in the text and listed in the page list; names and \
						terms link to a glossary. Checked with EPUBCheck and Ace by DAISY.</meta>
						    <meta property="dcterms:conformsTo">EPUB Accessibility 1.1 - WCAG 2.2 Level AA</meta>
						""");
		opf.append("    <meta property=\"a11y:certifiedBy\">")
			.append(EditionEpub.escape(links.siteName()))
			.append("</meta>\n");
		opf.append("    <meta property=\"pageBreakSource\">")
			.append(EditionEpub.escape(String.join("; ", EpubNavigation.printings(edition))))
			.append("</meta>\n");
		opf.append("  </metadata>\n  <manifest>\n");
		opf.append(
				"    <item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n");
		opf.append("    <item id=\"front\" href=\"front.xhtml\" media-type=\"application/xhtml+xml\"/>\n");
		List<String> spine = new ArrayList<>(List.of("front", "nav"));
		int pages = 0;
		for (FrontMatterHtml page : about) {
			contentDocument(opf, spine, "about" + ++pages, EditionEpub.fileName(page));
		}
		int n = 0;
		for (Letter letter : edition.letters()) {
			contentDocument(opf, spine, "letter" + ++n, EditionEpub.fileName(letter));
		}
		if (!edition.register().entities().isEmpty()) {
			contentDocument(opf, spine, "glossary", EditionEpub.GLOSSARY);
		}
		opf.append("    <item id=\"css\" href=\"edition.css\" media-type=\"text/css\"/>\n  </manifest>\n  <spine>\n");
		for (String id : spine) {
			opf.append("    <itemref idref=\"").append(id).append("\"/>\n");
		}
		opf.append("  </spine>\n</package>\n");
		return opf.toString();
	}

	/**
	 * An XHTML content document of the book: listed in the manifest, and read in the
	 * spine's order, after those before it.
	 */
	private static void contentDocument(StringBuilder opf, List<String> spine, String id, String href) {
		opf.append("    <item id=\"")
			.append(id)
			.append("\" href=\"")
			.append(EditionEpub.escape(href))
			.append("\" media-type=\"application/xhtml+xml\"/>\n");
		spine.add(id);
	}

}
