package dev.readingedition.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import dev.readingedition.edition.TextMarker.Range;

/**
 * One search hit: a paragraph or a note, named by our own ids, never by Lucene's.
 *
 * @param slug the letter's slug
 * @param title the letter's title
 * @param date the letter's date
 * @param author who wrote the letter
 * @param recipient to whom
 * @param kind what was found
 * @param anchor the anchor on the reading page, e.g. {@code p11} or {@code n4}
 * @param paragraph for a paragraph, its number; else {@code null}
 * @param note for a note, its label as printed ({@code 4}); else {@code null}
 * @param annotation for an annotation, the annotated entity's name; else {@code null}
 * @param page the printed page on which the first matched word stands; for a note, the
 * page that cites it; for an annotation, the page of its first mention
 * @param snippet the passage that matched, as plain text
 * @param highlights the matched words in the snippet
 * @param score how well it matched: higher is better
 */
public record Hit(String slug, String title, LocalDate date, String author, String recipient, Kind kind, String anchor,
		Integer paragraph, String note, String annotation, int page, String snippet, List<Range> highlights,
		float score) {

	public Hit {
		if ((paragraph != null) != (kind == Kind.PARAGRAPH) || (note != null) != (kind == Kind.NOTE)
				|| (annotation != null) != (kind == Kind.ANNOTATION)) {
			throw new IllegalArgumentException("a " + kind.label() + " hit is placed by its " + switch (kind) {
				case PARAGRAPH -> "paragraph number";
				case NOTE -> "note label";
				case ANNOTATION -> "entity's name";
			} + " alone");
		}
		highlights = List.copyOf(highlights);
	}

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

	/** What kind of passage a hit is. */
	public enum Kind {

		PARAGRAPH("The letter’s text"), NOTE("Notes"), ANNOTATION("Names and terms");

		private final String heading;

		Kind(String heading) {
			this.heading = heading;
		}

		/**
		 * The kind as the API, the index and the {@code kind} parameter spell it: its
		 * name in lower case, e.g. {@code paragraph}.
		 */
		public String label() {
			return name().toLowerCase(Locale.ROOT);
		}

		/** The kind as the results page heads its group. */
		public String heading() {
			return heading;
		}

		/** The kind a label names, or {@code null} when none does. */
		public static Kind named(String label) {
			for (Kind kind : values()) {
				if (kind.label().equals(label)) {
					return kind;
				}
			}
			return null;
		}

		static Kind of(String label) {
			Kind kind = named(label);
			if (kind == null) {
				throw new IllegalArgumentException("no kind " + label);
			}
			return kind;
		}

	}

	/**
	 * Which letter the hit is in, as a reader tells letters apart: "February 15, 1962 ·
	 * John F. Kennedy → Nikita S. Khrushchev".
	 */
	public String letterLabel() {
		return letterLabel(date, author, recipient);
	}

	static String letterLabel(LocalDate date, String author, String recipient) {
		return DATE.format(date) + " \u00b7 " + author + " \u2192 " + recipient;
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
	 * Where the hit stands, as a reader cites it: "¶ 11 · p. 821", "Note 4 · p. 820", or
	 * for an annotation "Annotation: Llewellyn E. Thompson, Jr. · p. 819" (the page of
	 * its first mention).
	 */
	public String place() {
		return switch (kind) {
			case PARAGRAPH -> "\u00b6 " + paragraph + " \u00b7 p. " + page;
			case NOTE -> "Note " + note + " \u00b7 p. " + page;
			case ANNOTATION -> "Annotation: " + annotation + " \u00b7 p. " + page;
		};
	}

	/**
	 * The snippet in pieces, each marked or not, for templates that escape every piece.
	 */
	public List<Piece> pieces() {
		return Piece.split(snippet, highlights);
	}

	/**
	 * A stretch of a snippet, matched or not.
	 *
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
