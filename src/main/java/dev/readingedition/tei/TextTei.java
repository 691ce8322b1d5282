package dev.readingedition.tei;

import java.util.ArrayDeque;
import java.util.Deque;

import dev.readingedition.edition.EntityKind;
import dev.readingedition.edition.Letter;
import dev.readingedition.edition.LetterParser;
import dev.readingedition.edition.Mention;
import dev.readingedition.edition.Note;
import dev.readingedition.edition.Paragraph;
import dev.readingedition.printings.Variant;
import dev.readingedition.tei.Pieces.MentionEnd;
import dev.readingedition.tei.Pieces.MentionStart;
import dev.readingedition.tei.Pieces.NoteMark;
import dev.readingedition.tei.Pieces.PageMark;
import dev.readingedition.tei.Pieces.Piece;
import dev.readingedition.tei.Pieces.VariantEnd;
import dev.readingedition.tei.Pieces.VariantPoint;
import dev.readingedition.tei.Pieces.VariantStart;
import dev.readingedition.tei.Pieces.WitnessNoteMark;
import dev.readingedition.tei.Pieces.Words;

/**
 * The letter's words as TEI: the title as {@code head}, each paragraph as {@code p} with
 * the reading page's id, the notes where their marks stand (the edition's and the second
 * printing's editors'), a {@code pb} where each printing's pages begin, each mention as
 * the name element of its entity's kind pointing into the register's lists, and each
 * variant of the second printing as {@code app}: the reproduced text's {@code lem}, the
 * other's {@code rdg}.
 */
final class TextTei {

	private final Witnessed sources;

	private final Letter letter;

	TextTei(Witnessed sources) {
		this.sources = sources;
		this.letter = sources.letter;
	}

	/** The whole letter. */
	void writeBody(Xml xml) {
		xml.open("body");
		for (Printing printing : sources.printings) {
			if (printing.paginated()) {
				firstPage(xml, printing);
			}
		}
		xml.open("head").id(LetterParser.TITLE_ANCHOR);
		for (Piece piece : Pieces.title(sources)) {
			piece(xml, piece);
		}
		xml.end();
		for (int block = 1; block <= letter.paragraphs().size(); block++) {
			paragraph(xml, block, null);
		}
		xml.end();
	}

	/**
	 * A passage in {@code <dts:wrapper>}, as the DTS Document endpoint asks, after the
	 * title as context; paragraphs the passage cuts are marked as initial, medial or
	 * final parts.
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
		// What is open inside the paragraph: mentions and variants, innermost first.
		Deque<Piece> open = new ArrayDeque<>();
		for (Piece piece : Pieces.paragraph(sources, block)) {
			if (passage != null && !passage.holds(piece.place())) {
				continue;
			}
			if (piece instanceof MentionStart || piece instanceof VariantStart) {
				open.push(piece);
			}
			else if (piece instanceof MentionEnd || piece instanceof VariantEnd) {
				if (open.isEmpty()) {
					// The passage begins after this element began; its start is not in
					// it.
					continue;
				}
				open.pop();
			}
			piece(xml, piece);
		}
		while (!open.isEmpty()) {
			Piece unclosed = open.pop();
			if (unclosed instanceof VariantStart start) {
				// The passage ends inside the lemma: the reading still follows it, so the
				// app stays whole.
				closeVariant(xml, start.variant());
			}
			else {
				xml.end();
			}
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
		else if (piece instanceof WitnessNoteMark mark) {
			witnessNote(xml, mark.note());
		}
		else if (piece instanceof PageMark mark) {
			xml.empty("pb");
			xml.attr("n", Integer.toString(mark.pageBreak().page()));
			edition(xml, mark.printing());
			xml.id(mark.printing().anchor(mark.pageBreak().page()));
		}
		else if (piece instanceof VariantStart start) {
			openVariant(xml, start.variant());
		}
		else if (piece instanceof VariantEnd end) {
			closeVariant(xml, end.variant());
		}
		else if (piece instanceof VariantPoint point) {
			openVariant(xml, point.variant());
			closeVariant(xml, point.variant());
		}
	}

	private void openVariant(Xml xml, Variant variant) {
		xml.start("app").id(variant.anchor()).attr("type", variant.kind().label().replace(' ', '-'));
		xml.start("lem").attr("wit", "#" + sources.base().id());
	}

	private void closeVariant(Xml xml, Variant variant) {
		xml.end();
		xml.start("rdg").attr("wit", "#" + sources.witness().orElseThrow().id());
		xml.text(variant.witnessReading());
		if (variant.kind() == Variant.Kind.CLOSING) {
			for (Witnessed.PlacedNote note : sources.closingNotes()) {
				witnessNote(xml, note);
			}
		}
		xml.end();
		xml.end();
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

	/**
	 * A note of the second printing's editors, from that printing: the FRUS editors', not
	 * the edition's.
	 */
	private void witnessNote(Xml xml, Witnessed.PlacedNote placed) {
		Printing witness = sources.witness().orElseThrow();
		xml.start("note")
			.id(placed.id())
			.attr("n", placed.note().source() ? null : placed.note().label())
			.attr("place", "foot")
			.attr("type", placed.note().source() ? "source" : "editorial")
			.attr("resp", "#" + TeiHeader.FRUS)
			.attr("source", "#" + witness.id());
		InlineHtml.write(xml, placed.note().html());
		xml.end();
	}

}
