package dev.readingedition.printings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.readingedition.edition.Letter;
import dev.readingedition.edition.Paragraph;

import org.springframework.web.util.HtmlUtils;

/**
 * Puts the second printing into the reading text, once per load of the content: each shown variant marked quietly
 * on its lemma, with the other printing's reading (under its siglum) in an entry that opens from the mark, and the
 * other printing's page breaks as markers of their own, told apart from the base's by the volume ({@code [VI 93]}
 * beside {@code [820]}). The letter that comes out is the one every page and export reads.
 */
final class Apparatus {

	private Apparatus() {
	}

	/** The letter with its paragraphs' HTML carrying the apparatus and the second pagination. */
	static Letter apply(Letter letter, Printings printings) {
		List<Paragraph> paragraphs = new ArrayList<>();
		for (Paragraph paragraph : letter.paragraphs()) {
			paragraphs.add(new Paragraph(paragraph.number(), paragraph.id(), html(paragraph, printings),
					paragraph.text(), paragraph.page(), paragraph.noteLabels(), paragraph.pageBreaks(),
					paragraph.mentions()));
		}
		return new Letter(letter.meta(), letter.titleHtml(), paragraphs, letter.notes(), letter.pageBreaks(),
				letter.sourceName(), letter.markdown());
	}

	private static String html(Paragraph paragraph, Printings printings) {
		// Every edit at its offset, applied from the last back; at one offset a page break goes before a mark.
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
				places.wrap(edit.variant.start(), edit.variant.end(), "lemma", entry(edit.variant, printings));
			}
			else {
				places.insert(edit.offset, pageBreak(edit.pageBreak, witness));
			}
		}
		return places.html();
	}

	/**
	 * The mark and the entry it opens. The mark is a link to the entry; CSS shows the entry when it is the target,
	 * so it opens without JavaScript. Both are skipped by whatever reads the paragraph's words.
	 */
	static String entry(Variant variant, Printings printings) {
		Printing witness = printings.witness().printing();
		String siglum = HtmlUtils.htmlEscape(witness.siglum());
		StringBuilder html = new StringBuilder();
		html.append("<sup class=\"variant-ref\"><a id=\"").append(variant.anchor()).append("-ref\" href=\"#")
			.append(variant.anchor()).append("\" aria-label=\"Variant ").append(variant.number()).append(": the reading of ")
			.append(HtmlUtils.htmlEscape(witness.shortName())).append("\">\u00b0</a></sup>");
		html.append("<span class=\"apparatus\" id=\"").append(variant.anchor()).append("\" role=\"note\">");
		html.append("<abbr class=\"siglum\" title=\"").append(HtmlUtils.htmlEscape("FRUS " + witness.shortName()))
			.append("\">").append(siglum).append("</abbr> ");
		html.append(HtmlUtils.htmlEscape(variant.description()));
		for (Witness.Note note : printings.witnessNotesBetween(variant.witnessParagraph(), variant.witnessStart(),
				variant.witnessEnd())) {
			html.append(", with its note ").append(HtmlUtils.htmlEscape(note.label())).append(": \u201c")
				.append(note.html()).append("\u201d");
		}
		html.append(" <span class=\"variant-kind\">(").append(variant.kind().label()).append(")</span> ");
		html.append("<a href=\"/letters/").append(printings.slug()).append("/compare#").append(variant.anchor()).append("\">Compare the printings</a> ");
		html.append("<a href=\"#").append(variant.anchor()).append("-ref\" role=\"doc-backlink\" aria-label=\"Back to the text\">\u21a9\ufe0e</a>");
		html.append("</span>");
		return html.toString();
	}

	static String pageBreak(Printings.WitnessPageBreak pageBreak, Printing printing) {
		String volume = HtmlUtils.htmlEscape(printing.siglum());
		return "<span id=\"" + pageBreak.anchor(printing) + "\" class=\"pagebreak pagebreak-other\" role=\"doc-pagebreak\""
				+ " aria-label=\"Volume " + volume + ", page " + pageBreak.page() + "\">[" + volume + "\u00a0"
				+ pageBreak.page() + "]</span>";
	}

	private record Edit(int offset, int order, Variant variant, Printings.WitnessPageBreak pageBreak) {
	}

}
