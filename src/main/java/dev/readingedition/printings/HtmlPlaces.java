package dev.readingedition.printings;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * One paragraph's rendered HTML, edited at places of its plain text: offsets count
 * characters of the text as the model has it (notes, page marks and glosses aside, white
 * space collapsed), as {@link dev.readingedition.edition.TextMarker} reads it. Edit from
 * the last place back, so earlier offsets hold. Not thread-safe: one per paragraph being
 * rendered.
 */
final class HtmlPlaces {

	/** Elements whose text is not the paragraph's own words, as TextMarker has them. */
	static final String NOT_TEXT = ".note, sup, .pagebreak, .annotation";

	private final Document document;

	private final List<TextNode> nodes = new ArrayList<>();

	private final List<Integer> offsets = new ArrayList<>();

	private int length;

	HtmlPlaces(String html) {
		this.document = Jsoup.parseBodyFragment(html);
		document.outputSettings().prettyPrint(false);
		collect(document.body());
	}

	private void reindex() {
		nodes.clear();
		offsets.clear();
		length = 0;
		collect(document.body());
	}

	private void collect(Element element) {
		for (Node child : element.childNodes()) {
			if (child instanceof TextNode text) {
				String raw = text.getWholeText();
				for (int i = 0; i < raw.length(); i++) {
					if (Character.isWhitespace(raw.charAt(i))
							&& (length == 0 || Character.isWhitespace(charAt(length - 1)))) {
						continue;
					}
					nodes.add(text);
					offsets.add(i);
					length++;
				}
			}
			else if (child instanceof Element inner && !inner.is(NOT_TEXT)) {
				collect(inner);
			}
		}
	}

	private char charAt(int position) {
		return nodes.get(position).getWholeText().charAt(offsets.get(position));
	}

	/**
	 * Puts HTML before the character at an offset (or after the last character, at the
	 * text's end).
	 */
	void insert(int offset, String html) {
		if (offset >= length) {
			TextNode last = nodes.get(length - 1);
			split(last, offsets.get(length - 1) + 1).before(html);
			reindex();
			return;
		}
		TextNode node = nodes.get(offset);
		Node at = offsets.get(offset) == 0 ? node : node.splitText(offsets.get(offset));
		// A break that falls where a mention (or any inline element) begins goes before
		// that element, not inside it:
		// a mention holds no page break, and its words stay its words.
		while (at.siblingIndex() == 0 && at.parent() instanceof Element parent && parent != document.body()) {
			at = parent;
		}
		at.before(html);
		reindex();
	}

	/**
	 * Wraps the characters of a range in elements of one class, one per text node it
	 * crosses, and puts HTML after the range, outside any link it ends in (links do not
	 * nest).
	 */
	void wrap(int start, int end, String className, String after) {
		int to = Math.min(end, length);
		Node last = null;
		int position = to - 1;
		while (position >= start) {
			TextNode node = nodes.get(position);
			int nodeEnd = offsets.get(position) + 1;
			int from = position;
			while (from - 1 >= start && nodes.get(from - 1) == node) {
				from--;
			}
			TextNode middle = offsets.get(from) > 0 ? node.splitText(offsets.get(from)) : node;
			if (nodeEnd - offsets.get(from) < middle.getWholeText().length()) {
				middle.splitText(nodeEnd - offsets.get(from));
			}
			Element span = new Element("span").addClass(className);
			middle.before(span);
			span.appendChild(middle);
			if (last == null) {
				last = span;
			}
			position = from - 1;
		}
		if (last != null) {
			Node outer = last;
			for (Element parent = (Element) last.parent(); parent != null
					&& parent != document.body(); parent = parent.parent()) {
				if (parent.tagName().equals("a")) {
					outer = parent;
				}
			}
			outer.after(after);
		}
		reindex();
	}

	private static TextNode split(TextNode node, int at) {
		if (at >= node.getWholeText().length()) {
			TextNode empty = new TextNode("");
			node.after(empty);
			return empty;
		}
		return node.splitText(at);
	}

	String html() {
		return document.body().html();
	}

}
