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

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A passage of a letter in the edition's own Markdown, the way an editor writes a letter
 * in {@code content/}: the title, the paragraphs with their {@code [^n]} note marks,
 * {@code [Page 820]} breaks and {@code [phrase]{ref=id}} mentions, then the notes. Every
 * character that Markdown would read as syntax is escaped, so the words come back as they
 * are.
 */
public final class PassageMarkdown {

	/**
	 * ASCII punctuation that Markdown, or the edition's mentions and ids, could read as
	 * syntax.
	 */
	private static final String SYNTAX = "\\`*_[]{}<>#!|~&";

	private PassageMarkdown() {
	}

	public static String render(Edition edition, Letter letter, Passage passage) {
		Witnessed sources = Witnessed.of(edition, letter);
		StringBuilder markdown = new StringBuilder();
		markdown.append("# ").append(escape(letter.meta().title())).append("\n\n");
		List<Note> notes = new ArrayList<>();
		for (int block = 1; block <= letter.paragraphs().size(); block++) {
			if (!passage.touches(block)) {
				continue;
			}
			StringBuilder paragraph = new StringBuilder();
			int open = 0;
			for (Piece piece : Pieces.paragraph(sources, block)) {
				if (!passage.holds(piece.place())) {
					continue;
				}
				if (piece instanceof Words words) {
					paragraph.append(escape(words.text()));
				}
				else if (piece instanceof MentionStart) {
					paragraph.append('[');
					open++;
				}
				else if (piece instanceof MentionEnd end && open > 0) {
					paragraph.append("]{ref=").append(end.mention().entityId()).append('}');
					open--;
				}
				else if (piece instanceof NoteMark mark) {
					paragraph.append("[^").append(mark.note().label()).append(']');
					notes.add(mark.note());
				}
				else if (piece instanceof PageMark mark && mark.printing().reproduced()) {
					// The edition's Markdown marks the pages of the printing it
					// reproduces; a space after the mark
					// keeps it apart from the next word, and white space collapses when
					// the letter is read.
					paragraph.append("[Page ").append(mark.pageBreak().page()).append("] ");
				}
			}
			markdown.append(startOfBlock(paragraph.toString().strip())).append("\n\n");
		}
		for (Note note : notes) {
			markdown.append("[^").append(note.label()).append("]: ").append(inline(note.html())).append("\n\n");
		}
		return markdown.toString().stripTrailing() + "\n";
	}

	private static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (SYNTAX.indexOf(c) >= 0) {
				escaped.append('\\');
			}
			escaped.append(c);
		}
		return escaped.toString();
	}

	/**
	 * A paragraph that opens like a list item or a quotation would become one: its first
	 * mark is escaped.
	 */
	private static String startOfBlock(String paragraph) {
		if (paragraph.startsWith("-") || paragraph.startsWith("+") || paragraph.startsWith("=")) {
			return "\\" + paragraph;
		}
		int digits = 0;
		while (digits < paragraph.length() && Character.isDigit(paragraph.charAt(digits))) {
			digits++;
		}
		if (digits > 0 && digits < paragraph.length()
				&& (paragraph.charAt(digits) == '.' || paragraph.charAt(digits) == ')')) {
			return paragraph.substring(0, digits) + "\\" + paragraph.substring(digits);
		}
		return paragraph;
	}

	/** A note's HTML (links and emphasis) as Markdown. */
	private static String inline(String html) {
		StringBuilder markdown = new StringBuilder();
		inline(Jsoup.parseBodyFragment(html).body(), markdown);
		return markdown.toString().strip();
	}

	private static void inline(Element element, StringBuilder markdown) {
		for (Node child : element.childNodes()) {
			if (child instanceof TextNode text) {
				markdown.append(escape(text.getWholeText()));
			}
			else if (child instanceof Element inner) {
				switch (inner.normalName()) {
					case "em", "i" -> {
						markdown.append('*');
						inline(inner, markdown);
						markdown.append('*');
					}
					case "strong", "b" -> {
						markdown.append("**");
						inline(inner, markdown);
						markdown.append("**");
					}
					case "a" -> {
						markdown.append('[');
						inline(inner, markdown);
						markdown.append("](<")
							.append(inner.attr("href").replace(">", "%3E").replace("<", "%3C"))
							.append(">)");
					}
					default -> inline(inner, markdown);
				}
			}
		}
	}

}
