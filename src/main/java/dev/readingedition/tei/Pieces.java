package dev.readingedition.tei;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.readingedition.edition.Letter;
import dev.readingedition.edition.LetterParser;
import dev.readingedition.edition.Mention;
import dev.readingedition.edition.Note;
import dev.readingedition.edition.PageBreak;
import dev.readingedition.edition.Paragraph;

/**
 * A letter's text in reading order, cut into runs of words and the marks that stand between them (note references,
 * page breaks, the edges of mentions), each at its {@link Place}. Exports walk these pieces instead of the rendered
 * HTML, and any passage, a paragraph or a printed page, is the pieces between two places.
 */
final class Pieces {

	private Pieces() {
	}

	/**
	 * Where a piece stands: in which block (0 the title, then 1, 2, … the paragraphs), after how many characters of
	 * the block's text, and, among pieces at the same character, in which order. The order puts a mention's end
	 * before a note reference (which follows the words it annotates), a page break after both, and the next
	 * mention and the words after them.
	 */
	record Place(int block, int position, int rank) implements Comparable<Place> {

		static final int BEFORE_ALL = -1;

		static final int MENTION_END = 0;

		static final int NOTE = 1;

		static final int PAGE = 2;

		static final int MENTION_START = 3;

		static final int WORDS = 4;

		private static final Comparator<Place> ORDER = Comparator.comparingInt(Place::block)
			.thenComparingInt(Place::position)
			.thenComparingInt(Place::rank);

		/** The place before everything in a block. */
		static Place startOf(int block) {
			return new Place(block, 0, BEFORE_ALL);
		}

		@Override
		public int compareTo(Place other) {
			return ORDER.compare(this, other);
		}

	}

	sealed interface Piece permits Words, NoteMark, PageMark, MentionStart, MentionEnd {

		Place place();

	}

	record Words(Place place, String text) implements Piece {
	}

	record NoteMark(Place place, Note note) implements Piece {
	}

	record PageMark(Place place, PageBreak pageBreak, Printing printing) implements Piece {
	}

	record MentionStart(Place place, Mention mention) implements Piece {
	}

	record MentionEnd(Place place, Mention mention) implements Piece {
	}

	/** The block number of a paragraph: its place in the letter, counted after the title. */
	static int block(Letter letter, String paragraphId) {
		if (paragraphId.equals(LetterParser.TITLE_ANCHOR)) {
			return 0;
		}
		List<Paragraph> paragraphs = letter.paragraphs();
		for (int i = 0; i < paragraphs.size(); i++) {
			if (paragraphs.get(i).id().equals(paragraphId)) {
				return i + 1;
			}
		}
		throw new IllegalArgumentException("the letter " + letter.slug() + " has no paragraph " + paragraphId);
	}

	/**
	 * Where a letter is cut to begin a page: just before its page break, after the words and notes of the page
	 * before; a page that begins with a paragraph is cut before the whole paragraph.
	 */
	static Place cutBefore(Letter letter, PageBreak pageBreak) {
		int block = block(letter, pageBreak.paragraphId());
		return pageBreak.position() == 0 ? Place.startOf(block) : new Place(block, pageBreak.position(), Place.PAGE);
	}

	/** The title's pieces: its words and the notes cited on it. */
	static List<Piece> title(Letter letter, List<Printing> printings) {
		return pieces(letter, 0, LetterParser.TITLE_ANCHOR, letter.meta().title(), List.of(), printings);
	}

	/** One paragraph's pieces, in reading order. */
	static List<Piece> paragraph(Letter letter, int block, List<Printing> printings) {
		Paragraph paragraph = letter.paragraphs().get(block - 1);
		return pieces(letter, block, paragraph.id(), paragraph.text(), paragraph.mentions(), printings);
	}

	private static List<Piece> pieces(Letter letter, int block, String anchor, String text, List<Mention> mentions,
			List<Printing> printings) {
		List<Piece> marks = new ArrayList<>();
		for (Mention mention : mentions) {
			marks.add(new MentionStart(new Place(block, mention.start(), Place.MENTION_START), mention));
			marks.add(new MentionEnd(new Place(block, mention.end(), Place.MENTION_END), mention));
		}
		for (Note note : letter.notes()) {
			if (note.citedIn().equals(anchor)) {
				marks.add(new NoteMark(new Place(block, Math.min(note.position(), text.length()), Place.NOTE), note));
			}
		}
		for (Printing printing : printings) {
			for (PageBreak pageBreak : printing.breaks()) {
				if (pageBreak.paragraphId().equals(anchor)) {
					marks.add(new PageMark(new Place(block, Math.min(pageBreak.position(), text.length()), Place.PAGE),
							pageBreak, printing));
				}
			}
		}
		marks.sort(Comparator.comparing(Piece::place));
		List<Piece> pieces = new ArrayList<>();
		int at = 0;
		for (Piece mark : marks) {
			int position = mark.place().position();
			if (position > at) {
				pieces.add(new Words(new Place(block, at, Place.WORDS), text.substring(at, position)));
				at = position;
			}
			pieces.add(mark);
		}
		if (at < text.length()) {
			pieces.add(new Words(new Place(block, at, Place.WORDS), text.substring(at)));
		}
		return pieces;
	}

}
