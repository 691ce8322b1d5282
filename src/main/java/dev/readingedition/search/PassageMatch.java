package dev.readingedition.search;

import java.util.List;

import dev.readingedition.edition.TextMarker.Range;

/**
 * One passage of a letter that a query matches, as the reading page marks it: a
 * paragraph, a note or an annotation, with the matched words as ranges of its plain text
 * ({@code Paragraph.text()}, {@code Note.text()}, {@code Entity.glossText()}).
 *
 * @param kind what the passage is
 * @param anchor its anchor on the reading page: {@code p11}, {@code n4},
 * {@code a-adzhubei}
 * @param ranges the matched words; for a paragraph found through the names it mentions,
 * those mentions
 * @param nameRanges for an annotation, the matched words of the entity's name (the
 * gloss's heading), as ranges of {@code Entity.name()}; else empty
 */
public record PassageMatch(Hit.Kind kind, String anchor, List<Range> ranges, List<Range> nameRanges) {

	public PassageMatch {
		ranges = List.copyOf(ranges);
		nameRanges = List.copyOf(nameRanges);
	}

}
