package dev.readingedition.edition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The guard over the ids the edition has published: reads the committed list and says,
 * for each published id the content would drop or give to other words, how to keep its
 * links working.
 */
final class PublishedIds {

	static final Path LIST = Path.of("content", "published-ids.txt");

	/**
	 * How many of a paragraph's first words the list keeps, to notice when its id has
	 * passed to other words.
	 */
	static final int OPENING_WORDS = 8;

	private static final Pattern SPACE = Pattern.compile("\\s+");

	private PublishedIds() {
	}

	/**
	 * One line of the list: a published id and, for a paragraph, the words it opened with
	 * when published.
	 */
	record Entry(String slug, String id, String openingWords) {

		String key() {
			return slug + "#" + id;
		}

	}

	static List<Entry> read(Path file) throws IOException {
		return parse(Files.readString(file));
	}

	static List<Entry> parse(String text) {
		List<Entry> entries = new ArrayList<>();
		for (String line : text.split("\\R")) {
			String stripped = line.strip();
			if (stripped.isEmpty() || stripped.startsWith("#")) {
				continue;
			}
			String[] parts = SPACE.split(stripped, 2);
			int hash = parts[0].indexOf('#');
			if (hash < 1) {
				throw new IllegalArgumentException("a published id is written slug#id, not '" + stripped + "'");
			}
			entries.add(new Entry(parts[0].substring(0, hash), parts[0].substring(hash + 1),
					parts.length > 1 ? parts[1] : null));
		}
		return entries;
	}

	/**
	 * The lines the list holds for a letter: its title, paragraphs (with their opening
	 * words), notes and pages.
	 */
	static List<String> lines(Letter letter) {
		List<String> lines = new ArrayList<>();
		lines.add(letter.slug() + "#" + LetterParser.TITLE_ANCHOR);
		for (Paragraph paragraph : letter.paragraphs()) {
			lines.add(letter.slug() + "#" + paragraph.id() + " " + openingWords(paragraph.text()));
		}
		for (Note note : letter.notes()) {
			lines.add(letter.slug() + "#" + note.id());
		}
		lines.add(letter.slug() + "#page" + letter.meta().firstPage());
		for (PageBreak pageBreak : letter.pageBreaks()) {
			lines.add(letter.slug() + "#" + pageBreak.id());
		}
		return lines;
	}

	static String openingWords(String text) {
		String[] words = SPACE.split(text.strip());
		return String.join(" ", List.of(words).subList(0, Math.min(OPENING_WORDS, words.length)));
	}

	/**
	 * The published ids whose links the content would break, each with what to do about
	 * it.
	 */
	static List<String> broken(List<Entry> published, Edition edition, Redirects redirects) {
		List<String> problems = new ArrayList<>();
		for (Entry entry : published) {
			Optional<Letter> found = edition.letter(entry.slug());
			if (found.isEmpty()) {
				problems.add(entry.key() + ": no letter has the slug '" + entry.slug()
						+ "' any more; keep the letter's slug, or every link to it breaks");
				continue;
			}
			Letter letter = found.get();
			String problem = LetterParser.PARAGRAPH_ID.matcher(entry.id()).matches()
					? paragraphProblem(entry, letter, redirects) : otherProblem(entry, letter);
			if (problem != null) {
				problems.add(entry.key() + ": " + problem);
			}
		}
		return problems;
	}

	private static String paragraphProblem(Entry entry, Letter letter, Redirects redirects) {
		Optional<Paragraph> paragraph = letter.paragraph(entry.id());
		Optional<Paragraph> moved = entry.openingWords() == null ? Optional.empty()
				: letter.paragraphs().stream().filter((p) -> opensWith(p, entry.openingWords())).findFirst();
		Optional<Paragraph> holding = entry.openingWords() == null ? Optional.empty()
				: letter.paragraphs().stream().filter((p) -> p.text().contains(entry.openingWords())).findFirst();
		String file = letter.sourceName();
		if (paragraph.isPresent()) {
			if (entry.openingWords() == null || opensWith(paragraph.get(), entry.openingWords())) {
				return null;
			}
			String now = "it was published for the paragraph beginning \"" + entry.openingWords()
					+ "\", but now leads to the paragraph beginning \"" + openingWords(paragraph.get().text()) + "\". ";
			if (moved.isPresent()) {
				return now + "Keep old links on their words: end the paragraph now numbered " + moved.get().number()
						+ " in " + file + " with ' {#" + entry.id() + "}', and give paragraph "
						+ paragraph.get().number() + " an id of its own (such as {#" + entry.id() + "a}). "
						+ "If the paragraph was only corrected, update its opening words in " + LIST + ".";
			}
			return now + "If the paragraph was only corrected, update its opening words in " + LIST
					+ "; otherwise pin {#" + entry.id() + "} on the paragraph its links should reach and give this "
					+ "one an id of its own (such as {#" + entry.id() + "a}).";
		}
		if (redirects.target(letter.slug(), entry.id()).isPresent()) {
			return null;
		}
		String suggestion = holding.map(Paragraph::id).orElse("p…");
		return "the letter no longer has this paragraph, so links to /letters/" + letter.slug() + "/" + entry.id()
				+ " would fail. Keep them working: pin the id on the paragraph that holds its words, by ending it"
				+ " with ' {#" + entry.id() + "}' in " + file + ", or add the line '" + entry.key() + " -> "
				+ suggestion + "' to " + Redirects.FILE + " in the content folder, which the server answers with a"
				+ " permanent redirect to the new paragraph.";
	}

	private static String otherProblem(Entry entry, Letter letter) {
		if (anchors(letter).contains(entry.id())) {
			return null;
		}
		if (entry.id().startsWith("n")) {
			return "the letter no longer has note " + entry.id().substring(1) + "; notes keep the numbers they "
					+ "were published with, so cite it again as [^" + entry.id().substring(1) + "] in "
					+ letter.sourceName();
		}
		if (entry.id().startsWith("page")) {
			return "the letter no longer marks printed page " + entry.id().substring(4) + "; keep its [Page "
					+ entry.id().substring(4) + "] mark where the page begins in " + letter.sourceName();
		}
		return "the letter no longer has this anchor; restore it in " + letter.sourceName();
	}

	/** Every id the letter's page carries for readers to link to. */
	static Set<String> anchors(Letter letter) {
		Set<String> anchors = new LinkedHashSet<>();
		for (String line : lines(letter)) {
			anchors.add(SPACE.split(line, 2)[0].substring(letter.slug().length() + 1));
		}
		return anchors;
	}

	/**
	 * The lines the list lacks for ids the content has: new ids, to be published by
	 * adding them.
	 */
	static List<String> unpublished(List<Entry> published, Edition edition) {
		Set<String> keys = new LinkedHashSet<>();
		published.forEach((entry) -> keys.add(entry.key()));
		List<String> missing = new ArrayList<>();
		for (Letter letter : edition.letters()) {
			for (String line : lines(letter)) {
				if (!keys.contains(SPACE.split(line, 2)[0])) {
					missing.add(line);
				}
			}
		}
		return missing;
	}

	private static boolean opensWith(Paragraph paragraph, String words) {
		return (paragraph.text() + " ").startsWith(SPACE.matcher(words.strip()).replaceAll(" ") + " ");
	}

}
