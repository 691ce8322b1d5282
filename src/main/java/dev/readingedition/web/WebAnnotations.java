package dev.readingedition.web;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.readingedition.edition.Entity;
import dev.readingedition.edition.Letter;
import dev.readingedition.edition.LetterParser;
import dev.readingedition.edition.Mention;
import dev.readingedition.edition.Note;
import dev.readingedition.edition.Paragraph;

/**
 * A letter's notes and annotations as W3C Web Annotations (https://www.w3.org/TR/annotation-model/), so annotation
 * tools can anchor them in the reading page. Each target names the paragraph with a fragment selector and the exact
 * words with a text-quote selector, computed from the same plain text that the page shows.
 */
final class WebAnnotations {

	static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";

	static final String RFC_3986 = "http://tools.ietf.org/rfc/rfc3986";

	/** As much context on each side of a quote as Hypothesis keeps, enough to tell repeated words apart. */
	static final int CONTEXT_LENGTH = 32;

	/** A note marks a point in the text; its quote is the few words it is attached to. */
	static final int WORDS_BEFORE_NOTE = 5;

	private WebAnnotations() {
	}

	/**
	 * The letter's notes, then its annotations (one per entity, targeting every mention), as one collection.
	 * @param letter the letter
	 * @param pageUrl the reading page's absolute address, the annotations' target
	 * @param collectionUrl the collection's own absolute address
	 */
	static AnnotationCollection of(Letter letter, String pageUrl, String collectionUrl) {
		List<Annotation> items = new ArrayList<>();
		for (Note note : letter.notes()) {
			String text = note.citedIn().equals(LetterParser.TITLE_ANCHOR) ? letter.meta().title()
					: letter.paragraph(note.citedIn()).orElseThrow().text();
			items.add(new Annotation(collectionUrl + "#" + note.id(), "commenting",
					List.of(new TextualBody("commenting", note.text())),
					List.of(target(pageUrl, note.citedIn(), quoteBefore(text, note.position())))));
		}
		for (Entity entity : letter.annotations()) {
			List<Target> targets = new ArrayList<>();
			for (Mention mention : letter.mentions()) {
				if (mention.entity().equals(entity)) {
					Paragraph paragraph = letter.paragraph(mention.paragraphId()).orElseThrow();
					targets.add(target(pageUrl, paragraph.id(), quote(paragraph.text(), mention.start(), mention.end())));
				}
			}
			items.add(new Annotation(collectionUrl + "#" + entity.anchor(), "describing",
					List.of(new TextualBody("identifying", entity.name()),
							new TextualBody("describing", entity.glossText() + " Sources: " + entity.sourcesText())),
					targets));
		}
		return new AnnotationCollection(CONTEXT, collectionUrl, "AnnotationCollection",
				"Notes and annotations: " + letter.meta().title() + ", " + letter.meta().dateline(), items.size(),
				new AnnotationPage(collectionUrl + "#page1", "AnnotationPage", 0, items));
	}

	/**
	 * A paragraph's words as the target: the quote, and the paragraph refined by the same quote. The W3C model reads
	 * a list of selectors as alternatives for the same words; tools that know only quotes take the first.
	 */
	private static Target target(String pageUrl, String fragment, TextQuoteSelector quote) {
		return new Target(pageUrl, List.of(quote, new FragmentSelector(fragment, quote)));
	}

	static TextQuoteSelector quote(String text, int start, int end) {
		return new TextQuoteSelector(text.substring(start, end),
				text.substring(Math.max(0, start - CONTEXT_LENGTH), start),
				text.substring(end, Math.min(text.length(), end + CONTEXT_LENGTH)));
	}

	/** The last few words before a point in the text, such as a note's reference mark. */
	static TextQuoteSelector quoteBefore(String text, int position) {
		int end = position;
		while (end > 0 && text.charAt(end - 1) == ' ') {
			end--;
		}
		int start = end;
		for (int word = 0; word < WORDS_BEFORE_NOTE && start > 0; word++) {
			start = text.lastIndexOf(' ', start - 2) + 1;
		}
		return quote(text, start, end);
	}

	/** The collection: every annotation of a letter, on one embedded page. */
	record AnnotationCollection(@JsonProperty("@context") String context, String id, String type, String label,
			int total, AnnotationPage first) {
	}

	record AnnotationPage(String id, String type, int startIndex, List<Annotation> items) {
	}

	record Annotation(String id, String type, String motivation, List<TextualBody> body, List<Target> target) {

		Annotation(String id, String motivation, List<TextualBody> body, List<Target> target) {
			this(id, "Annotation", motivation, body, target);
		}

	}

	record TextualBody(String type, String purpose, String value, String format, String language) {

		TextualBody(String purpose, String value) {
			this("TextualBody", purpose, value, "text/plain", "en");
		}

	}

	record Target(String source, List<Selector> selector) {
	}

	/** What picks the annotated words out of the page; Jackson writes each by its own record's fields. */
	sealed interface Selector permits TextQuoteSelector, FragmentSelector {
	}

	/** Empty context (a quote at a paragraph's edge) is left out, as the model allows. */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record TextQuoteSelector(String type, String exact, String prefix, String suffix) implements Selector {

		TextQuoteSelector(String exact, String prefix, String suffix) {
			this("TextQuoteSelector", exact, prefix, suffix);
		}

	}

	record FragmentSelector(String type, String conformsTo, String value, TextQuoteSelector refinedBy)
			implements Selector {

		FragmentSelector(String value, TextQuoteSelector refinedBy) {
			this("FragmentSelector", RFC_3986, value, refinedBy);
		}

	}

}
