package dev.readingedition.citation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.readingedition.edition.Entity;
import dev.readingedition.edition.HtmlText;
import dev.readingedition.edition.Letter;
import dev.readingedition.edition.LetterParser;
import dev.readingedition.edition.Mention;
import dev.readingedition.edition.Note;
import dev.readingedition.edition.Paragraph;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A letter's notes and annotations as W3C Web Annotations
 * (https://www.w3.org/TR/annotation-model/), so annotation tools can anchor them in the
 * reading page. Each target is a {@code SpecificResource} of the reading page: the exact
 * words with a text-quote selector, and the paragraph refined by the same quote. The
 * quote's prefix and suffix are the text beside the words as the page serves it
 * ({@link ServedText}), which is what a client such as Hypothesis searches, so each
 * anchors at its own words and nowhere else.
 */
public final class WebAnnotations {

	static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";

	static final String RFC_3986 = "http://tools.ietf.org/rfc/rfc3986";

	/**
	 * As much context on each side of a quote as Hypothesis keeps, enough to tell
	 * repeated words apart.
	 */
	static final int CONTEXT_LENGTH = 32;

	/** A note marks a point in the text; its quote is the few words it is attached to. */
	static final int WORDS_BEFORE_NOTE = 5;

	private WebAnnotations() {
	}

	/**
	 * The letter's notes, then its annotations (one per entity, targeting every mention),
	 * as one collection.
	 * @param letter the letter
	 * @param pageUrl the reading page's absolute address, the annotations' target
	 * @param collectionUrl the collection's own absolute address
	 */
	public static AnnotationCollection of(Letter letter, String pageUrl, String collectionUrl, Agent generator,
			Instant made) {
		String when = made.truncatedTo(ChronoUnit.SECONDS).toString();
		Map<String, ServedText> served = new HashMap<>();
		// The title's context starts with what letter.html serves right before it, the
		// document number's line (the
		// title's first words also open the APA citation), and ends with what follows it
		// there: its notes, in the
		// margin after the heading (AnnotationAnchoringTests anchors on the served page).
		served.put(LetterParser.TITLE_ANCHOR, ServedText.of("Document " + letter.meta().document(),
				HtmlText.ofParagraph(letter.titleHtml() + letter.titleMarginHtml()), letter.meta().title()));
		for (Paragraph paragraph : letter.paragraphs()) {
			served.put(paragraph.id(), ServedText.of(paragraph.htmlText(), paragraph.text()));
		}
		String letterText = served.values().stream().map(ServedText::text).collect(Collectors.joining("\n"));
		List<Annotation> items = new ArrayList<>();
		for (Note note : letter.notes()) {
			String text = note.citedIn().equals(LetterParser.TITLE_ANCHOR) ? letter.meta().title()
					: letter.paragraph(note.citedIn()).orElseThrow().text();
			items.add(new Annotation(collectionUrl + "#" + note.id(), "commenting",
					List.of(new TextualBody("commenting", note.text())),
					List.of(target(pageUrl, note.citedIn(),
							quoteBefore(text, served.get(note.citedIn()), note.position(), letterText))),
					when, generator));
		}
		for (Entity entity : letter.annotations()) {
			List<Target> targets = new ArrayList<>();
			for (Mention mention : letter.mentions()) {
				if (mention.entity().equals(entity)) {
					Paragraph paragraph = letter.paragraph(mention.paragraphId()).orElseThrow();
					targets.add(target(pageUrl, paragraph.id(), quote(paragraph.text(), served.get(paragraph.id()),
							mention.start(), mention.end(), letterText)));
				}
			}
			items.add(new Annotation(collectionUrl + "#" + entity.anchor(), "describing",
					List.of(new TextualBody("identifying", entity.name()),
							new TextualBody("describing", entity.glossText() + " Sources: " + entity.sourcesText())),
					targets, when, generator));
		}
		return new AnnotationCollection(CONTEXT, collectionUrl, "AnnotationCollection",
				"Notes and annotations: " + letter.meta().title() + ", " + letter.meta().dateline(), items.size(),
				new AnnotationPage(collectionUrl + "#page1", "AnnotationPage", 0, items));
	}

	/**
	 * A paragraph's words as the target: the quote, and the paragraph refined by the same
	 * quote. The W3C model reads a list of selectors as alternatives for the same words;
	 * tools that know only quotes take the first.
	 */
	private static Target target(String pageUrl, String fragment, TextQuoteSelector quote) {
		return new Target(pageUrl, List.of(quote, new FragmentSelector(fragment, quote)));
	}

	/**
	 * The letter's words from {@code start} to {@code end}, with the served text beside
	 * them as context. Words that the page interrupts with its apparatus (a gloss between
	 * a mention and the comma after it) are not one run of its text, so the quote keeps
	 * only the run that ends at {@code end}: the quote must be what the page shows.
	 */
	/** Context shorter than this is too common to place a quote by. */
	private static final int SHORTEST_CONTEXT = 16;

	static TextQuoteSelector quote(String text, ServedText served, int start, int end, String letterText) {
		int first = start;
		while (first < end - 1 && !served.contiguous(first, end)) {
			first++;
		}
		while (first < end - 1 && text.charAt(first) == ' ') {
			first++;
		}
		int from = served.position(first);
		int to = served.position(end - 1) + 1;
		String page = served.text();
		String prefix = page.substring(Math.max(0, from - CONTEXT_LENGTH), from);
		String suffix = page.substring(to, Math.min(page.length(), to + CONTEXT_LENGTH));
		if ((prefix.length() < SHORTEST_CONTEXT || !once(letterText, prefix)) && suffix.length() >= SHORTEST_CONTEXT
				&& once(letterText, suffix)) {
			// A client that looks for the prefix first (dom-anchor-text-quote) finds a
			// few characters at a paragraph's
			// start ("The ", "2 "), or words the letter repeats, elsewhere, and then the
			// quote there; without the
			// prefix, it looks for the suffix, which is found once.
			prefix = "";
		}
		return new TextQuoteSelector(page.substring(from, to), prefix, suffix);
	}

	/** Whether a context stands only once in the letter's text as served. */
	private static boolean once(String letterText, String context) {
		int first = letterText.indexOf(context);
		return first >= 0 && letterText.indexOf(context, first + 1) < 0;
	}

	/** The last few words before a point in the text, such as a note's reference mark. */
	static TextQuoteSelector quoteBefore(String text, ServedText served, int position, String letterText) {
		int end = position;
		while (end > 0 && text.charAt(end - 1) == ' ') {
			end--;
		}
		int start = end;
		for (int word = 0; word < WORDS_BEFORE_NOTE && start > 0; word++) {
			start = text.lastIndexOf(' ', start - 2) + 1;
		}
		return quote(text, served, start, end, letterText);
	}

	/** The collection: every annotation of a letter, on one embedded page. */
	public record AnnotationCollection(@JsonProperty("@context") String context, String id, String type, String label,
			int total, AnnotationPage first) {
	}

	record AnnotationPage(String id, String type, int startIndex, List<Annotation> items) {
	}

	/**
	 * One annotation. The edition makes its annotations from the content each time the
	 * content loads, so they are created, modified and generated at that moment, by the
	 * edition's software.
	 */
	record Annotation(String id, String type, String motivation, List<TextualBody> body, List<Target> target,
			String created, String modified, Agent generator, String generated) {

		Annotation(String id, String motivation, List<TextualBody> body, List<Target> target, String when,
				Agent generator) {
			this(id, "Annotation", motivation, body, target, when, when, generator, when);
		}

	}

	/**
	 * The software that makes the annotations: the edition itself.
	 *
	 * @param id the edition's address
	 * @param type {@code Software}
	 * @param name the edition's name
	 * @param homepage the edition's home page
	 */
	public record Agent(String id, String type, String name, String homepage) {

		public static Agent software(String id, String name) {
			return new Agent(id, "Software", name, id);
		}

	}

	record TextualBody(String type, String purpose, String value, String format, String language) {

		TextualBody(String purpose, String value) {
			this("TextualBody", purpose, value, "text/plain", "en");
		}

	}

	/** A part of the reading page, as the model's {@code SpecificResource}. */
	record Target(String type, String source, List<Selector> selector) {

		Target(String source, List<Selector> selector) {
			this("SpecificResource", source, selector);
		}

	}

	/**
	 * What picks the annotated words out of the page; Jackson writes each by its own
	 * record's fields.
	 */
	sealed interface Selector permits TextQuoteSelector, FragmentSelector {

	}

	/** Empty context (a quote at a paragraph's edge) is left out, as the model allows. */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record TextQuoteSelector(String type, String exact, String prefix, String suffix) implements Selector {

		TextQuoteSelector(String exact, String prefix, String suffix) {
			this("TextQuoteSelector", exact, prefix, suffix);
		}

	}

	record FragmentSelector(String type, String conformsTo, String value,
			TextQuoteSelector refinedBy) implements Selector {

		FragmentSelector(String value, TextQuoteSelector refinedBy) {
			this("FragmentSelector", RFC_3986, value, refinedBy);
		}

	}

}
