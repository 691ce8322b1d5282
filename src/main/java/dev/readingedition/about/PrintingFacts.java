package dev.readingedition.about;

import java.nio.file.Path;
import java.util.List;

import dev.readingedition.edition.Edition;
import dev.readingedition.edition.Letter;
import dev.readingedition.printings.Printing;
import dev.readingedition.printings.Printings;
import dev.readingedition.printings.PrintingsLoader;
import dev.readingedition.printings.Variant;
import dev.readingedition.printings.Witness;

/**
 * The front matter's facts about the printings: which volumes print each letter, their
 * source notes, the addresses of their pages, and what the collation of two printings
 * found. Read from the edition as loaded, so the textual note cannot disagree with the
 * pages it describes.
 */
final class PrintingFacts {

	private PrintingFacts() {
	}

	static List<Printings> printed(Edition edition) {
		return edition.letters().stream().flatMap((l) -> edition.printings(l.slug()).stream()).toList();
	}

	static String fileName(String sourceName) {
		return Path.of(sourceName).getFileName().toString();
	}

	static String printingsList(Edition edition) {
		StringBuilder html = new StringBuilder();
		for (Printings printings : printed(edition)) {
			Letter letter = edition.letter(printings.slug()).orElseThrow();
			html.append("<dl class=\"fact-printings\">");
			Printing base = printings.base();
			html.append("<dt>")
				.append(FrontMatterFacts.e(base.siglum()))
				.append("</dt><dd>")
				.append(FrontMatterFacts.printingName(base))
				.append(". Online: ")
				.append(FrontMatterFacts.link(base.sourceUrl().toString(), base.sourceUrl().toString()))
				.append(". The reading text reproduces it, from <code>")
				.append(FrontMatterFacts.e(fileName(letter.sourceName())))
				.append("</code> (")
				.append(FrontMatterFacts.link(FrontMatterFacts.letterPath(letter) + ".md", "its Markdown"))
				.append(").</dd>");
			Witness witness = printings.witness();
			Printing other = witness.printing();
			html.append("<dt>")
				.append(FrontMatterFacts.e(other.siglum()))
				.append("</dt><dd>")
				.append(FrontMatterFacts.printingName(other));
			if (other.published() != null) {
				html.append(" (")
					.append(other.publisher() == null ? "" : FrontMatterFacts.e(other.publisher()) + ", ")
					.append(other.published())
					.append(")");
			}
			html.append(". Online: ")
				.append(FrontMatterFacts.link(other.sourceUrl().toString(), other.sourceUrl().toString()))
				.append(". Collated against the reading text from the TEI the Office of the Historian publishes, <code>")
				.append(FrontMatterFacts.e(PrintingsLoader.FOLDER + "/" + fileName(witness.sourceName())))
				.append("</code>: ")
				.append(witness.paragraphs().size())
				.append(" paragraphs, ")
				.append(witness.notes().size())
				.append(" notes of its own.</dd>");
			html.append("</dl>");
		}
		return html.toString();
	}

	static String sourceNotes(Edition edition) {
		StringBuilder html = new StringBuilder();
		for (Printings printings : printed(edition)) {
			Printing other = printings.witness().printing();
			for (Witness.Note note : printings.witness().notes()) {
				if (note.source()) {
					html.append("<blockquote class=\"fact-quote\"><p>")
						.append(note.html())
						.append("</p><footer>")
						.append("The source note of ")
						.append(FrontMatterFacts.e(other.shortName()))
						.append(", as the FRUS editors wrote it")
						.append("</footer></blockquote>");
				}
			}
		}
		return html.toString();
	}

	static String pagesList(Edition edition) {
		StringBuilder html = new StringBuilder("<ul class=\"fact-list\">");
		for (Printings printings : printed(edition)) {
			Letter letter = edition.letter(printings.slug()).orElseThrow();
			for (Printing printing : printings.all()) {
				html.append("<li>")
					.append(FrontMatterFacts.e(printing.shortName()))
					.append(", ")
					.append(FrontMatterFacts.e(printing.pages()))
					.append(": ");
				for (int page = printing.firstPage(); page <= printing.lastPage(); page++) {
					String path = printing.equals(printings.base())
							? FrontMatterFacts.letterPath(letter) + "/page/" + page
							: FrontMatterFacts.letterPath(letter) + "/" + printing.pathSegment() + "/page/" + page;
					html.append(page == printing.firstPage() ? "" : ", ")
						.append("<a href=\"")
						.append(FrontMatterFacts.e(path))
						.append("\"><code>")
						.append(FrontMatterFacts.e(path))
						.append("</code></a>");
				}
				html.append("</li>");
			}
		}
		return html.append("</ul>").toString();
	}

	static String variantsList(Edition edition) {
		StringBuilder html = new StringBuilder();
		for (Printings printings : printed(edition)) {
			Letter letter = edition.letter(printings.slug()).orElseThrow();
			Printing base = printings.base();
			Printing other = printings.witness().printing();
			html.append("<ol class=\"fact-variants\">");
			for (Variant variant : printings.variants()) {
				html.append("<li>")
					.append(FrontMatterFacts.link(FrontMatterFacts.letterPath(letter) + "#" + variant.anchor(),
							"¶ " + variant.paragraph()))
					.append(" ");
				if (!variant.reading().isEmpty()) {
					html.append(FrontMatterFacts.e(variant.reading()))
						.append(" <abbr title=\"FRUS ")
						.append(FrontMatterFacts.e(base.shortName()))
						.append("\">")
						.append(FrontMatterFacts.e(base.siglum()))
						.append("</abbr>] ");
				}
				html.append("<abbr title=\"FRUS ")
					.append(FrontMatterFacts.e(other.shortName()))
					.append("\">")
					.append(FrontMatterFacts.e(other.siglum()))
					.append("</abbr> ")
					.append(FrontMatterFacts.e(variant.description()))
					.append(" (")
					.append(FrontMatterFacts.e(variant.kind().label()))
					.append(")</li>");
			}
			html.append("</ol>");
		}
		return html.toString();
	}

	static String encodingList(Edition edition) {
		StringBuilder html = new StringBuilder("<ul class=\"fact-list\">");
		for (Printings printings : printed(edition)) {
			for (Variant variant : printings.collation().encodingOnly()) {
				html.append("<li>¶ ")
					.append(variant.paragraph())
					.append(": printed \u201c")
					.append(FrontMatterFacts.e(variant.reading()))
					.append("\u201d, encoded \u201c")
					.append(FrontMatterFacts.e(variant.witnessReading()))
					.append("\u201d</li>");
			}
		}
		return html.append("</ul>").toString();
	}

	static String compareLink(Letter letter) {
		return FrontMatterFacts.link(FrontMatterFacts.letterPath(letter) + "/compare", "Compare the printings");
	}

}
