package dev.readingedition.edition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterNode;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * Parses the register of names and terms, once, into a {@link Register}, and refuses a
 * bad entry with the file and line of the problem. An entry is a level-2 heading carrying
 * the entity's id and kind, one gloss paragraph and one paragraph of sources:
 *
 * <pre>
 * ## Andrei A. Gromyko {#gromyko .person}
 *
 * Andrei A. Gromyko was the Soviet Foreign Minister …
 *
 * Sources: [FRUS 1961–1963, vol. VI, List of Names](https://history.state.gov/…).
 * </pre>
 *
 * Thread-safe: the Flexmark parser and renderer are built once and shared.
 */
final class RegisterParser {

	private static final String SOURCES_LABEL = "Sources:";

	private final Parser parser = Parser
		.builder(new MutableDataSet().set(Parser.EXTENSIONS,
				List.of(YamlFrontMatterExtension.create(), AttributesExtension.create())))
		.build();

	private final HtmlRenderer renderer = EditionRendering.renderer();

	/**
	 * Parses a register.
	 * @param sourceName the file's name as the editor knows it, used in error messages
	 * @param markdown the file's text
	 * @throws ContentException when an entry is malformed or incomplete, naming file and
	 * line
	 */
	Register parse(String sourceName, String markdown) {
		Document document = parser.parse(markdown);
		Problems problems = new Problems(sourceName, document);
		Map<String, String> fields = frontMatter(document, problems);
		List<Entity> entities = new ArrayList<>();
		Map<String, Integer> lines = new LinkedHashMap<>();
		Node node = document.getFirstChild().getNext();
		while (node != null) {
			if (!(node instanceof Heading heading) || heading.getLevel() != 2) {
				throw problems.at(node,
						"a register holds front matter and entries, each a '## Name {#id .kind}' "
								+ "heading, a gloss paragraph and a 'Sources: …' paragraph; this "
								+ LetterParser.describe(node) + " is none of those");
			}
			Node gloss = heading.getNext();
			Node sources = gloss == null ? null : gloss.getNext();
			Entity entity = entity(heading, gloss, sources, problems);
			if (lines.put(entity.id(), problems.line(heading)) != null) {
				throw problems.at(heading, "the id '" + entity.id() + "' is already used by an entry above");
			}
			entities.add(entity);
			node = sources.getNext();
		}
		return new Register(sourceName, fields.get("title"), entities, lines, markdown);
	}

	private Map<String, String> frontMatter(Document document, Problems problems) {
		Node first = document.getFirstChild();
		if (!(first instanceof YamlFrontMatterBlock block)) {
			throw problems.at(first, "the register must begin with front matter holding 'type: register' and a title");
		}
		Map<String, String> fields = new HashMap<>();
		for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
			if (child instanceof YamlFrontMatterNode field) {
				if (!List.of("type", "title").contains(field.getKey()) || field.getValues().size() != 1) {
					throw problems.at(field, "the register's front matter holds one 'type' and one 'title' line, not '"
							+ field.getKey() + "'");
				}
				fields.put(field.getKey(), field.getValues().get(0).strip());
			}
		}
		if (!"register".equals(fields.get("type")) || fields.get("title") == null) {
			throw problems.at(first, "the register's front matter needs 'type: register' and a title");
		}
		return fields;
	}

	private Entity entity(Heading heading, Node gloss, Node sources, Problems problems) {
		String name = MarkdownText.of(heading);
		if (!(heading.getLastChild() instanceof AttributesNode attributes)) {
			throw problems.at(heading, "the entry '" + name + "' needs its id and kind after the name, " + "e.g. '## "
					+ name + " {#some-id .person}'");
		}
		String id = null;
		EntityKind kind = null;
		List<String> frusIds = List.of();
		for (Node child = attributes.getFirstChild(); child != null; child = child.getNext()) {
			AttributeNode attribute = (AttributeNode) child;
			String value = attribute.getValue().toString();
			if (!attribute.isImplicitName() && attribute.getName().toString().equals("frus") && frusIds.isEmpty()
					&& !value.isBlank()) {
				// The FRUS volumes' own ids for the entity (List of Names, List of
				// Abbreviations), e.g. p_GAA1: the
				// TEI importer marks a name as a mention of this entity when the volume's
				// markup points to one.
				frusIds = List.of(value.strip().split("\\s+"));
			}
			else if (attribute.isId() && id == null) {
				id = value;
			}
			else if (attribute.isClass() && kind == null) {
				kind = EntityKind.ofCode(value)
					.orElseThrow(() -> problems.at(heading, "'" + value + "' is not a kind of entity; the kinds are "
							+ String.join(", ", Arrays.stream(EntityKind.values()).map(EntityKind::code).toList())));
			}
			else {
				throw problems.at(heading, "the heading of '" + name + "' carries one #id, one .kind and perhaps the "
						+ "FRUS ids of the entity (frus=\"p_GAA1\"), nothing more");
			}
		}
		if (id == null || kind == null || !Entity.isId(id)) {
			throw problems.at(heading, "the entry '" + name + "' needs an #id (lowercase letters, digits, hyphens) "
					+ "and a .kind, e.g. '{#some-id .person}'");
		}
		if (!(gloss instanceof Paragraph) || startsWithSourcesLabel(gloss)) {
			throw problems.at(heading, "the entry '" + id + "' needs a gloss paragraph after its heading");
		}
		if (!(sources instanceof Paragraph) || !startsWithSourcesLabel(sources)) {
			throw problems.at(heading, "the gloss of '" + id + "' needs a 'Sources: …' paragraph after it");
		}
		for (Node block : List.of(gloss, sources)) {
			for (Node inline : block.getDescendants()) {
				if (inline instanceof AttributesNode) {
					throw problems.at(inline, "attributes in braces belong only on an entry's heading");
				}
			}
		}
		// The label is the register's way of marking the line, not part of the sources
		// themselves.
		Text label = (Text) sources.getFirstChild();
		label.setChars(label.getChars().subSequence(SOURCES_LABEL.length()).trimStart());
		if (label.getChars().isEmpty()) {
			label.unlink();
		}
		String sourcesText = MarkdownText.of(sources);
		if (sourcesText.isBlank()) {
			throw problems.at(sources, "the 'Sources:' line of '" + id + "' names no source");
		}
		return new Entity(id, name, kind, renderer.render(gloss).strip(), MarkdownText.of(gloss),
				renderer.render(sources).strip(), sourcesText, frusIds);
	}

	private static boolean startsWithSourcesLabel(Node paragraph) {
		return paragraph.getFirstChild() instanceof Text text && text.getChars().startsWith(SOURCES_LABEL);
	}

}
