package dev.readingedition.printings;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A letter's two printings and their collation: the one the edition reproduces (the base,
 * from the letter's Markdown) and a second witness read from its TEI. One letter, one set
 * of paragraph ids: the witness's paragraphs are known by the base paragraphs they
 * correspond to.
 *
 * @param slug the letter's slug
 * @param base the printing the edition reproduces
 * @param witness the other printing
 * @param collation what collating the witness against the base found
 * @param basePageBreaks the base's own page breaks, with their places in its paragraphs'
 * texts
 * @param entries the apparatus entries that stand after each paragraph with variants, as
 * HTML, by paragraph id
 */
public record Printings(String slug, Printing base, Witness witness, Collation collation,
		List<BasePageBreak> basePageBreaks, java.util.Map<String, String> entries) {

	public Printings {
		Objects.requireNonNull(slug, "slug");
		Objects.requireNonNull(base, "base");
		Objects.requireNonNull(witness, "witness");
		Objects.requireNonNull(collation, "collation");
		basePageBreaks = List.copyOf(basePageBreaks);
		entries = java.util.Map.copyOf(entries);
	}

	/**
	 * The apparatus entries that stand after a paragraph, as HTML, or {@code null} when
	 * it has no variant.
	 */
	public String entriesAfter(String paragraphId) {
		return entries.get(paragraphId);
	}

	/** Both printings, the base first. */
	public List<Printing> all() {
		return List.of(base, witness.printing());
	}

	/**
	 * The printing whose pages an address names ({@code vol-vi}), if it is one of these.
	 */
	public Optional<Printing> byPathSegment(String segment) {
		return all().stream().filter((printing) -> printing.pathSegment().equals(segment)).findFirst();
	}

	/** The variants a reader is shown, in the order of the base text. */
	public List<Variant> variants() {
		return collation.shown();
	}

	/**
	 * The witness's paragraph that corresponds to a base paragraph, if it has one.
	 * @param baseParagraph the base paragraph's number, from 1
	 */
	public Optional<Witness.Paragraph> witnessParagraph(int baseParagraph) {
		for (int i = 0; i < collation.paragraphs().size(); i++) {
			if (collation.paragraphs().get(i) == baseParagraph) {
				return Optional.of(witness.paragraphs().get(i));
			}
		}
		return Optional.empty();
	}

	/**
	 * The witness's paragraphs that correspond to no base paragraph, such as a closing.
	 */
	public List<Witness.Paragraph> witnessOnly() {
		List<Witness.Paragraph> only = new ArrayList<>();
		for (int i = 0; i < collation.paragraphs().size(); i++) {
			if (collation.paragraphs().get(i) == 0) {
				only.add(witness.paragraphs().get(i));
			}
		}
		return only;
	}

	/**
	 * The witness's page breaks, each with the place in the base text where it falls.
	 */
	public List<WitnessPageBreak> witnessPageBreaks() {
		List<WitnessPageBreak> breaks = new ArrayList<>();
		for (Witness.Paragraph paragraph : witness.paragraphs()) {
			for (Witness.Place place : paragraph.pageBreaks()) {
				breaks.add(new WitnessPageBreak(place.page(), paragraph.number(), place.offset(),
						collation.baseOf(paragraph.number(), place.offset())));
			}
		}
		return breaks;
	}

	/** The witness page that a witness paragraph starts on. */
	public int witnessPageAt(int witnessParagraph) {
		int page = witness.printing().firstPage();
		for (Witness.Paragraph paragraph : witness.paragraphs()) {
			if (paragraph.number() == witnessParagraph) {
				return page;
			}
			for (Witness.Place place : paragraph.pageBreaks()) {
				page = place.page();
			}
		}
		return page;
	}

	/** The last witness page that begins in (or before) a witness paragraph. */
	public int witnessLastPageOf(int witnessParagraph) {
		Witness.Paragraph paragraph = witness.paragraphs().get(witnessParagraph - 1);
		return paragraph.pageBreaks().isEmpty() ? witnessPageAt(witnessParagraph)
				: paragraph.pageBreaks().get(paragraph.pageBreaks().size() - 1).page();
	}

	/** The witness's notes cited inside one of its paragraphs' ranges. */
	public List<Witness.Note> witnessNotesBetween(int witnessParagraph, int start, int end) {
		return witness.notesIn(witnessParagraph)
			.stream()
			.filter((note) -> note.offset() >= start && note.offset() <= end)
			.toList();
	}

	/**
	 * Where a note of the witness stands, in the edition's paragraph numbers: "on the
	 * heading", "¶ 6", or for a paragraph the base lacks (such as a closing) "after ¶
	 * 12".
	 */
	public String placeOf(Witness.Note note) {
		if (note.paragraph() == 0) {
			return "on the heading";
		}
		int base = collation.paragraphs().get(note.paragraph() - 1);
		if (base != 0) {
			return "\u00b6 " + base;
		}
		for (int i = note.paragraph() - 2; i >= 0; i--) {
			if (collation.paragraphs().get(i) != 0) {
				return "after \u00b6 " + collation.paragraphs().get(i);
			}
		}
		return "before \u00b6 1";
	}

	/**
	 * A page break of the base printing.
	 *
	 * @param page the page that begins here
	 * @param paragraph the base paragraph it falls in, by number
	 * @param offset where in that paragraph's text
	 */
	public record BasePageBreak(int page, int paragraph, int offset) {
	}

	/**
	 * A page break of the witness.
	 *
	 * @param page the witness page that begins here
	 * @param witnessParagraph the witness paragraph it falls in
	 * @param witnessOffset where in that paragraph's text
	 * @param base where the same place is in the base text
	 */
	public record WitnessPageBreak(int page, int witnessParagraph, int witnessOffset, Collation.Place base) {

		/** Its anchor on the reading page, apart from the base's own page breaks. */
		public String anchor(Printing printing) {
			return printing.pathSegment() + "-page" + page;
		}

	}

}
