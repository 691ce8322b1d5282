package dev.readingedition.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.readingedition.edition.Edition;
import dev.readingedition.edition.Entity;

/**
 * Suggestions as the reader types: the register's names and terms whose words start with
 * the words typed, then the index's words that complete the last word typed, most used
 * first, each in its own written form. Bounded: a few suggestions, from a scan of at most
 * a few thousand index words, so it can answer every keystroke.
 */
final class Completions {

	/**
	 * The shortest word typed that is completed: one letter would offer a tenth of the
	 * vocabulary.
	 */
	static final int MIN_PREFIX = 2;

	/**
	 * How many of the suggestions may be register entries, so that words are offered too.
	 */
	private static final int MAX_ENTITIES = 5;

	private final Vocabulary vocabulary;

	private final List<Named> entities;

	/** A register entity and its name's words, folded once. */
	private record Named(Entity entity, List<String> words) {
	}

	Completions(Edition edition, Vocabulary vocabulary) {
		this.vocabulary = vocabulary;
		List<Named> named = new ArrayList<>();
		for (Entity entity : edition.register().entities()) {
			named.add(new Named(entity, words(entity.name())));
		}
		named.sort(Comparator.comparing((Named n) -> n.entity().name()));
		this.entities = List.copyOf(named);
	}

	/**
	 * What to offer for what has been typed so far.
	 * @param typed the search box's contents
	 * @param limit how many suggestions at most
	 */
	List<Completion> complete(String typed, int limit) {
		List<String> typedWords = words(typed);
		if (typedWords.isEmpty() || typedWords.get(typedWords.size() - 1).length() < MIN_PREFIX) {
			return List.of();
		}
		List<Completion> completions = new ArrayList<>();
		Set<String> offered = new HashSet<>();
		for (Named named : entities) {
			if (completions.size() >= Math.min(limit, MAX_ENTITIES)) {
				break;
			}
			if (typedWords.stream().allMatch((word) -> named.words().stream().anyMatch((w) -> w.startsWith(word)))) {
				Entity entity = named.entity();
				completions.add(new Completion(entity.name(), entity.kind().name().toLowerCase(java.util.Locale.ROOT),
						"\"" + entity.name().replace("\"", "") + "\""));
				offered.add(String.join(" ", named.words()));
			}
		}
		String last = typedWords.get(typedWords.size() - 1);
		String head = headOf(typed);
		for (String folded : vocabulary.startingWith(vocabulary.fold(last), limit)) {
			if (completions.size() >= limit) {
				break;
			}
			String text = head + vocabulary.written(folded);
			if (offered.add(String.join(" ", words(text)))) {
				completions.add(new Completion(text, "word", text));
			}
		}
		return completions;
	}

	/** What was typed before its last word, as typed, so a completion keeps it. */
	private static String headOf(String typed) {
		String stripped = typed.stripTrailing();
		int space = stripped.length() - 1;
		while (space >= 0 && !Character.isWhitespace(stripped.charAt(space))) {
			space--;
		}
		return stripped.substring(0, space + 1);
	}

	/**
	 * The words of a text folded as the index folds them: lower case, plain ASCII,
	 * letters and digits only.
	 */
	private List<String> words(String text) {
		String folded = vocabulary.fold(text).utf8ToString();
		return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter((word) -> !word.isEmpty()).toList();
	}

}
