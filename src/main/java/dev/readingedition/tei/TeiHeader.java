package dev.readingedition.tei;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import dev.readingedition.edition.Correspondence;
import dev.readingedition.edition.Edition;
import dev.readingedition.edition.Letter;
import dev.readingedition.edition.Metadata;

/**
 * The {@code teiHeader} of a letter: its title and who is responsible for what, the
 * edition's address and licence, the printings it comes from, how it is encoded, and who
 * wrote it to whom, where and when.
 */
final class TeiHeader {

	/**
	 * The edition's own responsibility: the text checked against the printing, its notes
	 * and glosses, the encoding.
	 */
	static final String EDITION = "edition";

	/**
	 * The responsibility of the Office of the Historian's editors: the printed text and
	 * their notes.
	 */
	static final String FRUS = "frus";

	static final String EDITION_NAME = "Cold War Letters";

	private static final DateTimeFormatter PRINTED_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

	private TeiHeader() {
	}

	/**
	 * Whose the notes are when the front matter says they are not the edition's own
	 * (other than FRUS's).
	 */
	static final String NOTES = "notes";

	/**
	 * The responsibility a letter's notes are written under: the edition's, the FRUS
	 * editors', or another's.
	 */
	static String notesResp(Metadata meta) {
		if (meta.notesBy() == null) {
			return "#" + EDITION;
		}
		return "#" + (meta.notesBy().contains("FRUS") ? FRUS : NOTES);
	}

	static void write(Xml xml, Edition edition, Witnessed sources, String letterUrl) {
		Letter letter = sources.letter;
		List<Printing> printings = sources.printings;
		Metadata meta = letter.meta();
		xml.open("teiHeader");
		xml.open("fileDesc");
		xml.open("titleStmt");
		xml.leaf("title", meta.title(), "type", "main");
		xml.leaf("title", meta.dateline(), "type", "sub");
		xml.leaf("author", meta.author());
		xml.open("respStmt").id(EDITION);
		xml.leaf("resp", "Digital edition: the text checked word for word against the printing it reproduces, "
				+ "the notes, the glosses of names and terms, and the encoding");
		xml.leaf("orgName", EDITION_NAME);
		xml.end();
		xml.open("respStmt").id(FRUS);
		xml.leaf("resp", "The printed text and the editors' notes of Foreign Relations of the United States");
		xml.leaf("orgName", "Office of the Historian, U.S. Department of State");
		if (meta.editor() != null) {
			xml.leaf("persName", meta.editor());
		}
		xml.end();
		if (notesResp(meta).equals("#" + NOTES)) {
			xml.open("respStmt").id(NOTES);
			xml.leaf("resp", "The notes");
			xml.leaf("name", meta.notesBy());
			xml.end();
		}
		xml.end();
		xml.open("publicationStmt");
		xml.leaf("publisher", EDITION_NAME);
		xml.leaf("idno", letterUrl, "type", "URI");
		xml.open("availability");
		xml.open("licence").attr("target", "https://creativecommons.org/publicdomain/mark/1.0/");
		xml.text("The letter is a work of the United States government and in the public domain.");
		xml.end();
		xml.leaf("p", "The notes and the glosses of names and terms are this edition's own, written from the sources "
				+ "each one cites.");
		xml.end();
		xml.end();
		xml.open("sourceDesc");
		xml.open("listBibl");
		for (Printing printing : printings) {
			bibl(xml, meta, printing, printing == printings.get(0));
		}
		xml.end();
		xml.end();
		xml.end();
		xml.open("encodingDesc");
		if (sources.witness().isPresent()) {
			xml.emptyBlock("variantEncoding");
			xml.attr("method", "parallel-segmentation").attr("location", "internal");
		}
		xml.open("editorialDecl");
		xml.leaf("p", "The text reproduces the letter word for word as printed in " + printings.get(0).description()
				+ ". Each printed page begins at a pb whose ed names the printing (a bibl of the source description). "
				+ "Notes with resp=\"#" + EDITION + "\" are this edition's own; notes with resp=\"#" + FRUS
				+ "\" are the FRUS editors'. Names of people, places, organizations and events point to the lists in "
				+ "standOff, terms to the glossary at the back; these come from the edition's register of names and "
				+ "terms. Paragraph, note and page ids are those of the reading page."
				+ sources.witness()
					.map((witness) -> " Where " + witness.description() + " reads otherwise, an app "
							+ "gives the reproduced text as its lem and the other printing's words as its rdg; the notes "
							+ "of that printing's editors stand where the collation places them, with source=\"#"
							+ witness.id() + "\".")
					.orElse(""));
		xml.end();
		xml.end();
		xml.open("profileDesc");
		xml.open("correspDesc").attr("ref", letterUrl);
		xml.open("correspAction").attr("type", "sent");
		xml.leaf("persName", meta.author());
		String place = place(meta);
		if (place != null) {
			xml.leaf("placeName", place);
		}
		xml.leaf("date", PRINTED_DATE.format(meta.date()), "when", meta.date().toString());
		xml.end();
		xml.open("correspAction").attr("type", "received");
		xml.leaf("persName", meta.recipient());
		xml.end();
		context(xml, edition, letter, letterUrl);
		xml.end();
		xml.open("langUsage");
		xml.leaf("language", "English", "ident", "en");
		xml.end();
		xml.end();
		xml.end();
	}

