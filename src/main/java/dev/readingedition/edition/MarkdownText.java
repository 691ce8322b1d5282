package dev.readingedition.edition;

import java.util.IdentityHashMap;
import java.util.Map;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.util.ast.Node;

/**
 * The words of a parsed Markdown block as a reader would copy them (no note marks, no
 * page marks, no pinned id, line breaks as spaces), and where each note reference, page
 * break, mention and link falls in them. White space is collapsed by the edition's one
 * rule ({@link WhiteSpace}) as it is read, so the places count characters of the final
 * text: the offsets every other part of the edition uses.
 */
final class MarkdownText {

	private final StringBuilder text = new StringBuilder();

	private final Map<Node, int[]> places = new IdentityHashMap<>();

	MarkdownText(Node block) {
		append(block);
		// A removed mark at the end leaves its space behind; the text ends with a word.
		if (!text.isEmpty() && text.charAt(text.length() - 1) == ' ') {
			text.setLength(text.length() - 1);
		}
	}

	/** The words of a block, alone. */
	static String of(Node block) {
		return new MarkdownText(block).text();
	}

	String text() {
		return text.toString();
	}

	/**
	 * Where a mention's phrase starts, or where a note reference or page break stands:
	 * the number of characters before it.
	 */
	int start(Node node) {
		return Math.min(places.get(node)[0], text.length());
	}

	/**
	 * Where a mention's phrase ends (exclusive); for a note reference, the same as its
	 * start.
	 */
	int end(Node node) {
		return Math.min(places.get(node)[1], text.length());
	}

	private void append(Node node) {
		for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
			if (child instanceof LinkRef reference && !reference.isDefined()) {
				// An unresolved [bracket] is shown as written, brackets and all.
				WhiteSpace.appendCollapsed(text, child.getChars().unescape());
			}
			else if (child instanceof Text || child instanceof HtmlEntity) {
				WhiteSpace.appendCollapsed(text, child.getChars().unescape());
			}
			else if (child instanceof Code code) {
				WhiteSpace.appendCollapsed(text, code.getText());
			}
			else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
				WhiteSpace.appendCollapsed(text, " ");
			}
			else if (child instanceof Footnote || child instanceof PageBreakNode) {
				places.put(child, new int[] { text.length(), text.length() });
			}
			else if (child instanceof MentionNode || child instanceof Link) {
				int start = text.length();
				append(child);
				// A phrase's edge spaces belong to the sentence around it, not to the
				// phrase.
				while (start < text.length() && text.charAt(start) == ' ') {
					start++;
				}
				int end = text.length();
				while (end > start && text.charAt(end - 1) == ' ') {
					end--;
				}
				places.put(child, new int[] { start, end });
			}
			else if (!(child instanceof AttributesNode)) {
				append(child);
			}
		}
	}

}
