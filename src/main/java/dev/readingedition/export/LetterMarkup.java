package dev.readingedition.export;

import java.util.List;
import java.util.function.Function;

import dev.readingedition.edition.Letter;
import dev.readingedition.edition.Note;
import dev.readingedition.edition.Paragraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;

/**
 * A letter's title and paragraphs as XHTML for a book rather than a web page: the model's HTML (rendered once per load
 * of the content) with its margin notes and glosses taken out, and put back where a book wants them. The notes come
 * from the model's own {@link Note}s, not from the page, and the elements are found by their DPUB-ARIA roles, so the
 * reading page's design can change without changing the books. Ids stay the page's: {@code p3}, {@code n2},
 * {@code nref2}, {@code page820}, {@code aref-thompson-1}.
 */
final class LetterMarkup {

	/** How a book sets notes, mentions and page breaks. */
	enum Book {

		/** EPUB 3: notes as footnote asides after their paragraph, mentions linked to the glossary. */
		EPUB,

		/** The PDF: notes as CSS footnotes where they are cited, mentions linked to the letter's names and terms. */
		PDF

	}

	private LetterMarkup() {
	}

	/**
	 * The letter's title, its notes set for the book.
	 * @return the {@code h1} and, for the EPUB, the asides of its notes
	 */
	static List<Element> title(Letter letter, Book book) {
		Element h1 = fragment(letter.titleHtml()).tagName("h1").attr("id", "title");
		transform(h1, letter, book, (id) -> "#" + id);
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
	 * @param permalink the paragraph's permanent address, which its number links to in the PDF
	 */
	static List<Element> paragraph(Letter letter, Paragraph paragraph, Book book, Function<String, String> mentionHref,
			String permalink) {
		Element p = fragment(paragraph.html()).tagName("p").attr("id", paragraph.id());
		transform(p, letter, book, mentionHref);
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
		return elements;
	}

	/** The model's inline HTML as the children of one element, to be renamed by the caller. */
	private static Element fragment(String html) {
		Document document = Jsoup.parseBodyFragment(html);
		Element holder = new Element("div");
		for (Node child : List.copyOf(document.body().childNodes())) {
			holder.appendChild(child);
		}
		return holder;
	}

	private static void transform(Element element, Letter letter, Book book, Function<String, String> mentionHref) {
		// The margin notes and glosses: the book sets the model's notes and the register's glosses itself.
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
				// The page numbers an empty reference with CSS; a book's reference carries its number.
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
		for (Element pageBreak : element.select("[role=doc-pagebreak], .pagebreak")) {
			String page = pageBreak.hasAttr("data-page") ? pageBreak.attr("data-page")
					: pageBreak.id().replaceFirst("^page", "");
			Element marker = new Element("span").attr("id", "page" + page).attr("class", "pagebreak").text("[" + page + "]");
			if (book == Book.EPUB) {
				marker.attr("epub:type", "pagebreak").attr("role", "doc-pagebreak").attr("aria-label", page)
					.attr("title", page);
			}
			else {
				marker.attr("title", "Page " + page);
			}
			pageBreak.replaceWith(marker);
		}
	}

	/** A reference's note label: from its id ({@code nref2}), its target ({@code #n2}) or, failing both, its text. */
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

	/** Appends the model's inline HTML (links and emphasis) to an element. */
	static void appendHtml(Element element, String html) {
		for (Node child : List.copyOf(Jsoup.parseBodyFragment(html).body().childNodes())) {
			element.appendChild(child);
		}
	}

	/**
	 * Rewrites the site's own links ({@code /letters/…}, as the content writes them) for a book: a book is read away
	 * from the site, so each becomes what {@code rewrite} makes of it (a file of the EPUB, or an absolute address).
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
