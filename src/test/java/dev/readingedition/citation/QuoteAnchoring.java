package dev.readingedition.citation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * How a Hypothesis client anchors a W3C {@code TextQuoteSelector} in a page, in Java, for
 * tests: it searches the {@code textContent} of the page's body for the exact words (only
 * exact occurrences, when there are any), scores each occurrence by how well the text
 * before and after it matches the selector's prefix and suffix (weights 50 for the quote,
 * 20 each for prefix and suffix, 2 for position, which without a position hint scores
 * every candidate alike), and takes the best. This follows the Hypothesis client's
 * {@code match-quote.ts}, whose context scores are edit distances of the context within
 * the text beside the candidate; ties go to the first candidate in the page, as its
 * stable sort does.
 */
public final class QuoteAnchoring {

	private QuoteAnchoring() {
	}

	/**
	 * A place the quote may anchor, with its score from 0 to 1.
	 *
	 * @param start the offset of its first character in the page's text
	 * @param end the offset after its last
	 * @param score how well it and its context match the selector
	 */
	public record Candidate(int start, int end, double score) {
	}

	/**
	 * Every exact occurrence of the quote, best first (ties in page order); empty when
	 * there is none.
	 */
	public static List<Candidate> candidates(String text, String exact, String prefix, String suffix) {
		List<Candidate> candidates = new ArrayList<>();
		for (int at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
			int end = at + exact.length();
			double prefixScore = prefix == null || prefix.isEmpty() ? 1.0
					: contextScore(text.substring(Math.max(0, at - prefix.length()), at), prefix);
			double suffixScore = suffix == null || suffix.isEmpty() ? 1.0
					: contextScore(text.substring(end, Math.min(text.length(), end + suffix.length())), suffix);
			double score = (50 * 1.0 + 20 * prefixScore + 20 * suffixScore + 2 * 1.0) / 92;
			candidates.add(new Candidate(at, end, score));
		}
		// List.sort is stable: equal scores keep page order, as JavaScript's sort does.
		candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
		return candidates;
	}

	/**
	 * 1 minus the fewest edits that make the context a substring of the text beside a
	 * candidate, over the context's length (0 when that text is empty).
	 */
	public static double contextScore(String window, String context) {
		if (window.isEmpty()) {
			return 0.0;
		}
		if (window.contains(context)) {
			return 1.0;
		}
		// Sellers' algorithm: edit distance of the context against the best substring of
		// the window.
		int m = context.length();
		int[] column = new int[m + 1];
		for (int i = 0; i <= m; i++) {
			column[i] = i;
		}
		int best = m;
		for (int j = 1; j <= window.length(); j++) {
			int diagonal = column[0];
			column[0] = 0;
			for (int i = 1; i <= m; i++) {
				int above = column[i];
				int cost = context.charAt(i - 1) == window.charAt(j - 1) ? 0 : 1;
				column[i] = Math.min(Math.min(column[i - 1] + 1, above + 1), diagonal + cost);
				diagonal = above;
			}
			best = Math.min(best, column[m]);
		}
		return 1.0 - (double) best / m;
	}

	/**
	 * The page's text as a browser's {@code textContent} gives it: every text node,
	 * scripts and styles too.
	 */
	public static String textContent(Element root) {
		StringBuilder text = new StringBuilder();
		collect(root, text);
		return text.toString();
	}

	/**
	 * Where an element's text begins in its page's text, and where it ends.
	 * @return {@code [start, end]}
	 */
	public static int[] range(Element root, Element element) {
		StringBuilder before = new StringBuilder();
		int[] found = new int[] { -1, -1 };
		walk(root, element, before, found);
		return found;
	}

	/**
	 * The editorial matter a page may set among the letter's words: note marks and notes,
	 * glosses, page markers.
	 */
	public static final String APPARATUS = ".note, sup, .pagebreak, .annotation, aside, [role=doc-noteref], .apparatus, "
			+ ".variant-ref";

	/**
	 * Where an element's own words stand in the page's text: its range without the
	 * apparatus at its start or end (a page marker of another printing inside a mention,
	 * say).
	 * @return {@code [start, end]}
	 */
	public static int[] wordsOf(Element root, Element element) {
		int[] range = range(root, element);
		StringBuilder text = new StringBuilder();
		List<Boolean> apparatus = new ArrayList<>();
		mask(root, null, false, text, apparatus, new int[] { -1 });
		int start = range[0];
		int end = range[1];
		while (start < end && (apparatus.get(start) || Character.isWhitespace(text.charAt(start)))) {
			start++;
		}
		while (end > start && (apparatus.get(end - 1) || Character.isWhitespace(text.charAt(end - 1)))) {
			end--;
		}
		return new int[] { start, end };
	}

	/**
	 * Where the letter's words that a note is attached to end: the last of the letter's
	 * characters before the note's mark, passing over white space and whatever apparatus
	 * stands between them (a gloss after a mention, say).
	 */
	public static int endOfWordsBefore(Element root, Element mark) {
		StringBuilder text = new StringBuilder();
		List<Boolean> apparatus = new ArrayList<>();
		int[] found = new int[] { -1 };
		mask(root, mark, false, text, apparatus, found);
		int end = found[0];
		while (end > 0 && (apparatus.get(end - 1) || Character.isWhitespace(text.charAt(end - 1)))) {
			end--;
		}
		return end;
	}

	private static boolean mask(Node node, Element mark, boolean inApparatus, StringBuilder text,
			List<Boolean> apparatus, int[] found) {
		if (node == mark) {
			found[0] = text.length();
			return true;
		}
		boolean here = inApparatus || node instanceof Element element && element.is(APPARATUS);
		String own = node instanceof TextNode t ? t.getWholeText() : node instanceof DataNode d ? d.getWholeData() : "";
		for (int i = 0; i < own.length(); i++) {
			text.append(own.charAt(i));
			apparatus.add(here || node instanceof DataNode);
		}
		for (Node child : node.childNodes()) {
			if (mask(child, mark, here, text, apparatus, found)) {
				return true;
			}
		}
		return false;
	}

	private static boolean walk(Node node, Element target, StringBuilder text, int[] found) {
		if (node == target) {
			found[0] = text.length();
			collect(node, text);
			found[1] = text.length();
			return true;
		}
		if (node instanceof TextNode t) {
			text.append(t.getWholeText());
		}
		else if (node instanceof DataNode d) {
			text.append(d.getWholeData());
		}
		for (Node child : node.childNodes()) {
			if (walk(child, target, text, found)) {
				return true;
			}
		}
		return false;
	}

	private static void collect(Node node, StringBuilder text) {
		if (node instanceof TextNode t) {
			text.append(t.getWholeText());
		}
		else if (node instanceof DataNode d) {
			text.append(d.getWholeData());
		}
		for (Node child : node.childNodes()) {
			collect(child, text);
		}
	}

}
