package dev.readingedition.export;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import dev.readingedition.edition.Letter;
import dev.readingedition.edition.Note;
import dev.readingedition.edition.Paragraph;
import dev.readingedition.printings.Variant;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;

/**
 * A letter's title and paragraphs as XHTML for a book rather than a web page: the model's
 * HTML (rendered once per load of the content) with its margin notes and glosses taken
 * out, and put back where a book wants them. The notes come from the model's own
 * {@link Note}s, not from the page, and the elements are found by their DPUB-ARIA roles,
 * so the reading page's design can change without changing the books. Ids stay the
 * page's: {@code p3}, {@code n2}, {@code nref2}, {@code page820},
 * {@code aref-thompson-1}, and for a letter printed twice the other printing's
 * {@code vol-vi-page93} and {@code var1} (see {@link OtherPrinting}).
 */
final class LetterMarkup {

	/** How a book sets notes, mentions and page breaks. */
	enum Book {

		/**
		 * EPUB 3: notes as footnote asides after their paragraph, mentions linked to the
		 * glossary.
		 */
		EPUB,

		/**
		 * The PDF: notes as CSS footnotes where they are cited, mentions linked to the
		 * letter's names and terms.
		 */
		PDF

	}

	private LetterMarkup() {
	}

	/**
	 * The letter's title, its notes set for the book.
	 * @return the {@code h1} and, for the EPUB, the asides of its notes
	 */
	static List<Element> title(Letter letter, Book book, Optional<OtherPrinting> other) {
		Element h1 = fragment(letter.titleHtml()).tagName("h1").attr("id", "title");
		transform(h1, letter, book, (id) -> "#" + id, other);
		if (book == Book.PDF) {
			return List.of(h1);
		}
		List<Element> elements = new java.util.ArrayList<>(List.of(h1));
		letter.titleNotes().forEach((note) -> elements.add(footnoteAside(note)));
		return elements;
	}

	/**
	 * One paragraph, and for the EPUB the asides of its notes after it.
	 * @param mentionHref where a mention of an entity links, from the entity's anchor
	 * @param permalink the paragraph's permanent address, which its number links to in
	 * the PDF
	 */
	static List<Element> paragraph(Letter letter, Paragraph paragraph, Book book, Function<String, String> mentionHref,
			String permalink, Optional<OtherPrinting> other) {
		Element p = fragment(paragraph.html()).tagName("p").attr("id", paragraph.id());
		transform(p, letter, book, mentionHref, other);
		if (book == Book.PDF) {
			Element number = new Element("a").attr("class", "paragraph-number")
				.attr("href", permalink)
				.attr("title", "Paragraph " + paragraph.number() + " in the online edition")
				.text(String.valueOf(paragraph.number()));
			p.prependChild(number);
			return List.of(p);
		}
		p.attr("class", "numbered").attr("data-number", String.valueOf(paragraph.number()));
		Element number = new Element("span").attr("class", "paragraph-number")
			.attr("aria-label", "Paragraph " + paragraph.number())
			.text(String.valueOf(paragraph.number()));
		p.prependChild(number);
		List<Element> elements = new java.util.ArrayList<>(List.of(p));
		for (String label : paragraph.noteLabels()) {
			letter.note(label).ifPresent((note) -> elements.add(footnoteAside(note)));
		}
		other.ifPresent((printing) -> printing.variantsIn(paragraph.number())
			.forEach((variant) -> elements.add(variantAside(variant, printing))));
		return elements;
	}

	/**
	 * The model's inline HTML as the children of one element, to be renamed by the
	 * caller.
	 */
	private static Element fragment(String html) {
		Document document = Jsoup.parseBodyFragment(html);
		Element holder = new Element("div");
		for (Node child : List.copyOf(document.body().childNodes())) {
			holder.appendChild(child);
		}
		return holder;
	}

	private static void transform(Element element, Letter letter, Book book, Function<String, String> mentionHref,
			Optional<OtherPrinting> other) {
		// The margin notes and glosses: the book sets the model's notes and the
		// register's glosses itself.
		element.select("[role=doc-footnote], [role=note], aside").remove();
		for (Element ref : element.select("a[role=doc-noteref]")) {
			String label = noteLabel(ref);
			Element sup = ref.parent() != null && ref.parent().nameIs("sup") ? ref.parent() : ref;
			Note note = letter.note(label).orElse(null);
			if (note == null) {
				sup.remove();
				continue;
			}
			if (book == Book.PDF) {
				Element footnote = new Element("span").attr("class", "footnote")
					.attr("id", note.id())
					.attr("data-label", label);
				footnote.appendChild(new Element("span").attr("class", "footnote-number").text(label + ". "));
				appendHtml(footnote, note.html());
				sup.replaceWith(footnote);
			}
			else {
				// The page numbers an empty reference with CSS; a book's reference
				// carries its number.
				Element mark = new Element("a").attr("epub:type", "noteref")
					.attr("role", "doc-noteref")
					.attr("id", note.refId())
					.attr("href", "#" + note.id())
					.attr("aria-label", "Note " + label)
					.text(label);
				sup.replaceWith(new Element("sup").appendChild(mark));
			}
		}
		for (Element mention : element.select("a[href^=#a-]")) {
			String anchor = mention.attr("href").substring(1);
			String id = mention.id();
			mention.clearAttributes();
			if (!id.isEmpty()) {
				mention.attr("id", id);
			}
			mention.attr("href", mentionHref.apply(anchor));
		}
		// The other printing's places: its lemma's words stay, its mark becomes a note of
		// the book's kind.
		element.select("span.lemma").unwrap();
		for (Element mark : element.select("a.variant-ref")) {
			Variant variant = other.flatMap((printing) -> printing.variant(mark.attr("href").replaceFirst("^#", "")))
				.orElse(null);
			if (variant == null) {
				mark.remove();
			}
			else if (book == Book.PDF) {
				Element footnote = new Element("span").attr("class", "footnote variant")
					.attr("id", variant.anchor())
					.attr("data-label", "\u00b0");
				footnote.appendElement("span").attr("class", "footnote-number").text("\u00b0 ");
				footnote.appendText(other.get().reading(variant));
				mark.replaceWith(footnote);
			}
			else {
				Element call = new Element("a").attr("epub:type", "noteref")
					.attr("role", "doc-noteref")
					.attr("class", "variant-ref")
					.attr("id", variant.anchor() + "-ref")
					.attr("href", "#" + variant.anchor())
					.attr("aria-label", "Variant: " + other.get().reading(variant))
					.text("\u00b0");
				mark.replaceWith(new Element("sup").appendChild(call));
			}
		}
		for (Element pageBreak : element.select("[role=doc-pagebreak], .pagebreak")) {
			OtherPrinting.PrintedPage page = pageBreak.hasClass("pagebreak-other") ? other
				.flatMap((printing) -> printing.pages()
					.stream()
					.filter((candidate) -> candidate.id().equals(pageBreak.id()))
					.findFirst())
				.orElse(null) : basePage(pageBreak);
			if (page == null) {
				pageBreak.remove();
				continue;
			}
			pageBreak.replaceWith(pageMarker(page, book));
		}
	}

