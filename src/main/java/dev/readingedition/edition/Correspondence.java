package dev.readingedition.edition;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The letters in their thread: what each answers and what answered it (from the front
 * matter's {@code answers} and {@code answered-by}, each side completing the other), the
 * previous and next letter by date, and which paragraphs of other letters quote or name a
 * paragraph (a paragraph's link to {@code /letters/slug/p17}). Computed once per load of
 * the content, with the {@link Edition}.
 */
public final class Correspondence {

	/**
	 * A link from a paragraph to a letter of the edition: {@code /letters/slug}, perhaps
	 * {@code /p17} or {@code #p17}.
	 */
	private static final Pattern LETTER_LINK = Pattern
		.compile("/letters/([a-z0-9]+(?:-[a-z0-9]+)*)(?:/(p[0-9]+[a-z]*))?(?:[?#].*)?");

	private static final Pattern FRUS_DOCUMENT = Pattern
		.compile("https?://history\\.state\\.gov/historicaldocuments/frus(\\d{4})-(\\d{2})v(\\d+)/d(\\d+)");

	/**
	 * One end of a thread: a letter of the edition, or a document outside it (by its
	 * address).
	 *
	 * @param letter the letter, or {@code null} for a document outside the edition
	 * @param url the outside document's address, or {@code null} for a letter of the
	 * edition
	 */
	public record Correspondent(Letter letter, URI url) {

		public boolean inEdition() {
			return letter != null;
		}

		/**
		 * How the thread names an outside document: "FRUS 1961–1963, vol. VI, doc. 26"
		 * for a FRUS address.
		 */
		public String label() {
			if (letter != null) {
				return letter.meta().title();
			}
			Matcher m = FRUS_DOCUMENT.matcher(url.toString());
			if (m.matches()) {
				return "FRUS " + m.group(1) + "–19" + m.group(2) + ", vol. " + roman(Integer.parseInt(m.group(3)))
						+ ", doc. " + m.group(4);
			}
			return url.toString();
		}

	}

	/**
	 * A paragraph of one letter that links to a paragraph of another, as Kennedy's quotes
	 * Khrushchev's.
	 *
	 * @param letter the quoting letter
	 * @param paragraph the quoting paragraph
	 * @param link the link, with the quoted words
	 * @param target the letter quoted
	 * @param targetParagraphId the paragraph quoted
	 */
	public record Quotation(Letter letter, Paragraph paragraph, TextLink link, Letter target,
			String targetParagraphId) {
	}

	/**
	 * A letter's place in the correspondence.
	 *
	 * @param answers what it answers, in the order its front matter gives
	 * @param answeredBy what answered it: its own front matter's list, then every letter
	 * that says it answers it
	 * @param previous the letter before it by date, or {@code null}
	 * @param next the letter after it by date, or {@code null}
	 * @param quotedIn for each of its paragraphs that others quote, by paragraph id, the
	 * quoting paragraphs
	 * @param quotes the paragraphs of other letters this one quotes, in reading order
	 */
	public record Thread(Letter letter, List<Correspondent> answers, List<Correspondent> answeredBy, Letter previous,
			Letter next, Map<String, List<Quotation>> quotedIn, List<Quotation> quotes) {

		public Thread {
			answers = List.copyOf(answers);
			answeredBy = List.copyOf(answeredBy);
			quotedIn = Map.copyOf(quotedIn);
			quotes = List.copyOf(quotes);
		}

		public List<Quotation> quotedIn(String paragraphId) {
			return quotedIn.getOrDefault(paragraphId, List.of());
		}

		/**
		 * What the letter answers, leaving out its previous and next letter (the foot
		 * names their part in the thread).
		 */
		public List<Correspondent> otherAnswers() {
			return answers.stream().filter((c) -> !neighbour(c)).toList();
		}

		/** What answered the letter, leaving out its previous and next letter. */
		public List<Correspondent> otherAnsweredBy() {
			return answeredBy.stream().filter((c) -> !neighbour(c)).toList();
		}

		/**
		 * The part a neighbouring letter plays in this one's thread: "which this letter
		 * answers", "its answer", or nothing when it is only the letter before or after
		 * by date.
		 */
		public String role(Letter neighbour) {
			if (neighbour == null) {
				return "";
			}
			if (answers.stream().anyMatch((c) -> c.letter() == neighbour)) {
				return ", which this letter answers";
			}
			if (answeredBy.stream().anyMatch((c) -> c.letter() == neighbour)) {
				return ", its answer";
			}
			return "";
		}

		private boolean neighbour(Correspondent c) {
			return c.letter() != null && (c.letter() == previous || c.letter() == next);
		}

		/** Whether there is anything to say about the letter's thread. */
		public boolean isEmpty() {
			return answers.isEmpty() && answeredBy.isEmpty() && previous == null && next == null;
		}

	}

	private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
		.ofPattern("MMMM d, yyyy", java.util.Locale.ENGLISH);

	private static final java.time.format.DateTimeFormatter SHORT_DAY = java.time.format.DateTimeFormatter
		.ofPattern("MMM d, yyyy", java.util.Locale.ENGLISH);

	private final Map<String, Thread> threads;

	/** A letter as the thread names it: "Khrushchev to Kennedy, December 13, 1961". */
	public static String describe(Letter letter) {
		Metadata meta = letter.meta();
		String date = meta.dated() ? DAY.format(meta.date()) : "undated (" + SHORT_DAY.format(meta.dateNotBefore())
				+ " \u2013 " + SHORT_DAY.format(meta.dateNotAfter()) + ")";
		return surname(meta.author()) + " to " + surname(meta.recipient()) + ", " + date;
	}

	/**
	 * A letter's date in words; an undated letter's is the range its editors give:
	 * "undated (… – …)".
	 */
	public static String date(Letter letter) {
		Metadata meta = letter.meta();
		if (meta.dated()) {
			return DAY.format(meta.date());
		}
		return "undated (between " + DAY.format(meta.dateNotBefore()) + " and " + DAY.format(meta.dateNotAfter()) + ")";
	}

	/**
	 * The last word of a name, which is the surname in the names the edition's front
	 * matter gives.
	 */
	public static String surname(String name) {
		String[] words = name.strip().split("\\s+");
		return words[words.length - 1];
	}

	/**
	 * @param letters the edition's letters in date order; their thread references must
	 * resolve (the loader checks them with file and line first, see {@link #problems})
	 */
	Correspondence(List<Letter> letters) {
		Map<String, Letter> bySlug = new LinkedHashMap<>();
		letters.forEach((l) -> bySlug.put(l.slug(), l));
		Map<String, Set<String>> answeredBy = new LinkedHashMap<>();
		for (Letter letter : letters) {
			answeredBy.computeIfAbsent(letter.slug(), (k) -> new LinkedHashSet<>()).addAll(letter.meta().answeredBy());
		}
		for (Letter letter : letters) {
			for (String answered : letter.meta().answers()) {
				if (bySlug.containsKey(answered)) {
					answeredBy.computeIfAbsent(answered, (k) -> new LinkedHashSet<>()).add(letter.slug());
				}
			}
		}
		Map<String, Map<String, List<Quotation>>> quotedIn = new LinkedHashMap<>();
		Map<String, List<Quotation>> quotes = new LinkedHashMap<>();
		for (Letter letter : letters) {
			for (Paragraph paragraph : letter.paragraphs()) {
				for (TextLink link : paragraph.links()) {
					Matcher m = LETTER_LINK.matcher(link.href());
					if (m.matches() && m.group(2) != null && bySlug.containsKey(m.group(1))
							&& !m.group(1).equals(letter.slug())) {
						Letter target = bySlug.get(m.group(1));
						Quotation quotation = new Quotation(letter, paragraph, link, target, m.group(2));
						quotedIn.computeIfAbsent(target.slug(), (k) -> new LinkedHashMap<>())
							.computeIfAbsent(m.group(2), (k) -> new ArrayList<>())
							.add(quotation);
						quotes.computeIfAbsent(letter.slug(), (k) -> new ArrayList<>()).add(quotation);
					}
				}
			}
		}
		Map<String, Thread> threads = new LinkedHashMap<>();
		for (int i = 0; i < letters.size(); i++) {
			Letter letter = letters.get(i);
			threads.put(letter.slug(), new Thread(letter, resolve(letter.meta().answers(), bySlug),
					resolve(answeredBy.get(letter.slug()), bySlug), i > 0 ? letters.get(i - 1) : null,
					i + 1 < letters.size() ? letters.get(i + 1) : null, quotedIn.getOrDefault(letter.slug(), Map.of()),
					quotes.getOrDefault(letter.slug(), List.of())));
		}
		this.threads = Map.copyOf(threads);
	}

	public Thread thread(Letter letter) {
		return Objects.requireNonNull(threads.get(letter.slug()), () -> "no letter " + letter.slug());
	}

	public Optional<Thread> thread(String slug) {
		return Optional.ofNullable(threads.get(slug));
	}

	private static List<Correspondent> resolve(Iterable<String> refs, Map<String, Letter> bySlug) {
		List<Correspondent> resolved = new ArrayList<>();
		for (String ref : refs) {
			Letter letter = bySlug.get(ref);
			if (letter != null) {
				resolved.add(new Correspondent(letter, null));
			}
			else if (ref.startsWith("http")) {
				resolved.add(new Correspondent(null, URI.create(ref)));
			}
		}
		return resolved;
	}

	/**
	 * What is wrong with the letters' thread references: a slug in {@code answers} or
	 * {@code answered-by} that names no letter, a letter that answers itself, or a
	 * paragraph link to a letter or paragraph that does not exist. Each problem names the
	 * file and the line.
	 */
	static List<ContentException> problems(List<Letter> letters) {
		Map<String, Letter> bySlug = new LinkedHashMap<>();
		letters.forEach((l) -> bySlug.put(l.slug(), l));
		List<ContentException> problems = new ArrayList<>();
		for (Letter letter : letters) {
			for (String field : List.of("answers", "answered-by")) {
				List<String> refs = field.equals("answers") ? letter.meta().answers() : letter.meta().answeredBy();
				for (String ref : refs) {
					if (ref.startsWith("http")) {
						continue;
					}
					if (ref.equals(letter.slug())) {
						problems.add(new ContentException(letter.sourceName(), line(letter, field + ":"),
								"'" + field + "' names the letter itself"));
					}
					else if (!bySlug.containsKey(ref)) {
						problems.add(new ContentException(letter.sourceName(), line(letter, ref),
								"'" + field + "' names '" + ref + "', which is no letter of the edition; give the slug "
										+ "of a letter in the content folder, or the web address of a document "
										+ "outside the edition"));
					}
				}
			}
			for (Paragraph paragraph : letter.paragraphs()) {
				for (TextLink link : paragraph.links()) {
					Matcher m = LETTER_LINK.matcher(link.href());
					if (!m.matches()) {
						continue;
					}
					Letter target = bySlug.get(m.group(1));
					if (target == null) {
						problems.add(new ContentException(letter.sourceName(), line(letter, link.href()),
								"the link to " + link.href() + " leads to no letter of the edition"));
					}
					else if (m.group(2) != null && target.paragraph(m.group(2)).isEmpty()) {
						problems.add(new ContentException(letter.sourceName(), line(letter, link.href()), "the link to "
								+ link.href() + " names a paragraph that '" + target.slug() + "' does not have"));
					}
				}
			}
		}
		return problems;
	}

	/**
	 * The line of the letter's Markdown where the words first stand, for messages; 0 when
	 * they are not found.
	 */
	private static int line(Letter letter, String words) {
		int at = letter.markdown().indexOf(words);
		if (at < 0) {
			return 0;
		}
		int line = 1;
		for (int i = 0; i < at; i++) {
			if (letter.markdown().charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

	private static String roman(int number) {
		String[] numerals = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };
		int[] values = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < values.length; i++) {
			while (number >= values[i]) {
				out.append(numerals[i]);
				number -= values[i];
			}
		}
		return out.toString();
	}

}
