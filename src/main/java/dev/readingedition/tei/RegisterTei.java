package dev.readingedition.tei;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.readingedition.edition.Edition;
import dev.readingedition.edition.Entity;
import dev.readingedition.edition.EntityKind;
import dev.readingedition.edition.Letter;
import dev.readingedition.edition.Mention;

/**
 * The entities of the register that a letter mentions, as TEI: people, places,
 * organizations and events in the {@code standOff} lists ({@code listPerson},
 * {@code listPlace}, {@code listOrg}, {@code listEvent}), terms in a glossary at the
 * back; each with the edition's gloss and the sources it rests on. Ids are the reading
 * page's gloss anchors ({@code a-thompson}), which cannot clash with paragraph, note or
 * page ids.
 */
final class RegisterTei {

	private RegisterTei() {
	}

	/** The element a mention of this kind of entity becomes in the text. */
	static String nameElement(EntityKind kind) {
		return switch (kind) {
			case PERSON -> "persName";
			case PLACE -> "placeName";
			case ORGANIZATION -> "orgName";
			case EVENT -> "rs";
			case TERM -> "term";
		};
	}

	/** The entities the letter mentions, in the register's order. */
	static List<Entity> mentioned(Edition edition, Letter letter) {
		Set<String> ids = letter.mentions().stream().map(Mention::entityId).collect(Collectors.toSet());
		List<Entity> inRegister = edition.register().entities().stream().filter((e) -> ids.contains(e.id())).toList();
		// A letter parsed against another register still lists what it mentions.
		return inRegister.size() == ids.size() ? inRegister : letter.annotations();
	}

	static void writeStandOff(Xml xml, List<Entity> entities) {
		if (entities.stream().allMatch((entity) -> entity.kind() == EntityKind.TERM)) {
			return;
		}
		xml.open("standOff");
		list(xml, entities, EntityKind.PERSON, "listPerson", "person", "persName");
		list(xml, entities, EntityKind.PLACE, "listPlace", "place", "placeName");
		list(xml, entities, EntityKind.ORGANIZATION, "listOrg", "org", "orgName");
		list(xml, entities, EntityKind.EVENT, "listEvent", "event", "label");
		xml.end();
	}

	private static void list(Xml xml, List<Entity> entities, EntityKind kind, String list, String item, String name) {
		List<Entity> ofKind = entities.stream().filter((entity) -> entity.kind() == kind).toList();
		if (ofKind.isEmpty()) {
			return;
		}
		xml.open(list);
		for (Entity entity : ofKind) {
			xml.open(item).id(entity.anchor());
			xml.leaf(name, entity.name());
			gloss(xml, entity);
			xml.end();
		}
		xml.end();
	}

	/** The terms as a glossary, the TEI's own list of labels and their explanations. */
	static void writeGlossary(Xml xml, List<Entity> entities) {
		List<Entity> terms = entities.stream().filter((entity) -> entity.kind() == EntityKind.TERM).toList();
		if (terms.isEmpty()) {
			return;
		}
		xml.open("back");
		xml.open("div").attr("type", "glossary");
		xml.leaf("head", "Terms");
		xml.open("list").attr("type", "gloss");
		for (Entity term : terms) {
			xml.leaf("label", term.name());
			xml.open("item").id(term.anchor());
			gloss(xml, term);
			xml.end();
		}
		xml.end();
		xml.end();
		xml.end();
	}

	private static void gloss(Xml xml, Entity entity) {
		xml.open("note").attr("type", "gloss").attr("resp", "#" + TeiHeader.EDITION);
		InlineHtml.write(xml, entity.glossHtml());
		xml.end();
		xml.open("note").attr("type", "sources").attr("resp", "#" + TeiHeader.EDITION);
		xml.text("Sources: ");
		InlineHtml.write(xml, entity.sourcesHtml());
		xml.end();
	}

}
