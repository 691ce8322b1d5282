package dev.readingedition.dts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.readingedition.edition.Edition;
import dev.readingedition.edition.Letter;
import dev.readingedition.edition.Paragraph;
import dev.readingedition.tei.Passage;
import dev.readingedition.tei.Printing;

/**
 * One way of citing a letter, as DTS 1.0 calls it: the paragraphs (the default tree, the
 * reading page's {@code p1}, {@code p2}, …) or the printed pages of one printing (a named
 * tree, named by the printing's sigil). Both trees are flat: every unit is at level 1,
 * and its parent is the letter itself.
 *
 * @param identifier the tree's name, {@code null} for the default tree (DTS forbids it a
 * name)
 * @param citeType what the units are: {@code paragraph} or {@code page}
 * @param description what the tree is, for a person
 * @param units the citable units in document order
 */
record CitationTree(String identifier, String citeType, String description, List<Unit> units) {

	/**
	 * A citable unit of a tree.
	 *
	 * @param identifier how it is cited: {@code p3}, {@code 820}
	 * @param title its name for a person: "Paragraph 3", "Page 820"
	 * @param path its address on the edition's site below the letter's, when it has one:
	 * {@code /p3}, {@code /page/820}
	 */
	record Unit(String identifier, String title, String path) {
	}

	/**
	 * A letter's trees: the paragraphs first (the default), then the pages of each
	 * paginated printing.
	 */
	static List<CitationTree> of(Edition edition, Letter letter) {
		List<CitationTree> trees = new ArrayList<>();
		List<Unit> paragraphs = new ArrayList<>();
		for (Paragraph paragraph : letter.paragraphs()) {
			paragraphs.add(new Unit(paragraph.id(), "Paragraph " + paragraph.number(), "/" + paragraph.id()));
		}
		trees.add(new CitationTree(null, "paragraph",
				"The letter's paragraphs, numbered as on the reading page (p1, p2, …)", paragraphs));
		for (Printing printing : Printing.of(edition, letter)) {
			if (!printing.paginated()) {
				continue;
			}
			List<Unit> pages = new ArrayList<>();
			for (int page : printing.pages()) {
				pages.add(new Unit(Integer.toString(page), "Page " + page, printing.path(page)));
			}
			trees.add(new CitationTree(printing.id(), "page", "The printed pages of " + printing.description(), pages));
		}
		return List.copyOf(trees);
	}

	Optional<Unit> unit(String identifier) {
		return units.stream().filter((unit) -> unit.identifier().equals(identifier)).findFirst();
	}

	int indexOf(Unit unit) {
		return units.indexOf(unit);
	}

	/** The passage of the letter from one unit to another, both included. */
	Passage passage(Edition edition, Letter letter, Unit first, Unit last) {
		if (identifier == null) {
			return Passage.paragraphs(letter, first.identifier(), last.identifier());
		}
		Printing printing = Printing.of(edition, letter)
			.stream()
			.filter((candidate) -> candidate.id().equals(identifier))
			.findFirst()
			.orElseThrow();
		return Passage.pages(letter, printing, Integer.parseInt(first.identifier()),
				Integer.parseInt(last.identifier()));
	}

}
