package dev.readingedition.tei;

import java.util.ArrayList;
import java.util.List;

import dev.readingedition.edition.Edition;
import dev.readingedition.edition.Letter;
import dev.readingedition.edition.Note;
import dev.readingedition.tei.Pieces.MentionEnd;
import dev.readingedition.tei.Pieces.MentionStart;
import dev.readingedition.tei.Pieces.NoteMark;
import dev.readingedition.tei.Pieces.PageMark;
import dev.readingedition.tei.Pieces.Piece;
import dev.readingedition.tei.Pieces.Words;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

/**
 * A letter or a passage of it as a small HTML document of its own, for the DTS Document
 * endpoint's {@code mediaType=text/html}: the paragraphs with the reading page's ids,
 * page breaks as DPUB-ARIA markers, note marks linking to the notes listed after the
 * text, mentions linking to their glosses on the reading page; the reproduced printing's
 * words, as the reading page has them. Built with jsoup's element API, which escapes
 * every text.
 */
public final class PassageHtml {

	private PassageHtml() {
	}

	/**
	 * @param letterUrl the letter's reading page, which the mentions link to
	 * @param passage the paragraphs or pages to give, or null for the whole letter
	 */
	public static String render(Edition edition, Letter letter, String letterUrl, Passage passage) {
		Witnessed sources = Witnessed.of(edition, letter);
		Document document = Document.createShell("");
		document.prependChild(new DocumentType("html", "", ""));
		document.outputSettings().prettyPrint(false);
		document.selectFirst("html").attr("lang", "en");
		Element head = document.head();
		head.appendElement("meta").attr("charset", "utf-8");
		head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
		head.appendElement("title").text(letter.meta().title() + (passage == null ? "" : ", " + passage.description()));
		head.appendElement("link").attr("rel", "canonical").attr("href", letterUrl);
		Element article = document.body().appendElement("article");
		List<Note> notes = new ArrayList<>();
		Element title = article.appendElement("h1");
		if (passage == null) {
			pieces(title, Pieces.title(sources), null, letterUrl, notes);
		}
		else {
			title.text(letter.meta().title());
			article.appendElement("p").addClass("passage").text(passage.description());
		}
		for (int block = 1; block <= letter.paragraphs().size(); block++) {
			if (passage == null || passage.touches(block)) {
				Element paragraph = article.appendElement("p").id(letter.paragraphs().get(block - 1).id());
				pieces(paragraph, Pieces.paragraph(sources, block), passage, letterUrl, notes);
			}
		}
		if (!notes.isEmpty()) {
			Element section = article.appendElement("section").attr("role", "doc-endnotes");
			section.appendElement("h2").text("Notes");
			Element list = section.appendElement("ol");
			for (Note note : notes) {
				Element item = list.appendElement("li").id(note.id()).attr("value", note.label());
				// The note's HTML is the model's own rendering (links and emphasis,
				// content escaped by the parser).
				item.append(note.html());
			}
		}
		return document.outerHtml();
	}

	private static void pieces(Element into, List<Piece> pieces, Passage passage, String letterUrl, List<Note> notes) {
		Element current = into;
		for (Piece piece : pieces) {
			if (passage != null && !passage.holds(piece.place())) {
				continue;
			}
			if (piece instanceof Words words) {
				current.appendText(words.text());
			}
			else if (piece instanceof MentionStart start) {
				current = current.appendElement("a")
					.id(start.mention().id())
					.attr("href", letterUrl + "#" + start.mention().entity().anchor());
			}
			else if (piece instanceof MentionEnd) {
				if (current != into) {
					current = current.parent();
				}
			}
			else if (piece instanceof NoteMark mark) {
				Note note = mark.note();
				current.appendElement("sup")
					.appendElement("a")
					.id(note.refId())
					.attr("href", "#" + note.id())
					.attr("role", "doc-noteref")
					.text(note.label());
				notes.add(note);
			}
			else if (piece instanceof PageMark mark) {
				boolean main = mark.printing().reproduced();
				Element pageBreak = current.appendElement("span")
					.addClass("pagebreak")
					.attr("role", "doc-pagebreak")
					.attr("aria-label",
							"Page " + mark.pageBreak().page() + (main ? "" : " of " + mark.printing().description()))
					.text("[" + mark.pageBreak().page() + "]");
				pageBreak.id(mark.printing().anchor(mark.pageBreak().page()));
			}
		}
	}

}
