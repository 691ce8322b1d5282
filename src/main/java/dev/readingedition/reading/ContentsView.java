package dev.readingedition.reading;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.readingedition.edition.Correspondence;
import dev.readingedition.edition.Edition;
import dev.readingedition.edition.Letter;
import dev.readingedition.search.BadQueryException;

/**
 * The contents page: the correspondence in order of date (date, from → to, document and
 * volume, the edition's one-line summary), and the correspondents a reader can narrow it
 * to.
 *
 * @param rows the letters shown, in date order
 * @param correspondents everyone who wrote or received a letter, with how many, in order
 * of name
 * @param selected the correspondent the list is narrowed to, or {@code null}
 * @param total how many letters the edition holds
 */
record ContentsView(List<Row> rows, List<Person> correspondents, Person selected, int total) {

	/** One letter on the contents page. */
	record Row(Letter letter, String date, String from, String to, String printed, String summary,
			Correspondence.Thread thread) {
	}

	/**
	 * A correspondent.
	 *
	 * @param id the name as an address, e.g. {@code nikita-s-khrushchev}
	 * @param letters how many letters they wrote or received
	 */
	record Person(String id, String name, int letters) {
	}

	static ContentsView of(Edition edition, String correspondent) {
		Map<String, Person> people = new LinkedHashMap<>();
		for (Letter letter : edition.letters()) {
			for (String name : List.of(letter.meta().author(), letter.meta().recipient())) {
				people.merge(id(name), new Person(id(name), name, 1),
						(a, b) -> new Person(a.id(), a.name(), a.letters() + 1));
			}
		}
		Person selected = null;
		if (correspondent != null && !correspondent.isBlank()) {
			selected = people.get(correspondent.strip());
			if (selected == null) {
				throw new BadQueryException("No letter of the edition is from or to \u201c"
						+ BadQueryException.echoed(correspondent, 80) + "\u201d. The correspondents are: "
						+ String.join(", ", people.values().stream().map(Person::id).sorted().toList()) + ".");
			}
		}
		List<Row> rows = new ArrayList<>();
		for (Letter letter : edition.letters()) {
			if (selected != null && !id(letter.meta().author()).equals(selected.id())
					&& !id(letter.meta().recipient()).equals(selected.id())) {
				continue;
			}
			rows.add(new Row(letter, Correspondence.date(letter), letter.meta().author(), letter.meta().recipient(),
					"FRUS " + series(letter.meta().series()) + ", vol. " + letter.meta().volume() + ", doc. "
							+ letter.meta().document(),
					letter.meta().description(), edition.correspondence().thread(letter)));
		}
		List<Person> sorted = people.values()
			.stream()
			.sorted((a, b) -> Correspondence.surname(a.name()).compareTo(Correspondence.surname(b.name())))
			.toList();
		return new ContentsView(rows, sorted, selected, edition.letters().size());
	}

	/** "1961–1963" of "Foreign Relations of the United States, 1961–1963". */
	private static String series(String series) {
		int comma = series.lastIndexOf(", ");
		return comma < 0 ? series : series.substring(comma + 2);
	}

	/**
	 * A name as it stands in an address: lowercase, accents and punctuation dropped,
	 * words joined by hyphens.
	 */
	static String id(String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
	}

}