	/**
	 * One of the reproduced printing's page markers, from the page's markup:
	 * {@code page820}, or its data-page.
	 */
	private static OtherPrinting.PrintedPage basePage(Element pageBreak) {
		String page = pageBreak.hasAttr("data-page") ? pageBreak.attr("data-page")
				: pageBreak.id().replaceFirst("^page", "");
		int number;
		try {
			number = Integer.parseInt(page);
		}
		catch (NumberFormatException ex) {
			return null;
		}
		return new OtherPrinting.PrintedPage("page" + number, number, page, "Page " + page);
	}

	/** A printed page's marker as a book sets it: {@code [820]}, {@code [VI 93]}. */
	static Element pageMarker(OtherPrinting.PrintedPage page, Book book) {
		Element marker = new Element("span").attr("id", page.id())
			.attr("class", "pagebreak")
			.text("[" + page.label() + "]");
		if (book == Book.EPUB) {
			marker.attr("epub:type", "pagebreak")
				.attr("role", "doc-pagebreak")
				.attr("aria-label", page.label())
				.attr("title", page.spoken());
		}
		else {
			marker.attr("title", page.spoken());
		}
		return marker;
	}

	/**
	 * A reference's note label: from its id ({@code nref2}), its target ({@code #n2}) or,
	 * failing both, its text.
	 */
	private static String noteLabel(Element ref) {
		if (ref.id().startsWith("nref")) {
			return ref.id().substring("nref".length());
		}
		if (ref.attr("href").startsWith("#n")) {
			return ref.attr("href").substring(2);
		}
		return ref.text();
	}

	/** A note as an EPUB footnote: its number leads back to where it is cited. */
	private static Element footnoteAside(Note note) {
		Element aside = new Element("aside").attr("id", note.id())
			.attr("epub:type", "footnote")
			.attr("role", "doc-footnote")
			.attr("aria-label", "Note " + note.label());
		Element p = aside.appendElement("p");
		p.appendElement("a")
			.attr("href", "#" + note.refId())
			.attr("role", "doc-backlink")
			.attr("aria-label", "Back to the text at note " + note.label())
			.text(note.label() + ".");
		p.appendText(" ");
		appendHtml(p, note.html());
		return aside;
	}

	/**
	 * Where the other printing reads otherwise, as an EPUB footnote: its ° leads back to
	 * the mark in the text.
	 */
	private static Element variantAside(Variant variant, OtherPrinting other) {
		Element aside = new Element("aside").attr("id", variant.anchor())
			.attr("epub:type", "footnote")
			.attr("role", "doc-footnote")
			.attr("class", "variant")
			.attr("aria-label", "Variant " + variant.number());
		Element p = aside.appendElement("p");
		p.appendElement("a")
			.attr("href", "#" + variant.anchor() + "-ref")
			.attr("role", "doc-backlink")
			.attr("aria-label", "Back to the text at variant " + variant.number())
			.text("\u00b0");
		p.appendText(" " + other.reading(variant));
		return aside;
	}

	/** Appends the model's inline HTML (links and emphasis) to an element. */
	static void appendHtml(Element element, String html) {
		for (Node child : List.copyOf(Jsoup.parseBodyFragment(html).body().childNodes())) {
			element.appendChild(child);
		}
	}

	/**
	 * Rewrites the site's own links ({@code /letters/…}, as the content writes them) for
	 * a book: a book is read away from the site, so each becomes what {@code rewrite}
	 * makes of it (a file of the EPUB, or an absolute address).
	 */
	static void siteLinks(Element root, Function<String, String> rewrite) {
		for (Element link : root.select("a[href^=/]")) {
			link.attr("href", rewrite.apply(link.attr("href")));
		}
	}

	/** An element as XHTML. */
	static String xhtml(Element element) {
		Document.OutputSettings settings = new Document.OutputSettings().syntax(Document.OutputSettings.Syntax.xml)
			.escapeMode(Entities.EscapeMode.xhtml)
			.charset("UTF-8")
			.prettyPrint(false);
		Document holder = new Document("");
		holder.outputSettings(settings);
		holder.appendChild(element.clone());
		return holder.html();
	}

}
