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
import dev.readingedition.printings.Variant;

/**
 * A letter's text in reading order, cut into runs of words and the marks that stand
 * between them (note references, page breaks of each printing, the edges of mentions and
 * of the second printing's variants), each at its {@link Place}. Exports walk these
 * pieces instead of the rendered HTML, and any passage, a paragraph or a printed page, is
 * the pieces between two places.
 */
final class Pieces {

	private Pieces() {
	}

	/**
	 * Where a piece stands: in which block (0 the title, then 1, 2, … the paragraphs),
	 * after how many characters of the block's text, and, among pieces at the same
	 * character, in which order. Ends come before starts, the inner element's end before
	 * the outer's (a mention inside a variant's lemma), a note reference (which follows
	 * the words it annotates) and a page break after the ends, then the starts, outer
	 * before inner, then the words.
	 */
	record Place(int block, int position, int rank) implements Comparable<Place> {

		static final int BEFORE_ALL = -1;

		static final int MENTION_END = 0;

		static final int VARIANT_END = 1;

		static final int NOTE = 2;

		static final int PAGE = 3;

		/** A variant where the reproduced text has no words: the witness adds some. */
		static final int VARIANT_POINT = 4;

		static final int VARIANT_START = 5;

		static final int MENTION_START = 6;

		static final int WORDS = 7;

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

	sealed interface Piece permits Words, NoteMark, WitnessNoteMark, PageMark, MentionStart, MentionEnd, VariantStart,
			VariantEnd, VariantPoint {

		Place place();

	}

	record Words(Place place, String text) implements Piece {
	}

	record NoteMark(Place place, Note note) implements Piece {
	}

	record WitnessNoteMark(Place place, Witnessed.PlacedNote note) implements Piece {
	}

	record PageMark(Place place, PageBreak pageBreak, Printing printing) implements Piece {
	}

	record MentionStart(Place place, Mention mention) implements Piece {
	}

	record MentionEnd(Place place, Mention mention) implements Piece {
	}

	record VariantStart(Place place, Variant variant) implements Piece {
	}

	record VariantEnd(Place place, Variant variant) implements Piece {
	}

	record VariantPoint(Place place, Variant variant) implements Piece {
	}

	/**
	 * The block number of a paragraph: its place in the letter, counted after the title.
	 */
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
	 * Where a letter is cut to begin a page: just before its page break, after the words
	 * and notes of the page before; a page that begins with a paragraph is cut before the
	 * whole paragraph.
	 */
	static Place cutBefore(Letter letter, PageBreak pageBreak) {
		int block = block(letter, pageBreak.paragraphId());
		return pageBreak.position() == 0 ? Place.startOf(block) : new Place(block, pageBreak.position(), Place.PAGE);
	}

	/** The title's pieces: its words and the notes cited on it. */
	static List<Piece> title(Witnessed sources) {
		return pieces(sources, 0, LetterParser.TITLE_ANCHOR, sources.letter.meta().title(), List.of(), List.of());
	}

	/** One paragraph's pieces, in reading order. */
	static List<Piece> paragraph(Witnessed sources, int block) {
		Paragraph paragraph = sources.letter.paragraphs().get(block - 1);
		List<Variant> variants = sources.variants.stream()
			.filter((variant) -> variant.paragraph() == paragraph.number())
			.filter((variant) -> nests(variant, paragraph.mentions()))
			.toList();
		return pieces(sources, block, paragraph.id(), paragraph.text(), paragraph.mentions(), variants);
	}

	/**
	 * Whether a variant's lemma and the mentions nest as elements must: each mention
	 * inside the lemma, around it, or apart. The collation marks words, so they always do
	 * in the edition's letters; one that did not would be left out of the TEI rather than
	 * cross a mention.
	 */
	private static boolean nests(Variant variant, List<Mention> mentions) {
		for (Mention mention : mentions) {
			boolean apart = mention.end() <= variant.start() || variant.end() <= mention.start();
			boolean inside = variant.start() <= mention.start() && mention.end() <= variant.end();
			boolean around = mention.start() <= variant.start() && variant.end() <= mention.end();
			if (!apart && !inside && !around) {
				return false;
			}
		}
		return true;
	}

	private static List<Piece> pieces(Witnessed sources, int block, String anchor, String text, List<Mention> mentions,
			List<Variant> variants) {
		int length = text.length();
		List<Piece> marks = new ArrayList<>();
		for (Mention mention : mentions) {
			marks.add(new MentionStart(new Place(block, mention.start(), Place.MENTION_START), mention));
			marks.add(new MentionEnd(new Place(block, mention.end(), Place.MENTION_END), mention));
		}
		for (Variant variant : variants) {
			int start = Math.min(variant.start(), length);
			int end = Math.min(variant.end(), length);
			if (variant.kind() == Variant.Kind.CLOSING) {
				// A closing one printing adds after the last words: nothing of the
				// reproduced text is its lemma.
				marks.add(new VariantPoint(new Place(block, end, Place.VARIANT_POINT), variant));
			}
			else if (start == end) {
				marks.add(new VariantPoint(new Place(block, start, Place.VARIANT_POINT), variant));
			}
			else {
				marks.add(new VariantStart(new Place(block, start, Place.VARIANT_START), variant));
				marks.add(new VariantEnd(new Place(block, end, Place.VARIANT_END), variant));
			}
		}
		for (Note note : sources.letter.notes()) {
			if (note.citedIn().equals(anchor)) {
				marks.add(new NoteMark(new Place(block, Math.min(note.position(), length), Place.NOTE), note));
			}
		}
		for (Witnessed.PlacedNote note : sources.witnessNotes) {
			if (note.anchor().equals(anchor) && !note.inClosing()) {
				marks.add(new WitnessNoteMark(new Place(block, Math.min(note.position(), length), Place.NOTE), note));
			}
		}
		for (Printing printing : sources.printings) {
			for (PageBreak pageBreak : printing.breaks()) {
				if (pageBreak.paragraphId().equals(anchor)) {
					marks.add(new PageMark(new Place(block, Math.min(pageBreak.position(), length), Place.PAGE),
							pageBreak, printing));
				}
			}
		}
		// A stable sort: marks at the same place keep the order above (the edition's
		// notes before the witness's).
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
		if (at < length) {
			pieces.add(new Words(new Place(block, at, Place.WORDS), text.substring(at)));
		}
		return pieces;
	}

}
