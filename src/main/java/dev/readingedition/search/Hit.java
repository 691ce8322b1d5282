package dev.readingedition.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.readingedition.edition.TextMarker.Range;

/**
 * One search hit: a paragraph or a note, named by our own ids, never by Lucene's.
 *
 * @param slug the letter's slug
 * @param title the letter's title
 * @param kind what was found
 * @param anchor the anchor on the reading page, e.g. {@code p11} or {@code n4}
 * @param number the paragraph's number, the note's label, or the annotated entity's name
 * @param page the printed page the paragraph starts on, or the note is cited on
 * @param snippet the passage that matched, as plain text
 * @param highlights the matched words in the snippet
 * @param score how well it matched: higher is better
 */
public record Hit(String slug, String title, Kind kind, String anchor, String number, int page, String snippet,
		List<Range> highlights, float score) {

	public Hit {
		highlights = List.copyOf(highlights);
	}

	/** What kind of passage a hit is. */
	public enum Kind {

		PARAGRAPH("paragraph"), NOTE("note"), ANNOTATION("annotation");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		/** The kind as the API and the index spell it. */
		public String label() {
			return label;
		}

		static Kind of(String label) {
			for (Kind kind : values()) {
				if (kind.label.equals(label)) {
					return kind;
				}
			}
			throw new IllegalArgumentException("no kind " + label);
		}

	}

	/** Where the hit is on the reading page, relative to the site. */
	public String path() {
		return "/letters/" + slug + "#" + anchor;
	}

	/** The reading page with every match of the query marked, landing on this hit. */
	public String url(String query) {
		return "/letters/" + slug + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "#" + anchor;
	}

	/**
	 * Where the hit stands, as a reader cites it: "¶ 11 · p. 821", "Note 4 · p. 820", or for an annotation
	 * "Annotation: Llewellyn E. Thompson, Jr. · p. 819" (the page of its first mention).
	 */
	public String place() {
		return switch (kind) {
			case PARAGRAPH -> "\u00b6 " + number + " \u00b7 p. " + page;
			case NOTE -> "Note " + number + " \u00b7 p. " + page;
			case ANNOTATION -> "Annotation: " + number + " \u00b7 p. " + page;
		};
	}

	/** The snippet in pieces, each marked or not, for templates that escape every piece. */
	public List<Piece> pieces() {
		return Piece.split(snippet, highlights);
	}

	/**
	 * A stretch of a snippet, matched or not.
	 * @param text the characters
	 * @param marked whether they matched the query
	 */
	public record Piece(String text, boolean marked) {

		static List<Piece> split(String text, List<Range> ranges) {
			java.util.ArrayList<Piece> pieces = new java.util.ArrayList<>();
			int at = 0;
			for (Range range : ranges) {
				if (range.start() < at || range.end() > text.length()) {
					continue;
				}
				if (range.start() > at) {
					pieces.add(new Piece(text.substring(at, range.start()), false));
				}
				pieces.add(new Piece(text.substring(range.start(), range.end()), true));
				at = range.end();
			}
			if (at < text.length()) {
				pieces.add(new Piece(text.substring(at), false));
			}
			return pieces;
		}

	}

}
