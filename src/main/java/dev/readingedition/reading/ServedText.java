package dev.readingedition.reading;

import java.util.ArrayList;
import java.util.List;

import dev.readingedition.edition.TextMarker;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A paragraph (or the title) as the reading page serves it, read the way annotation clients read a page: its
 * {@code textContent}, which holds the letter's words and whatever the model's HTML sets among them (note marks and
 * notes, glosses, page markers), and where each character of the letter's own text stands in it. Web Annotation
 * selectors give their context from this text, so that a client searching the page finds them at their words.
 * The letter's text is read from the HTML as {@link TextMarker} reads it, so its offsets are the model's.
 */
public final class ServedText {

	/** What {@link TextMarker} does not count as the letter's words. */
	private static final String APPARATUS = ".note, sup, .pagebreak, .annotation";

	private final StringBuilder served = new StringBuilder();

	private final StringBuilder words = new StringBuilder();

	private final List<Integer> positions = new ArrayList<>();

	private ServedText(String lead, String html) {
		served.append(lead);
		collect(Jsoup.parseBodyFragment(html).body(), false);
		// The model's text is stripped, as TextMarker's is.
		while (words.length() > 0 && words.charAt(words.length() - 1) == ' ') {
			words.setLength(words.length() - 1);
			positions.remove(positions.size() - 1);
		}
	}

	/**
	 * The served text of a paragraph's (or the title's) HTML.
	 * @throws IllegalStateException if its words differ from the model's text, which would make its offsets wrong
	 */
	public static ServedText of(String html, String modelText) {
		return of("", html, modelText);
	}

	/**
	 * The served text of a paragraph's (or the title's) HTML after the text the page serves just before it: a
	 * paragraph's number, the title's document number. A client reads its context across that boundary, and a quote
	 * at a paragraph's start needs it: "The " alone would be found anywhere.
	 * @param lead what the page's text holds right before the HTML (the reading page's markup decides it)
	 */
	public static ServedText of(String lead, String html, String modelText) {
		ServedText text = new ServedText(lead, html);
		if (!text.words.toString().equals(modelText)) {
			throw new IllegalStateException("the words read from the HTML differ from the model's text: \"" + text.words
					+ "\" / \"" + modelText + "\"");
		}
		return text;
	}

	/** The whole text as served. */
	public String text() {
		return served.toString();
	}

	/** Where the model's character at {@code index} stands in the served text. */
	public int position(int index) {
		return positions.get(index);
	}

	/**
	 * Whether the model's characters from {@code start} to {@code end} stand side by side in the served text, with
	 * nothing of the apparatus among them.
	 */
	public boolean contiguous(int start, int end) {
		return end > start && position(end - 1) - position(start) == end - 1 - start;
	}

	private void collect(Node parent, boolean apparatus) {
		for (Node child : parent.childNodes()) {
			if (child instanceof TextNode textNode) {
				String raw = textNode.getWholeText();
				for (int i = 0; i < raw.length(); i++) {
					char c = raw.charAt(i);
					if (!apparatus) {
						if (Character.isWhitespace(c)) {
							// White space collapses in the model's text, and is dropped at its start.
							if (words.length() > 0 && words.charAt(words.length() - 1) != ' ') {
								words.append(' ');
								positions.add(served.length());
							}
						}
						else {
							words.append(c);
							positions.add(served.length());
						}
					}
					served.append(c);
				}
			}
			else if (child instanceof DataNode data) {
				served.append(data.getWholeData());
			}
			else if (child instanceof Element element) {
				collect(element, apparatus || element.is(APPARATUS));
			}
		}
	}

}
