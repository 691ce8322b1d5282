package dev.readingedition.edition;

import java.util.HashMap;
import java.util.Map;

import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * What braces mean in a letter, and nothing else: {@code [phrase]{ref=id}} marks a
 * mention of a register entity, {@code [phrase]{.smallcaps}} a rendition of the printed
 * text, and a paragraph's trailing {@code {#p12}} pins its id. Flexmark reads any
 * {@code {…}} as attributes and would drop it from the text, so every other use is
 * refused with its line. Holds the state of one letter's parse, so it is never shared.
 */
final class Braces {

	private final Document document;

	private final Register register;

	private final Problems problems;

	Braces(Document document, Register register, Problems problems) {
		this.document = document;
		this.register = register;
		this.problems = problems;
	}

	/**
	 * Turns each marked phrase, {@code [phrase]{ref=id}}, into a {@link MentionNode} tied
	 * to its register entity, numbering each entity's mentions in reading order. Braces
	 * mean nothing else in a letter, so any other use of them is refused rather than
	 * silently dropped from the page.
	 */
	void resolve() {
		Map<String, Integer> counts = new HashMap<>();
		for (AttributesNode attributes : LetterParser.descendants(document, AttributesNode.class)) {
			if (isParagraphPin(attributes)) {
				// A paragraph's trailing {#p11} pins its id; paragraph() reads it.
				continue;
			}
			if (!(attributes.getPrevious() instanceof LinkRef phrase) || phrase.isDefined()) {
				throw strayBraces(attributes);
			}
			String words = MarkdownText.of(phrase);
			RenditionNode.Rendition rendition = rendition(attributes);
			if (rendition != null) {
				if (words.isBlank()) {
					throw problems.at(attributes,
							"the phrase [" + words + "] in " + rendition.code() + " must hold words of the letter");
				}
				RenditionNode rendered = new RenditionNode(
						phrase.getChars().baseSubSequence(phrase.getStartOffset(), attributes.getEndOffset()),
						rendition);
				rendered.takeChildren(phrase);
				phrase.insertBefore(rendered);
				phrase.unlink();
				attributes.unlink();
				continue;
			}
			Node block = phrase.getParent();
			while (!(block.getParent() instanceof Document)) {
				if (block instanceof LinkRef || block instanceof MentionNode) {
					throw problems.at(attributes, "the mention [" + words + "] stands inside another mention");
				}
				block = block.getParent();
			}
			if (!(block instanceof com.vladsch.flexmark.ast.Paragraph)) {
				throw problems.at(attributes, "the mention [" + words + "] is not in a paragraph of the letter; "
						+ "mentions are marked in the paragraphs, not in the title or the notes");
			}
			if (words.isBlank()) {
				throw problems.at(attributes, "the mention [" + words + "] must hold words of the letter");
			}
			Entity entity = entity(attributes, words);
			MentionNode mention = new MentionNode(
					phrase.getChars().baseSubSequence(phrase.getStartOffset(), attributes.getEndOffset()), entity,
					counts.merge(entity.id(), 1, Integer::sum));
			mention.takeChildren(phrase);
			phrase.insertBefore(mention);
			phrase.unlink();
			attributes.unlink();
		}
	}

	/**
	 * The rendition that braces holding one class alone name, such as
	 * {@code {.smallcaps}}, or {@code null} when they name none (then they must mark a
	 * mention).
	 */
	private static RenditionNode.Rendition rendition(AttributesNode attributes) {
		Node only = attributes.getFirstChild();
		if (only instanceof AttributeNode attribute && only.getNext() == null && attribute.isClass()) {
			return RenditionNode.Rendition.ofCode(attribute.getValue().toString()).orElse(null);
		}
		return null;
	}

	private static boolean isParagraphPin(AttributesNode attributes) {
		Node parent = attributes.getParent();
		return parent instanceof com.vladsch.flexmark.ast.Paragraph && parent.getParent() instanceof Document
				&& parent.getLastChild() == attributes && !(attributes.getPrevious() instanceof LinkRef)
				&& attributes.getFirstChild() instanceof AttributeNode attribute && attribute.isId();
	}

	/**
	 * Flexmark reads any {@code {…}} as attributes and would drop it from the text; the
	 * edition gives braces two meanings only, so that no braces in a letter vanish
	 * unnoticed.
	 */
	private ContentException strayBraces(AttributesNode attributes) {
		return problems.at(attributes, attributes.getChars() + " is read as attributes, which the edition allows only "
				+ "to mark a mention, as in '[Ambassador Thompson]{ref=thompson}', or at the end of a paragraph to "
				+ "pin its id, such as {#p12}; to keep braces as text, write \\{ and \\}");
	}

	/**
	 * The entity a mention's braces refer to: {@code ref=id}, and optionally the entity's
	 * kind as a class.
	 */
	private Entity entity(AttributesNode attributes, String words) {
		String ref = null;
		String kind = null;
		for (Node child = attributes.getFirstChild(); child != null; child = child.getNext()) {
			AttributeNode attribute = (AttributeNode) child;
			if (!attribute.isImplicitName() && attribute.getName().equals("ref") && ref == null) {
				ref = attribute.getValue().toString();
			}
			else if (attribute.isClass() && kind == null) {
				kind = attribute.getValue().toString();
			}
			else {
				throw problems.at(attributes, "the mention [" + words + "] may carry only ref=<entity id> and the "
						+ "entity's kind, as in '{.person ref=thompson}', not '" + attribute.getChars() + "'");
			}
		}
		if (ref == null || ref.isEmpty()) {
			throw problems.at(attributes,
					"the mention [" + words + "] needs the id of its entity, as in '{ref=thompson}'");
		}
		String id = ref;
		Entity entity = register.entity(id)
			.orElseThrow(() -> problems.at(attributes,
					"the mention [" + words + "] refers to '" + id + "', which "
							+ (register == Register.EMPTY
									? "no register defines: the content folder needs its " + EditionLoader.REGISTER
									: "the register (" + register.sourceName() + ") does not define")));
		if (kind != null && !kind.equals(entity.kind().code())) {
			throw problems.at(attributes, "the mention [" + words + "] calls '" + id + "' a " + kind
					+ ", but the register has it as a " + entity.kind().code());
		}
		return entity;
	}

	/**
	 * The id a paragraph pins with a trailing {@code {#p11}}, so that links to it survive
	 * when paragraphs are added or removed before it.
	 */
	String pinnedId(AttributesNode pin) {
		Node only = pin.getFirstChild();
		if (only instanceof AttributeNode attribute && only.getNext() == null && attribute.isId()
				&& LetterParser.PARAGRAPH_ID.matcher(attribute.getValue()).matches()) {
			return attribute.getValue().toString();
		}
		throw problems.at(pin, "a paragraph may end with its id alone, such as {#p12} (p, a number, perhaps letters), "
				+ "not " + pin.getChars());
	}

	/**
	 * Flexmark reads any {@code {…}} as attributes and would drop it from the text; the
	 * edition allows only a paragraph's trailing id, so that no braces in a letter vanish
	 * unnoticed.
	 */
	void refuseAttributes(Node block, AttributesNode allowed) {
		for (AttributesNode attributes : LetterParser.descendants(block, AttributesNode.class)) {
			if (attributes != allowed) {
				throw strayBraces(attributes);
			}
		}
	}

}
