package dev.readingedition.edition;

import java.util.Objects;

/**
 * A phrase of a letter that names a register entity, such as "Ambassador Thompson". The
 * first mention of an entity in a letter carries the gloss beside it; later ones lead to
 * it.
 *
 * @param entity the entity the phrase names
 * @param number the mention's place among this entity's mentions in the letter, from 1
 * @param paragraphId the anchor of the paragraph the phrase stands in, e.g. {@code p1}
 * @param phrase the phrase as the reader sees it, exactly
 * {@code paragraph.text().substring(start, end)}
 * @param start where the phrase begins in {@link Paragraph#text()}
 * @param end where the phrase ends in {@link Paragraph#text()} (exclusive)
 */
public record Mention(Entity entity, int number, String paragraphId, String phrase, int start, int end) {

	public Mention {
		Objects.requireNonNull(entity, "entity");
		Objects.requireNonNull(paragraphId, "paragraphId");
		Objects.requireNonNull(phrase, "phrase");
		if (number < 1) {
			throw new IllegalArgumentException("mentions are numbered from 1, not " + number);
		}
		if (start < 0 || end - start != phrase.length() || phrase.isBlank()) {
			throw new IllegalArgumentException("the phrase '" + phrase + "' does not fit " + start + ".." + end);
		}
	}

	public String entityId() {
		return entity.id();
	}

	/**
	 * Whether this is the letter's first mention of the entity, the one its gloss stands
	 * beside.
	 */
	public boolean first() {
		return number == 1;
	}

	/** The mention's anchor on the reading page. */
	public String id() {
		return entity.mentionAnchor(number);
	}

}
