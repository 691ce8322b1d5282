package dev.readingedition.printings;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * Collates a witness against the base text word by word, with java-diff-utils' Myers
 * alignment of the two word sequences (paragraph ends included as tokens, so the
 * paragraphs line up too), and classes each difference: substantive, orthographic, a
 * closing, or the encoding's alone. Plain Java, no state: thread-safe.
 */
public final class Collator {

	/**
	 * A paragraph's end, as a token: no text of a letter holds U+2029, the paragraph
	 * separator.
	 */
	private static final String PARAGRAPH_END = "\u2029";

	/** A closing is a line, not a paragraph of the letter: at most this many words. */
	private static final int LONGEST_CLOSING = 12;

	private Collator() {
	}

	/**
	 * Collates two texts, each a list of paragraphs' plain texts with white space
	 * collapsed.
	 * @param base the text the edition reproduces, paragraph by paragraph
	 * @param witness the other printing's, paragraph by paragraph
	 */
	public static Collation collate(List<String> base, List<String> witness) {
		List<Token> baseTokens = tokens(base);
		List<Token> witnessTokens = tokens(witness);
		Patch<Token> patch = DiffUtils.diff(baseTokens, witnessTokens, (a, b) -> a.word.equals(b.word));
		// For each witness token, the base token it stands against; negative where it
		// lies in a difference, as
		// -(the base token that difference starts at) - 1.
		int[] against = new int[witnessTokens.size()];
		int b = 0;
		int w = 0;
		List<Variant> variants = new ArrayList<>();
		int shown = 0;
		for (AbstractDelta<Token> delta : patch.getDeltas()) {
			int deltaBase = delta.getSource().getPosition();
			int deltaWitness = delta.getTarget().getPosition();
			while (w < deltaWitness) {
				against[w++] = b++;
			}
			for (int i = 0; i < delta.getTarget().size(); i++) {
				against[w++] = -deltaBase - 1;
			}
			b = deltaBase + delta.getSource().size();
			Variant.Kind kind = kind(delta, baseTokens.size(), witnessTokens.size());
			variants.add(variant(kind == Variant.Kind.ENCODING ? 0 : ++shown, kind, delta, baseTokens, witnessTokens));
		}
		while (w < witnessTokens.size()) {
			against[w++] = b++;
		}
		return new Collation(variants, paragraphs(witness.size(), witnessTokens, baseTokens, against),
				places(witness, witnessTokens, baseTokens, against));
	}

	private static Variant.Kind kind(AbstractDelta<Token> delta, int baseSize, int witnessSize) {
		List<Token> lemma = delta.getSource().getLines();
		List<Token> reading = delta.getTarget().getLines();
		boolean paragraphing = lemma.stream().anyMatch(Token::isParagraphEnd)
				|| reading.stream().anyMatch(Token::isParagraphEnd);
		if (paragraphing) {
			boolean atEnd = delta.getSource().getPosition() + lemma.size() == baseSize
					&& delta.getTarget().getPosition() + reading.size() == witnessSize;
			List<Token> added = lemma.isEmpty() ? reading : reading.isEmpty() ? lemma : null;
			if (atEnd && added != null && added.get(0).isParagraphEnd()
					&& added.stream().filter((token) -> !token.isParagraphEnd()).count() <= LONGEST_CLOSING) {
				return Variant.Kind.CLOSING;
			}
			return Variant.Kind.SUBSTANTIVE;
		}
		String lemmaWords = joined(lemma, "");
		String readingWords = joined(reading, "");
		if (lemmaWords.equals(readingWords)) {
			return Variant.Kind.ENCODING;
		}
		if (!lemma.isEmpty() && !reading.isEmpty() && spelling(lemmaWords).equals(spelling(readingWords))) {
			return Variant.Kind.ORTHOGRAPHIC;
		}
		return Variant.Kind.SUBSTANTIVE;
	}

	/**
	 * A word as its spelling is compared: case, accents, hyphens, apostrophes and
	 * quotation marks of either shape, and doubled letters aside, so "tranquility" and
	 * "tranquillity", "co-operate" and "cooperate" are one word.
	 */
	static String spelling(String words) {
		String folded = Normalizer.normalize(words.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			if (Character.getType(c) == Character.NON_SPACING_MARK || c == '-' || c == '\u00ad' || c == '\u2010'
					|| Character.isWhitespace(c)) {
				continue;
			}
			c = switch (c) {
				case '\u2018', '\u2019' -> '\'';
				case '\u201c', '\u201d' -> '"';
				default -> c;
			};
			if (Character.isLetter(c) && !out.isEmpty() && out.charAt(out.length() - 1) == c) {
				continue;
			}
			out.append(c);
		}
		return out.toString();
	}

