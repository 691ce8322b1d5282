package dev.readingedition.reading;

import java.util.Objects;

import dev.readingedition.edition.Paragraph;

/**
 * What a permalink page adds to the letter it shows: the paragraph or printed page the
 * reader came for, the link preview of it, and how a quote in the link fared.
 *
 * @param anchor the id of the paragraph or page marker to bring into view, e.g.
 * {@code p11} or {@code page820}
 * @param label how the page names it, e.g. "¶ 11" or "page 820"
 * @param preview what link previews show
 * @param paragraph the paragraph linked, or {@code null} when the link is to a printed
 * page
 * @param quote the quote the link asked to mark, or {@code null}
 * @param quoteFound whether the quote was found in the paragraph and marked
 */
public record Permalink(String anchor, String label, Preview preview, Paragraph paragraph, String quote,
		boolean quoteFound) {

	public Permalink {
		Objects.requireNonNull(anchor, "anchor");
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(preview, "preview");
	}

}
