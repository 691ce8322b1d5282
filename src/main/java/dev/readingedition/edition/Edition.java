package dev.readingedition.edition;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.readingedition.about.FrontMatter;
import dev.readingedition.printings.Printings;

/**
 * All the letters the edition serves, in date order, each found by its slug, the register
 * of names and terms their annotations refer to, and the other printings of letters with
 * their collations.
 */
public final class Edition {

	private final List<Letter> letters;

	private final Map<String, Letter> bySlug;

	private final Register register;

	private final Correspondence correspondence;

	private final Map<String, Printings> printings;

	private final FrontMatter frontMatter;

	/**
	 * An edition without a register, whose letters mark no mentions.
	 * @param letters the parsed letters; their slugs must be unique (the loader checks
	 * this with file names)
	 */
	public Edition(List<Letter> letters) {
		this(letters, Register.EMPTY);
	}

	/**
	 * @param letters the parsed letters; their slugs must be unique (the loader checks
	 * this with file names)
	 * @param register the register the letters' mentions were resolved against
	 */
	public Edition(List<Letter> letters, Register register) {
		this(letters, register, Map.of());
	}

	/**
	 * @param letters the parsed letters; their slugs must be unique (the loader checks
	 * this with file names)
	 * @param register the register the letters' mentions were resolved against
	 * @param printings the letters' second printings, collated, by slug
	 */
	public Edition(List<Letter> letters, Register register, Map<String, Printings> printings) {
		this(letters, register, printings, FrontMatter.EMPTY);
	}

	private Edition(List<Letter> letters, Register register, Map<String, Printings> printings,
			FrontMatter frontMatter) {
		this.printings = Map.copyOf(printings);
		this.frontMatter = Objects.requireNonNull(frontMatter, "frontMatter");
		this.register = Objects.requireNonNull(register, "register");
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
		this.correspondence = new Correspondence(this.letters);
	}

	/**
	 * The letters' thread: what each answers, what answered it, the letters before and
	 * after it, who quotes it.
	 */
	public Correspondence correspondence() {
		return correspondence;
	}

	/**
	 * The edition's main work, the letter the front page opens: the one whose front
	 * matter says {@code main-work:
	 * true}, or the only letter.
	 */
	public Optional<Letter> mainWork() {
		Optional<Letter> marked = letters.stream().filter((l) -> l.meta().mainWork()).findFirst();
		return marked.isPresent() || letters.size() != 1 ? marked : Optional.of(letters.get(0));
	}

	public List<Letter> letters() {
		return letters;
	}

	public Optional<Letter> letter(String slug) {
		return Optional.ofNullable(bySlug.get(slug));
	}

	/**
	 * The register of names and terms: every entity the letters mention, in the
	 * register's order.
	 */
	public Register register() {
		return register;
	}

	public Optional<Entity> entity(String id) {
		return register.entity(id);
	}

	/**
	 * A letter's two printings and their collation (the variants, the second pagination),
	 * when the content holds a second printing of it.
	 */
	public Optional<Printings> printings(String slug) {
		return Optional.ofNullable(printings.get(slug));
	}

	/**
	 * The edition's own front matter: the pages about it, its principles, its text,
	 * citing it, its data.
	 */
	public FrontMatter frontMatter() {
		return frontMatter;
	}

	/**
	 * The same edition with its front matter, which is read once the letters are, since
	 * it reports facts about them.
	 */
	public Edition withFrontMatter(FrontMatter frontMatter) {
		return new Edition(letters, register, printings, frontMatter);
	}

}
