package dev.readingedition.edition;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One letter of the edition, parsed once from its Markdown file; pages and the search
 * index are both made from it.
 *
 * @param meta what the front matter says
 * @param titleHtml the title's inner HTML, with its note reference
 * @param titleMarginHtml the notes the title cites, to stand beside it (empty when none)
 * @param paragraphs the body, in reading order
 * @param notes the editorial notes, in the order they are cited
 * @param pageBreaks the printed page breaks, in reading order
 * @param sourceName the file the letter came from, e.g. {@code content/letter.md}
 * @param markdown the Markdown source as the editor wrote it
 * @param titleMarginText where the words of each of the title's notes stand in
 * {@link #titleMarginHtml()}
 */
public record Letter(Metadata meta, String titleHtml, String titleMarginHtml, List<Paragraph> paragraphs,
		List<Note> notes, List<PageBreak> pageBreaks, String sourceName, String markdown, HtmlText titleMarginText) {

	/**
	 * A letter whose title's margin is read for the places of its words here, once, as
	 * the content is loaded.
	 */
	public Letter(Metadata meta, String titleHtml, String titleMarginHtml, List<Paragraph> paragraphs, List<Note> notes,
			List<PageBreak> pageBreaks, String sourceName, String markdown) {
		this(meta, titleHtml, titleMarginHtml, paragraphs, notes, pageBreaks, sourceName, markdown,
				HtmlText.ofMargin(titleMarginHtml));
	}

	public Letter {
		Objects.requireNonNull(meta, "meta");
		Objects.requireNonNull(titleHtml, "titleHtml");
		Objects.requireNonNull(titleMarginHtml, "titleMarginHtml");
		paragraphs = List.copyOf(paragraphs);
		notes = List.copyOf(notes);
		pageBreaks = List.copyOf(pageBreaks);
		if (paragraphs.isEmpty()) {
			throw new IllegalArgumentException("a letter needs at least one paragraph");
		}
		if (!titleMarginText.html().equals(titleMarginHtml)) {
			throw new IllegalArgumentException("the places of the title's notes were read from other HTML");
		}
	}

	/**
	 * The HTML that holds a note or gloss, with the places of its words: the title's
	 * margin or a paragraph's.
	 * @param anchor the note's or gloss's anchor, {@code n4} or {@code a-adzhubei}
	 */
	public Optional<HtmlText> marginHolding(String anchor) {
		if (titleMarginText.words(anchor).isPresent()) {
			return Optional.of(titleMarginText);
		}
		return paragraphs.stream()
			.map(Paragraph::marginText)
			.filter((margin) -> margin.words(anchor).isPresent())
			.findFirst();
	}

	public String slug() {
		return meta.slug();
	}

	public Optional<Paragraph> paragraph(String id) {
		return paragraphs.stream().filter((p) -> p.id().equals(id)).findFirst();
	}

	public Optional<Note> note(String label) {
		return notes.stream().filter((n) -> n.label().equals(label)).findFirst();
	}

	/** The notes cited on the title line, such as the source note. */
	public List<Note> titleNotes() {
		return notes.stream().filter((n) -> n.citedIn().equals(LetterParser.TITLE_ANCHOR)).toList();
	}

	/** Every phrase of the letter that names a register entity, in reading order. */
	public List<Mention> mentions() {
		return paragraphs.stream().flatMap((p) -> p.mentions().stream()).toList();
	}

	/**
	 * The entities the letter mentions, in the order of their first mentions, each
	 * annotated there.
	 */
	public List<Entity> annotations() {
		return mentions().stream().filter(Mention::first).map(Mention::entity).toList();
	}

	/** The paragraphs that mention an entity, in reading order, each once. */
	public List<Paragraph> paragraphsMentioning(String entityId) {
		return paragraphs.stream()
			.filter((p) -> p.mentions().stream().anyMatch((m) -> m.entityId().equals(entityId)))
			.toList();
	}

	/** The last printed page the letter's text reaches. */
	public int lastPage() {
		return paragraphs.get(paragraphs.size() - 1).lastPage();
	}

}