	private static Variant variant(int number, Variant.Kind kind, AbstractDelta<Token> delta, List<Token> baseTokens,
			List<Token> witnessTokens) {
		List<Token> lemma = words(delta.getSource().getLines());
		List<Token> reading = words(delta.getTarget().getLines());
		// Where the base has no words here, the apparatus marks the word before the place
		// (or after it, at the
		// very start), as a printed apparatus does.
		List<Token> marked = lemma.isEmpty() ? List.of(neighbour(baseTokens, delta.getSource().getPosition())) : lemma;
		Token first = marked.get(0);
		Token last = marked.stream()
			.filter((token) -> token.paragraph == first.paragraph)
			.reduce((x, y) -> y)
			.orElse(first);
		int witnessParagraph;
		int witnessStart;
		int witnessEnd;
		if (reading.isEmpty()) {
			Token before = neighbour(witnessTokens, delta.getTarget().getPosition());
			witnessParagraph = before.paragraph;
			witnessStart = before.end;
			witnessEnd = before.end;
		}
		else {
			Token readingFirst = reading.get(0);
			Token readingLast = reading.stream()
				.filter((token) -> token.paragraph == readingFirst.paragraph)
				.reduce((x, y) -> y)
				.orElse(readingFirst);
			witnessParagraph = readingFirst.paragraph;
			witnessStart = readingFirst.start;
			witnessEnd = readingLast.end;
		}
		return new Variant(number, kind, first.paragraph, first.start, last.end, joined(lemma, " "), witnessParagraph,
				witnessStart, witnessEnd, joined(reading, " "));
	}

	/**
	 * The word before a position in a token list (or the first word, at the start),
	 * paragraph ends skipped.
	 */
	private static Token neighbour(List<Token> tokens, int position) {
		for (int i = Math.min(position, tokens.size()) - 1; i >= 0; i--) {
			if (!tokens.get(i).isParagraphEnd()) {
				return tokens.get(i);
			}
		}
		return tokens.stream().filter((token) -> !token.isParagraphEnd()).findFirst().orElseThrow();
	}

	private static List<Integer> paragraphs(int count, List<Token> witnessTokens, List<Token> baseTokens,
			int[] against) {
		List<Map<Integer, Integer>> votes = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			votes.add(new HashMap<>());
		}
		for (int w = 0; w < witnessTokens.size(); w++) {
			Token token = witnessTokens.get(w);
			if (!token.isParagraphEnd() && against[w] >= 0) {
				votes.get(token.paragraph - 1).merge(baseTokens.get(against[w]).paragraph, 1, Integer::sum);
			}
		}
		return votes.stream()
			.map((tally) -> tally.entrySet()
				.stream()
				.max(Map.Entry.comparingByValue())
				.map(Map.Entry::getKey)
				.orElse(0))
			.toList();
	}

	private static List<long[]> places(List<String> witness, List<Token> witnessTokens, List<Token> baseTokens,
			int[] against) {
		List<long[]> places = new ArrayList<>();
		for (String text : witness) {
			places.add(new long[text.length() + 1]);
		}
		// Walk each witness paragraph's tokens from its last; an offset in the space
		// after a word stays at that word's
		// end, and those before the first word go with it.
		for (int w = witnessTokens.size() - 1, next = -1; w >= 0; w--) {
			Token token = witnessTokens.get(w);
			if (token.isParagraphEnd()) {
				next = -1;
				continue;
			}
			long[] map = places.get(token.paragraph - 1);
			long here;
			int until = next < 0 ? map.length - 1 : witnessTokens.get(next).start - 1;
			for (int offset = token.start; offset <= until; offset++) {
				if (against[w] >= 0) {
					Token same = baseTokens.get(against[w]);
					here = pack(same.paragraph, same.start + Math.min(offset - token.start, same.end - same.start));
				}
				else {
					Token start = baseTokens.size() > -against[w] - 1 ? baseTokens.get(-against[w] - 1) : null;
					if (start == null || start.isParagraphEnd()) {
						Token before = neighbour(baseTokens, -against[w] - 1);
						here = pack(before.paragraph, before.end);
					}
					else {
						here = pack(start.paragraph, start.start);
					}
				}
				map[offset] = here;
			}
			if (token.start > 0 && (w == 0 || witnessTokens.get(w - 1).isParagraphEnd())) {
				for (int offset = 0; offset < token.start; offset++) {
					map[offset] = map[token.start];
				}
			}
			next = w;
		}
		return places;
	}

	private static long pack(int paragraph, int offset) {
		return (long) paragraph << 32 | offset;
	}

	private static List<Token> tokens(List<String> paragraphs) {
		List<Token> tokens = new ArrayList<>();
		for (int p = 0; p < paragraphs.size(); p++) {
			String text = paragraphs.get(p);
			if (p > 0) {
				tokens.add(new Token(PARAGRAPH_END, p, paragraphs.get(p - 1).length(), paragraphs.get(p - 1).length()));
			}
			int start = -1;
			for (int i = 0; i <= text.length(); i++) {
				boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
				if (!space && start < 0) {
					start = i;
				}
				else if (space && start >= 0) {
					tokens.add(new Token(text.substring(start, i), p + 1, start, i));
					start = -1;
				}
			}
		}
		return tokens;
	}

	private static List<Token> words(List<Token> tokens) {
		return tokens.stream().filter((token) -> !token.isParagraphEnd()).toList();
	}

	private static String joined(List<Token> tokens, String separator) {
		return String.join(separator, words(tokens).stream().map((token) -> token.word).toList());
	}

	/**
	 * A word of one text, or a paragraph's end.
	 *
	 * @param paragraph the paragraph it stands in, by number from 1 (for a paragraph's
	 * end, the paragraph it ends)
	 * @param start where it starts in that paragraph's text
	 * @param end where it ends (exclusive)
	 */
	private record Token(String word, int paragraph, int start, int end) {

		boolean isParagraphEnd() {
			return PARAGRAPH_END.equals(word);
		}

	}

}
