package dev.readingedition.edition;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A marked phrase inside a paragraph, written {@code [Ambassador
 * Thompson]{ref=thompson}}, resolved against the register; its children are the phrase's
 * own inline content.
 */
final class MentionNode extends Node {

	private final Entity entity;

	private final int number;

	MentionNode(BasedSequence chars, Entity entity, int number) {
		super(chars);
		this.entity = entity;
		this.number = number;
	}

	Entity entity() {
		return entity;
	}

	int number() {
		return number;
	}

	@Override
	public BasedSequence[] getSegments() {
		return EMPTY_SEGMENTS;
	}

}