	/**
	 * The letter's place in the correspondence: what it answers and what answered it
	 * (letters of the edition by their addresses, documents outside it by theirs), and
	 * the letters before and after it by date.
	 */
	private static void context(Xml xml, Edition edition, Letter letter, String letterUrl) {
		Correspondence.Thread thread = edition.correspondence().thread(letter);
		if (thread == null || thread.isEmpty()) {
			return;
		}
		String letters = letterUrl.substring(0, letterUrl.length() - letter.slug().length());
		xml.open("correspContext");
		for (Correspondence.Correspondent answered : thread.answers()) {
			xml.leaf("ref", answered.label(), "type", "answers", "target", target(answered, letters));
		}
		for (Correspondence.Correspondent answer : thread.answeredBy()) {
			xml.leaf("ref", answer.label(), "type", "answeredBy", "target", target(answer, letters));
		}
		if (thread.previous() != null) {
			xml.leaf("ref", thread.previous().meta().title() + ", " + thread.previous().meta().dateline(), "type",
					"prev", "target", letters + thread.previous().slug());
		}
		if (thread.next() != null) {
			xml.leaf("ref", thread.next().meta().title() + ", " + thread.next().meta().dateline(), "type", "next",
					"target", letters + thread.next().slug());
		}
		xml.end();
	}

	private static String target(Correspondence.Correspondent correspondent, String letters) {
		return correspondent.inEdition() ? letters + correspondent.letter().slug() : correspondent.url().toString();
	}

	private static void bibl(Xml xml, Metadata meta, Printing printing, boolean reproduced) {
		xml.open("bibl")
			.id(printing.id())
			.attr("type", reproduced ? "reproduced" : printing.paginated() ? "witness" : "also-printed");
		if (reproduced) {
			xml.leaf("title", meta.series(), "level", "s");
			xml.leaf("title", "Volume " + meta.volume() + ", " + meta.volumeTitle(), "level", "m");
			if (meta.editor() != null) {
				xml.leaf("editor", meta.editor());
			}
			if (meta.generalEditor() != null) {
				xml.leaf("editor", meta.generalEditor(), "role", "general");
			}
			if (meta.publisher() != null) {
				xml.leaf("publisher", meta.publisher());
			}
			if (meta.published() != null) {
				xml.leaf("date", meta.published().toString(), "when", meta.published().toString());
			}
			xml.leaf("biblScope", "Document " + meta.document(), "unit", "document", "n",
					Integer.toString(meta.document()));
		}
		else {
			xml.leaf("title", printing.description(), "level", "m");
		}
		if (printing.paginated()) {
			List<Integer> pages = printing.pages();
			int first = pages.get(0);
			int last = pages.get(pages.size() - 1);
			xml.leaf("biblScope", first == last ? "p. " + first : "pp. " + first + "–" + last, "unit", "page", "from",
					Integer.toString(first), "to", Integer.toString(last));
		}
		if (printing.url() != null) {
			xml.leaf("ref", printing.url().toString(), "target", printing.url().toString());
		}
		xml.end();
	}

	/**
	 * Where the letter was written: the dateline before its date ("Washington, February
	 * 15, 1962"), when the dateline is written that way.
	 */
	static String place(Metadata meta) {
		String suffix = ", " + PRINTED_DATE.format(meta.date());
		String dateline = meta.dateline().strip();
		if (dateline.endsWith(".")) {
			dateline = dateline.substring(0, dateline.length() - 1);
		}
		if (dateline.endsWith(suffix) && dateline.length() > suffix.length()) {
			return dateline.substring(0, dateline.length() - suffix.length()).strip();
		}
		return null;
	}

}
