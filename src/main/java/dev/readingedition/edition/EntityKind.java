package dev.readingedition.edition;

import java.util.Arrays;
import java.util.Optional;

/**
 * What kind of thing a register entity is; the register writes it as a class on the
 * entity's heading, e.g. {@code ## Andrei A. Gromyko {#gromyko .person}}, and the index
 * groups entities by it.
 */
public enum EntityKind {

	PERSON("Person", "People"),

	PLACE("Place", "Places"),

	ORGANIZATION("Organization", "Organizations"),

	EVENT("Event", "Events"),

	TERM("Term", "Terms");

	private final String label;

	private final String plural;

	EntityKind(String label, String plural) {
		this.label = label;
		this.plural = plural;
	}

	/** The kind as a reader sees it beside a gloss, e.g. "Person". */
	public String label() {
		return label;
	}

	/** The heading of the kind's group in the index, e.g. "People". */
	public String plural() {
		return plural;
	}

	/**
	 * The kind as the register writes it, e.g. {@code person}; also its CSS class suffix.
	 */
	public String code() {
		return name().toLowerCase();
	}

	public static Optional<EntityKind> ofCode(String code) {
		return Arrays.stream(values()).filter((kind) -> kind.code().equals(code)).findFirst();
	}

}
