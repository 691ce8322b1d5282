package dev.readingedition.edition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The register of names and terms ({@code content/register.md}): every entity the
 * letters' annotations refer to, each defined once, in the register's order.
 */
public final class Register {

	/**
	 * The register of an edition whose content folder has none; its letters may mark no
	 * mentions.
	 */
	public static final Register EMPTY = new Register("no register", "Names and terms", List.of(), Map.of());

	private final String sourceName;

	private final String title;

	private final List<Entity> entities;

	private final Map<String, Entity> byId;

	private final Map<String, Integer> lines;

	private final String markdown;

	Register(String sourceName, String title, List<Entity> entities, Map<String, Integer> lines) {
		this(sourceName, title, entities, lines, "");
	}

	/**
	 * @param sourceName the file the register came from, for messages about it
	 * @param title the register's title, which heads the index of names and terms
	 * @param entities the entities in the register's order; their ids must be unique
	 * @param lines the line of each entity's heading in the file, by id, for messages
	 * about it
	 * @param markdown the file as the editor wrote it, which the edition's download
	 * carries
	 */
	Register(String sourceName, String title, List<Entity> entities, Map<String, Integer> lines, String markdown) {
		this.markdown = Objects.requireNonNull(markdown, "markdown");
		this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
		this.title = Objects.requireNonNull(title, "title");
		this.entities = List.copyOf(entities);
		Map<String, Entity> map = new LinkedHashMap<>();
		for (Entity entity : this.entities) {
			if (map.putIfAbsent(entity.id(), entity) != null) {
				throw new IllegalArgumentException("two entities have the id " + entity.id());
			}
		}
		this.byId = Map.copyOf(map);
		this.lines = Map.copyOf(lines);
	}

	public String sourceName() {
		return sourceName;
	}

	/**
	 * The register's Markdown source as the editor wrote it; empty for an edition without
	 * a register.
	 */
	public String markdown() {
		return markdown;
	}

	public String title() {
		return title;
	}

	public List<Entity> entities() {
		return entities;
	}

	public Optional<Entity> entity(String id) {
		return Optional.ofNullable(byId.get(id));
	}

	/**
	 * The entity the FRUS volumes identify by this id (such as {@code p_GAA1}), if the
	 * register maps it.
	 */
	public Optional<Entity> entityByFrusId(String frusId) {
		return entities.stream().filter((e) -> e.frusIds().contains(frusId)).findFirst();
	}

	/** The line of the entity's heading in the register file, or 0 when unknown. */
	int line(String id) {
		return lines.getOrDefault(id, 0);
	}

}
