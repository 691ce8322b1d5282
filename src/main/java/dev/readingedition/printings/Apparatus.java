package dev.readingedition.printings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.readingedition.edition.Letter;
import dev.readingedition.edition.Paragraph;

import org.springframework.web.util.HtmlUtils;

/**
 * Puts the second printing into the reading text, once per load of the content: each
 * shown variant marked quietly on its lemma, with the other printing's reading (under its
 * siglum) in an entry after the paragraph that opens from the mark, and the other
 * printing's page breaks as markers of their own, told apart from the base's by the
 * volume ({@code [VI 93]} beside {@code [820]}). The letter that comes out is the one
 * every page and export reads.
 */
final class Apparatus {

	private Apparatus() {
	}

	/**
	 * The letter with its paragraphs' HTML carrying the variant marks and the second
	 * pagination.
	 */
	static Letter apply(Letter letter, Printings printings) {
		List<Paragraph> paragraphs = new ArrayList<>();
		for (Paragraph paragraph : letter.paragraphs()) {
			paragraphs.add(new Paragraph(paragraph.number(), paragraph.id(), html(paragraph, printings),
					paragraph.marginHtml(), paragraph.text(), paragraph.page(), paragraph.noteLabels(),
					paragraph.pageBreaks(), paragraph.pageBreakOffsets(), paragraph.mentions(), paragraph.links()));
		}
		return new Letter(letter.meta(), letter.titleHtml(), letter.titleMarginHtml(), paragraphs, letter.notes(),
				letter.pageBreaks(), letter.sourceName(), letter.markdown());
	}

	/**
	 * The apparatus entries of each paragraph that has variants, by paragraph id: the
	 * HTML that stands after the paragraph, each entry hidden until its mark is followed.
	 */
	static Map<String, String> entries(Letter letter, Printings printings) {
		Map<String, String> entries = new LinkedHashMap<>();
		for (Paragraph paragraph : letter.paragraphs()) {
			StringBuilder html = new StringBuilder();
			for (Variant variant : printings.variants()) {
				if (variant.paragraph() == paragraph.number()) {
					html.append(entry(variant, printings));
				}
			}
			if (!html.isEmpty()) {
				entries.put(paragraph.id(), html.toString());
			}
		}
		return entries;
	}

	/**
	 * A paragraph's HTML with its lemmas wrapped, each followed by an empty mark (CSS
	 * draws its degree sign) that links to its entry, and the other printing's page-break
	 * markers.
	 */
	private static String html(Paragraph paragraph, Printings printings) {
		// Every edit at its offset, applied from the last back; at one offset a page
		// break goes before a mark.
		List<Edit> edits = new ArrayList<>();
		for (Variant variant : printings.variants()) {
			if (variant.paragraph() == paragraph.number()) {
				edits.add(new Edit(variant.start(), 1, variant, null));
			}
		}
		for (Printings.WitnessPageBreak pageBreak : printings.witnessPageBreaks()) {
			if (pageBreak.base().paragraph() == paragraph.number()) {
				edits.add(new Edit(pageBreak.base().offset(), 0, null, pageBreak));
			}
		}
		if (edits.isEmpty()) {
			return paragraph.html();
		}
		edits.sort(Comparator.comparingInt(Edit::offset).thenComparingInt(Edit::order).reversed());
		HtmlPlaces places = new HtmlPlaces(paragraph.html());
		Printing witness = printings.witness().printing();
		for (Edit edit : edits) {
			if (edit.variant != null) {
				places.wrap(edit.variant.start(), edit.variant.end(), "lemma", mark(edit.variant, witness));
			}
			else {
				places.insert(edit.offset, pageBreak(edit.pageBreak, witness));
			}
		}
		return places.html();
	}

	/**
	 * The quiet mark after a lemma: a link to its entry, named for a screen reader by
	 * what it leads to.
	 */
	private static String mark(Variant variant, Printing witness) {
		return "<a class=\"variant-ref\" id=\"" + variant.anchor() + "-ref\" href=\"#" + variant.anchor()
				+ "\" aria-label=\"" + escape("Variant: " + witness.siglum() + " " + variant.description()) + "\"></a>";
	}

	/**
	 * The entry a mark opens: the other printing's siglum and reading, the notes that
	 * printing has there, the kind of variant, a link to the comparison and one back to
	 * the text. CSS shows it when it is the target, so it opens without JavaScript, on
	 * any screen.
	 */
	static String entry(Variant variant, Printings printings) {
		Printing witness = printings.witness().printing();
		StringBuilder html = new StringBuilder();
		html.append("<span class=\"apparatus\" id=\"").append(variant.anchor()).append("\" role=\"note\">");
		html.append("<abbr class=\"siglum\" title=\"")
			.append(escape("FRUS " + witness.shortName()))
			.append("\">")
			.append(escape(witness.siglum()))
			.append("</abbr> ");
		html.append(escape(variant.description()));
		for (Witness.Note note : printings.witnessNotesBetween(variant.witnessParagraph(), variant.witnessStart(),
				variant.witnessEnd())) {
			html.append(", with its note ")
				.append(escape(note.label()))
				.append(": \u201c")
				.append(note.html())
				.append("\u201d");
		}
		html.append(" <span class=\"variant-kind\">(").append(variant.kind().label()).append(")</span> ");
		html.append("<a href=\"/letters/")
			.append(printings.slug())
			.append("/compare#")
			.append(variant.anchor())
			.append("\">Compare the printings</a> ");
		html.append("<a href=\"#")
			.append(variant.anchor())
			.append("-ref\" role=\"doc-backlink\" aria-label=\"Back to the text\">\u21a9\ufe0e</a>");
		html.append("</span>");
		return html.toString();
	}

	/**
	 * The other printing's page break, written like the base's ({@code [820]}) with its
	 * volume: {@code [VI 93]}. Like the base's markers it is empty, its label drawn by
	 * CSS from {@code data-page}, so that the paragraph's text is the letter's words and
	 * a reader who copies a sentence copies no page number; its title says whose page it
	 * is, as its name for a screen reader and its hover text.
	 */
	static String pageBreak(Printings.WitnessPageBreak pageBreak, Printing printing) {
		return "<span id=\"" + pageBreak.anchor(printing) + "\" class=\"pagebreak pagebreak-other\""
				+ " role=\"doc-pagebreak\" title=\"" + escape(pageTitle(printing, pageBreak.page())) + "\" data-page=\""
				+ escape(printing.siglum()) + "\u00a0" + pageBreak.page() + "\"></span>";
	}

	/**
	 * What a page marker of a printing says it is: "Page 93 of vol. VI" (the page's head
	 * names the series).
	 */
	static String pageTitle(Printing printing, int page) {
		return "Page " + page + " of vol. " + printing.volume();
	}

	/**
	 * Escapes for HTML text and attributes, leaving the letter's typography (curly
	 * quotes, dashes) as it is.
	 */
	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	private record Edit(int offset, int order, Variant variant, Printings.WitnessPageBreak pageBreak) {
	}

}
