package dev.readingedition.edition;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A printed page break inside the text, written {@code [Page 820]} in the Markdown as in
 * the printed source.
 */
final class PageBreakNode extends Node {

	private final int page;

	PageBreakNode(BasedSequence chars, int page) {
		super(chars);
		this.page = page;
	}

	int page() {
		return page;
	}

	@Override
	public BasedSequence[] getSegments() {
		return EMPTY_SEGMENTS;
	}

}
