package dev.readingedition.edition;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Errors naming a Markdown file of the content and the line of the node at fault, so that
 * the editor can go straight to it.
 *
 * @param sourceName the file's name as the editor knows it
 * @param document the file as Flexmark parsed it
 */
record Problems(String sourceName, Document document) {

	/** The line a node starts on, counted from 1 as editors count them. */
	int line(Node node) {
		return document.getLineNumber(node.getStartOffset()) + 1;
	}

	/**
	 * A problem at a node, or at no line in particular when the node is {@code null}
	 * (say, a missing part).
	 */
	ContentException at(Node node, String message) {
		return new ContentException(sourceName, node == null ? 0 : line(node), message);
	}

}
