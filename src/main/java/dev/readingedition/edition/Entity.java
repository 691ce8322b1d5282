package dev.readingedition.edition;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A person, place, organization, event or term that the letters mention, defined once in
 * the register with a short gloss and its sources, and shown beside the first line of
 * each letter that names it.
 *
 * @param id the stable id the letters refer to, e.g. {@code thompson}
 * @param name the entity's name as the register heads it, e.g. "Llewellyn E. Thompson,
 * Jr."
 * @param kind what kind of entity it is
 * @param glossHtml the gloss as inline HTML (links and emphasis only)
 * @param glossText the gloss's words alone
 * @param sourcesHtml the sources the gloss rests on, as inline HTML, without the
 * "Sources:" label
 * @param sourcesText the sources' words alone
 * @param frusIds the ids the FRUS volumes give the entity in their lists of names and
 * abbreviations, e.g. {@code p_GAA1}; the TEI importer reads them, empty when the
 * register gives none
 */
public record Entity(String id, String name, EntityKind kind, String glossHtml, String glossText, String sourcesHtml,
		String sourcesText, List<String> frusIds) {

	private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

	public Entity {
		Objects.requireNonNull(id, "id");
		if (!isId(id)) {
			throw new IllegalArgumentException(
					"an entity id holds lowercase letters, digits and single hyphens, not '" + id + "'");
		}
		Objects.requireNonNull(kind, "kind");
		requireText(name, "name");
		requireText(glossHtml, "glossHtml");
		requireText(glossText, "glossText");
		requireText(sourcesHtml, "sourcesHtml");
		requireText(sourcesText, "sourcesText");
		frusIds = List.copyOf(frusIds);
	}

	/**
	 * Whether a string may serve as an entity id: lowercase letters, digits and single
	 * hyphens.
	 */
	static boolean isId(String candidate) {
		return ID.matcher(candidate).matches();
	}

	private static void requireText(String value, String what) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("an entity needs its " + what);
		}
	}

	/** The gloss's anchor on a reading page and in the index, e.g. {@code a-thompson}. */
	public String anchor() {
		return "a-" + id;
	}

	/**
	 * The anchor of one mention of this entity on a reading page, e.g.
	 * {@code aref-thompson-2}.
	 * @param number the mention's place among this entity's mentions in the letter, from
	 * 1
	 */
	public String mentionAnchor(int number) {
		return "aref-" + id + "-" + number;
	}

}
