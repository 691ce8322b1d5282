package dev.readingedition.search;

import java.util.ArrayList;
import java.util.List;

import dev.readingedition.edition.Edition;
import dev.readingedition.edition.Entity;
import dev.readingedition.edition.Letter;
import dev.readingedition.edition.Mention;
import dev.readingedition.edition.Note;
import dev.readingedition.edition.Paragraph;

/**
 * One entry of the index, as the model holds it: a paragraph, a note or an annotation (an
 * entity's gloss, read beside its first mention). The indexer writes entries; the
 * searcher turns the entries a query finds back into hits. Both read the words from here,
 * the parsed model, so nothing is stored in the index but its own key.
 *
 * @param letter the letter the entry belongs to
 * @param kind what the entry is
 * @param anchor its anchor on the reading page: {@code p11}, {@code n4},
 * {@code a-adzhubei}
 * @param text its words alone: {@link Paragraph#text()}, {@link Note#text()} or
 * {@link Entity#glossText()}
 * @param names the register names it answers to: for a paragraph those of the entities it
 * mentions, each once, in order of first mention; for an annotation its entity's name;
 * for a note none
 * @param paragraph the paragraph itself, or the one whose mention an annotation stands
 * beside; {@code null} for a note
 * @param note the note, or {@code null}
 * @param entity the annotated entity, or {@code null}
 * @param page the printed page the entry is cited by: where a paragraph starts, where a
 * note is cited, where an annotation's first mention stands
 */
record Entry(Letter letter, Hit.Kind kind, String anchor, String text, List<String> names, Paragraph paragraph,
		Note note, Entity entity, int page) {

	Entry {
		names = List.copyOf(names);
	}

	/** Our own key of the entry, {@code slug#anchor}, unique across the edition. */
	String key() {
		return key(letter.slug(), anchor);
	}

	static String key(String slug, String anchor) {
		return slug + "#" + anchor;
	}

	/**
	 * Every entry of an edition, in reading order: per letter, the title's notes, then
	 * each paragraph followed by its notes and by the annotations of the entities it
	 * mentions first.
	 */
	static List<Entry> of(Edition edition) {
		List<Entry> entries = new ArrayList<>();
		for (Letter letter : edition.letters()) {
			for (Note note : letter.titleNotes()) {
				entries.add(note(letter, note));
			}
			for (Paragraph paragraph : letter.paragraphs()) {
				List<String> names = paragraph.mentions()
					.stream()
					.map((mention) -> mention.entity().name())
					.distinct()
					.toList();
				entries.add(new Entry(letter, Hit.Kind.PARAGRAPH, paragraph.id(), paragraph.text(), names, paragraph,
						null, null, paragraph.page()));
				for (String label : paragraph.noteLabels()) {
					entries.add(note(letter, letter.note(label).orElseThrow()));
				}
				for (Mention mention : paragraph.mentions()) {
					if (mention.first()) {
						Entity entity = mention.entity();
						entries.add(new Entry(letter, Hit.Kind.ANNOTATION, entity.anchor(), entity.glossText(),
								List.of(entity.name()), paragraph, null, entity, paragraph.pageAt(mention.start())));
					}
				}
			}
		}
		return entries;
	}

	private static Entry note(Letter letter, Note note) {
		return new Entry(letter, Hit.Kind.NOTE, note.id(), note.text(), List.of(), null, note, null, note.page());
	}

}
