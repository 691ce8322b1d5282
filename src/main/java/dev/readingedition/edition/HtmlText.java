package dev.readingedition.edition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * A rendering's HTML (a paragraph, or the margin of its notes and glosses) with the words
 * it shows: for each stretch of words, the plain text as the model holds it
 * ({@link Paragraph#text()}, {@link Note#text()}, {@link Entity#glossText()}), and where
 * each of its characters stands in the HTML and in the text the page serves (its
 * {@code textContent}). It is read once, when the content is loaded; marking words then
 * only inserts tags at those places ({@link TextMarker}), and a quote's context is read
 * from the served text, with no parsing per request. Immutable; equal when the HTML is,
 * since everything else is read from it.
 */
public final class HtmlText {

	/**
	 * Elements whose text is not part of a paragraph's own words: notes, note marks, page
	 * marks and glosses.
	 */
	public static final String NOT_PARAGRAPH_TEXT = ".note, sup, .pagebreak, .annotation";

	/**
	 * Elements inside a note that are not part of the note's words: its number and the
	 * way back.
	 */
	private static final String NOT_NOTE_TEXT = ".note-number, [role=doc-backlink]";

	/**
	 * Elements inside a gloss that are not part of the gloss's words: its kind, heading,
	 * sources and way back.
	 */
	private static final String NOT_GLOSS_TEXT = ".kind, .annotation > b, .annotation > small, [role=doc-backlink]";

	/** The stretch of a paragraph's own words, in {@link #words(String)}. */
	public static final String PARAGRAPH = "";

	/**
	 * What follows a gloss's anchor to name the stretch of its heading (the entity's
	 * name), e.g. "a-adzhubei name".
	 */
	public static final String NAME = " name";

	private final String html;

	private final Map<String, Words> words;

	private HtmlText(String html, Map<String, Words> words) {
		this.html = html;
		this.words = Map.copyOf(words);
	}

	/**
	 * A paragraph's (or a title's) HTML, with its own words as the stretch
	 * {@link #PARAGRAPH}.
	 */
	public static HtmlText ofParagraph(String html) {
		Element root = parse(html);
		return new HtmlText(html, Map.of(PARAGRAPH, new Words(html, root, NOT_PARAGRAPH_TEXT)));
	}

	/**
	 * A margin's HTML, with the words of each note by its anchor ({@code n4}), of each
	 * gloss by its anchor ({@code a-adzhubei}) and of each gloss's heading by its anchor
	 * and {@link #NAME}.
	 */
	public static HtmlText ofMargin(String html) {
		Element root = parse(html);
		Map<String, Words> words = new LinkedHashMap<>();
		for (Element note : root.select(".note[id]")) {
			words.put(note.id(), new Words(html, note, NOT_NOTE_TEXT));
		}
		for (Element gloss : root.select(".annotation[id]")) {
			words.put(gloss.id(), new Words(html, gloss, NOT_GLOSS_TEXT));
			Element name = gloss.selectFirst(".annotation > b");
			if (name != null) {
				words.put(gloss.id() + NAME, new Words(html, name, ""));
			}
		}
		return new HtmlText(html, words);
	}

	public String html() {
		return html;
	}

	/**
	 * A stretch of words, by its name: {@link #PARAGRAPH}, a note's or gloss's anchor, a
	 * gloss's name.
	 */
	public Optional<Words> words(String stretch) {
		return Optional.ofNullable(words.get(stretch));
	}

	/**
	 * The words of a stretch, or the empty string when the HTML holds no such stretch.
	 */
	public String text(String stretch) {
		return words(stretch).map(Words::text).orElse("");
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof HtmlText that && that.html.equals(html);
	}

	@Override
	public int hashCode() {
		return html.hashCode();
	}

	@Override
	public String toString() {
		return html;
	}

	/** The HTML as a tree whose text nodes know where in the HTML they were read from. */
	private static Element parse(String html) {
		Element root = new Element("body");
		Parser parser = Parser.htmlParser().setTrackPosition(true);
		for (Node node : parser.parseFragmentInput(html, root, "")) {
			root.appendChild(node);
		}
		return root;
	}

	/**
	 * One stretch of words: its plain text, white space collapsed by the edition's rule
	 * as the model's text is, and for each character the text node it comes from and the
	 * characters of the HTML it was read from (one, or an entity such as {@code &amp;}).
	 */
	public static final class Words {

		private final StringBuilder text = new StringBuilder();

		private final StringBuilder served = new StringBuilder();

		private final List<int[]> places = new ArrayList<>();

		private int node;

		private Words(String html, Element root, String skipped) {
			collect(html, root, skipped, false);
			// The model's text is stripped: a removed mark at the end leaves no space
			// behind.
			while (!text.isEmpty() && text.charAt(text.length() - 1) == ' ') {
				text.setLength(text.length() - 1);
				places.remove(places.size() - 1);
			}
		}

		/** The words alone. */
		public String text() {
			return text.toString();
		}

		/**
		 * The text the page serves for this stretch: its words and whatever the HTML sets
		 * among them.
		 */
		public String served() {
			return served.toString();
		}

		/**
		 * Where the character at {@code index} of {@link #text()} stands in
		 * {@link #served()}.
		 */
		public int servedAt(int index) {
			return places.get(index)[3];
		}

		/**
		 * Where in the HTML the character at {@code index} of {@link #text()} was read
		 * from.
		 */
		int from(int index) {
			return places.get(index)[0];
		}

		/** Where in the HTML the character at {@code index} ends (exclusive). */
		int to(int index) {
			return places.get(index)[1];
		}

		/**
		 * Which text node of the HTML the character at {@code index} stands in; a mark
		 * cannot cross two.
		 */
		int node(int index) {
			return places.get(index)[2];
		}

		private void collect(String html, Element parent, String skipped, boolean apparatus) {
			for (Node child : parent.childNodes()) {
				if (child instanceof TextNode textNode) {
					read(html, textNode, apparatus);
				}
				else if (child instanceof DataNode data) {
					served.append(data.getWholeData());
				}
				else if (child instanceof Element element) {
					collect(html, element, skipped, apparatus || (!skipped.isEmpty() && element.is(skipped)));
				}
			}
		}

		/**
		 * Reads one text node: its characters as parsed, each with the span of the HTML
		 * it came from, found by walking the node's source alongside them (an entity is
		 * several characters of HTML for one of text).
		 */
		private void read(String html, TextNode textNode, boolean apparatus) {
			String chars = textNode.getWholeText();
			org.jsoup.nodes.Range range = textNode.sourceRange();
			if (!range.isTracked()) {
				throw new IllegalStateException("no source position for the text '" + chars + "'");
			}
			int source = range.startPos();
			int end = range.endPos();
			int index = 0;
			while (index < chars.length()) {
				int next = source + 1;
				String decoded = String.valueOf(chars.charAt(index));
				if (html.charAt(source) == '&') {
					int semicolon = html.indexOf(';', source);
					if (semicolon > source && semicolon < end) {
						String written = html.substring(source, semicolon + 1);
						String entity = Parser.unescapeEntities(written, false);
						if (!entity.equals(written) && chars.startsWith(entity, index)) {
							decoded = entity;
							next = semicolon + 1;
						}
					}
				}
				for (int k = 0; k < decoded.length(); k++) {
					add(chars.charAt(index + k), source, next, apparatus);
				}
				index += decoded.length();
				source = next;
			}
			if (source != end) {
				throw new IllegalStateException("the text '" + chars + "' does not match its HTML '"
						+ html.substring(range.startPos(), end) + "'");
			}
			node++;
		}

		private void add(char c, int from, int to, boolean apparatus) {
			if (!apparatus) {
				char kept = c;
				if (WhiteSpace.is(c)) {
					// Collapse runs of white space, and drop it at the start, as the
					// model's text does.
					kept = text.isEmpty() || text.charAt(text.length() - 1) == ' ' ? 0 : ' ';
				}
				if (kept != 0) {
					text.append(kept);
					places.add(new int[] { from, to, node, served.length() });
				}
			}
			served.append(c);
		}

	}

}
