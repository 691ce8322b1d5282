package dev.readingedition.edition;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All the letters the edition serves, in date order, each found by its slug.
 */
public final class Edition {

	private final List<Letter> letters;

	private final Map<String, Letter> bySlug;

	/**
	 * @param letters the parsed letters; their slugs must be unique (the loader checks this with file names)
	 */
	public Edition(List<Letter> letters) {
		this.letters = letters.stream()
			.sorted(Comparator.comparing((Letter l) -> l.meta().date()).thenComparing(Letter::slug))
			.toList();
		Map<String, Letter> map = new LinkedHashMap<>();
		for (Letter letter : this.letters) {
			if (map.putIfAbsent(letter.slug(), letter) != null) {
				throw new IllegalArgumentException("two letters have the slug " + letter.slug());
			}
		}
		this.bySlug = Map.copyOf(map);
	}

	public List<Letter> letters() {
		return letters;
	}

	public Optional<Letter> letter(String slug) {
		return Optional.ofNullable(bySlug.get(slug));
	}

}
