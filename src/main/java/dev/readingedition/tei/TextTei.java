package dev.readingedition.tei;

import java.util.List;

import dev.readingedition.edition.EntityKind;
import dev.readingedition.edition.Letter;
import dev.readingedition.edition.LetterParser;
import dev.readingedition.edition.Mention;
import dev.readingedition.edition.Note;
import dev.readingedition.edition.Paragraph;
import dev.readingedition.tei.Pieces.MentionEnd;
import dev.readingedition.tei.Pieces.MentionStart;
import dev.readingedition.tei.Pieces.NoteMark;
import dev.readingedition.tei.Pieces.PageMark;
import dev.readingedition.tei.Pieces.Piece;
import dev.readingedition.tei.Pieces.Words;

/**
 * The letter's words as TEI: the title as {@code head}, each paragraph as {@code p} with the reading page's id, the
 * notes where their marks stand, a {@code pb} where each printing's pages begin, and each mention as the name
 * element of its entity's kind, pointing into the register's lists.
 */
final class TextTei {

	private final Letter letter;

	private final List<Printing> printings;

	TextTei(Letter letter, List<Printing> printings) {
		this.letter = letter;
		this.printings = printings;
	}

	/** The whole letter. */
	void writeBody(Xml xml) {
		xml.open("body");
		for (Printing printing : printings) {
			if (printing.paginated()) {
				firstPage(xml, printing);
			}
		}
		xml.open("head").id(LetterParser.TITLE_ANCHOR);
		for (Piece piece : Pieces.title(letter, printings)) {
			piece(xml, piece);
		}
		xml.end();
		for (int block = 1; block <= letter.paragraphs().size(); block++) {
			paragraph(xml, block, null);
		}
		xml.end();
	}

	/**
	 * A passage in {@code <dts:wrapper>}, as the DTS Document endpoint asks, after the title as context; paragraphs
	 * the passage cuts are marked as initial, medial or final parts.
	 */
	void writeBody(Xml xml, Passage passage) {
		xml.open("body");
		xml.leaf("head", letter.meta().title());
		xml.openWrapper();
		if (passage.opensFirstPageOf != null) {
			firstPage(xml, passage.opensFirstPageOf);
		}
		for (int block = 1; block <= letter.paragraphs().size(); block++) {
			if (passage.touches(block)) {
				paragraph(xml, block, passage);
			}
		}
		xml.end();
		xml.end();
	}

	private void firstPage(Xml xml, Printing printing) {
		xml.emptyBlock("pb");
		xml.attr("n", Integer.toString(printing.firstPage()));
		edition(xml, printing);
	}

	private void paragraph(Xml xml, int block, Passage passage) {
		Paragraph paragraph = letter.paragraphs().get(block - 1);
		xml.open("p").id(paragraph.id()).attr("n", Integer.toString(paragraph.number()));
		if (passage != null) {
			boolean starts = passage.holdsStartOf(block);
			boolean ends = passage.holdsEndOf(block);
			xml.attr("part", starts && ends ? null : starts ? "I" : ends ? "F" : "M");
		}
		int open = 0;
		for (Piece piece : Pieces.paragraph(letter, block, printings)) {
			if (passage != null && !passage.holds(piece.place())) {
				continue;
			}
			if (piece instanceof MentionEnd && open == 0) {
				// The passage begins after this mention began; its words are not in it.
				continue;
			}
			open += piece instanceof MentionStart ? 1 : piece instanceof MentionEnd ? -1 : 0;
			piece(xml, piece);
		}
		for (; open > 0; open--) {
			xml.end();
		}
		xml.end();
	}

	private void piece(Xml xml, Piece piece) {
		if (piece instanceof Words words) {
			xml.text(words.text());
		}
		else if (piece instanceof MentionStart start) {
			mention(xml, start.mention());
		}
		else if (piece instanceof MentionEnd) {
			xml.end();
		}
		else if (piece instanceof NoteMark mark) {
			note(xml, mark.note());
		}
		else if (piece instanceof PageMark mark) {
			xml.empty("pb");
			xml.attr("n", Integer.toString(mark.pageBreak().page()));
			edition(xml, mark.printing());
			if (mark.printing() == printings.get(0)) {
				xml.id(mark.pageBreak().id());
			}
		}
	}

	private static void edition(Xml xml, Printing printing) {
		xml.attr("ed", printing.id()).attr("edRef", "#" + printing.id());
	}

	private static void mention(Xml xml, Mention mention) {
		xml.start(RegisterTei.nameElement(mention.entity().kind()));
		if (mention.entity().kind() == EntityKind.EVENT) {
			xml.attr("type", "event");
		}
		xml.attr("ref", "#" + mention.entity().anchor()).id(mention.id());
	}

	private void note(Xml xml, Note note) {
		xml.start("note")
			.id(note.id())
			.attr("n", note.label())
			.attr("place", "foot")
			.attr("type", note.citedIn().equals(LetterParser.TITLE_ANCHOR) ? "source" : "editorial")
			.attr("resp", TeiHeader.notesResp(letter.meta()));
		InlineHtml.write(xml, note.html());
		xml.end();
	}

}
