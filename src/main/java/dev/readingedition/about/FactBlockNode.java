package dev.readingedition.about;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A block fact (a list, a table, a set of citations) that stood alone in its paragraph:
 * it replaces the paragraph, so that a list is not rendered inside a {@code
 *
<p>
 * }.
 */
final class FactBlockNode extends Block {

	private final Fact.Use use;

	FactBlockNode(BasedSequence chars, Fact.Use use) {
		super(chars);
		this.use = use;
	}

	Fact.Use use() {
		return use;
	}

	@Override
	public BasedSequence[] getSegments() {
		return EMPTY_SEGMENTS;
	}

}
