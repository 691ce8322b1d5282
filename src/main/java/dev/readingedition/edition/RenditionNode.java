package dev.readingedition.edition;

import java.util.Optional;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A phrase printed in a rendition that Markdown has no mark for, written {@code [Dear Mr.
 * President]{.smallcaps}}: the small capitals of a salutation, or a signature set apart.
 * Italics and bold stay Markdown's own {@code *…*} and {@code **…**}. Its children are
 * the phrase's inline content; its words are the letter's words.
 */
final class RenditionNode extends Node {

	/** The renditions the edition knows, each the class the phrase is rendered with. */
	enum Rendition {

		/**
		 * Small capitals, as FRUS prints a salutation ({@code <hi rend="smallcaps">}).
		 */
		SMALLCAPS("smallcaps"),

		/** A signature ({@code <closer><signed>}), set apart at the end of the letter. */
		SIGNED("signed");

		private final String code;

		Rendition(String code) {
			this.code = code;
		}

		String code() {
			return code;
		}

		static Optional<Rendition> ofCode(String code) {
			for (Rendition rendition : values()) {
				if (rendition.code.equals(code)) {
					return Optional.of(rendition);
				}
			}
			return Optional.empty();
		}

	}

	private final Rendition rendition;

	RenditionNode(BasedSequence chars, Rendition rendition) {
		super(chars);
		this.rendition = rendition;
	}

	Rendition rendition() {
		return rendition;
	}

	@Override
	public BasedSequence[] getSegments() {
		return EMPTY_SEGMENTS;
	}

}
