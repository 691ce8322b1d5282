package dev.readingedition.edition;

import java.util.Map;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * The notes and glosses of one paragraph (or of the title), in the order the paragraph
 * cites them, as the HTML of the margin that stands after it: a note for each reference,
 * a gloss for each first mention of a register entity. They are kept out of the paragraph
 * so that its text is the letter's text, for a reader who copies it and for a client that
 * anchors a quote in it; CSS and the page's script set them beside their lines. A note
 * says where it is cited in {@code data-place} ("¶ 3, p. 820"), which print shows when
 * its CSS gathers the margins after the letter as endnotes (a gloss's place there is its
 * paragraph, which CSS counts).
 */
final class MarginRendering {

	private MarginRendering() {
	}

	/**
	 * The margin of a block, or the empty string when it cites nothing.
	 * @param block a paragraph or the title heading, as parsed
	 * @param paragraph the paragraph's number, or 0 for the title
	 * @param notes the letter's notes read so far, by label, each with its HTML rendered
	 */
	static String html(Node block, int paragraph, Map<String, Note> notes) {
		String place = paragraph == 0 ? "title" : "\u00b6 " + paragraph;
		StringBuilder html = new StringBuilder();
		for (Node node : block.getDescendants()) {
			if (node instanceof Footnote reference) {
				Note note = notes.get(reference.getText().toString());
				note(html, note, place + ", p. " + note.page());
			}
			else if (node instanceof MentionNode mention && mention.number() == 1) {
				gloss(html, mention.entity());
			}
		}
		return html.toString();
	}

	/** The note's number, its words, and the way back to its reference. */
	private static void note(StringBuilder html, Note note, String place) {
		html.append("<div id=\"")
			.append(note.id())
			.append("\" class=\"note\" role=\"doc-footnote\" data-place=\"")
			.append(escape(place))
			.append("\">");
		html.append("<span class=\"note-number\">").append(escape(note.label())).append("</span> ");
		html.append(note.html()).append(' ');
		backlink(html, note.refId(), "Back to the text at note " + note.label());
		html.append("</div>");
	}

	/**
	 * The kind and the name head the gloss; CSS sets them on a line of their own. The
	 * gloss needs no label of its own: the kind and the name are the first words a screen
	 * reader meets in it. Its parts stand eighteen times on a page, so they are marked
	 * with as little as says what they are: the name in {@code <b>} (the words the eye
	 * looks for), the gloss as plain text, the sources in {@code <small>} (the small
	 * print).
	 */
	private static void gloss(StringBuilder html, Entity entity) {
		html.append("<div id=\"").append(entity.anchor()).append("\" class=\"annotation\" role=\"note\">");
		html.append("<span class=\"kind\">").append(escape(entity.kind().label())).append("</span> ");
		html.append("<b>").append(escape(entity.name())).append("</b> ");
		html.append(entity.glossHtml()).append(' ');
		html.append("<small>Sources: ").append(entity.sourcesHtml()).append("</small> ");
		// At the end of a gloss that opens with the entity's name, this is context enough
		// for the way back.
		backlink(html, entity.mentionAnchor(1), "Back to the text");
		html.append("</div>");
	}

	/**
	 * The link from a note or gloss back to the words it belongs to. Styles and scripts
	 * find it by its role, so it needs no class; it needs a label, since its visible
	 * arrow says nothing to a screen reader. In one column it is the panel's close
	 * control: following it leaves the panel (no longer the target, it closes) for the
	 * words.
	 */
	private static void backlink(StringBuilder html, String anchor, String label) {
		html.append("<a href=\"#")
			.append(escape(anchor))
			.append("\" role=\"doc-backlink\" aria-label=\"")
			.append(escape(label))
			.append("\">\u21a9\ufe0e</a>");
	}

	private static String escape(String text) {
		return Escaping.escapeHtml(text, false);
	}

}
