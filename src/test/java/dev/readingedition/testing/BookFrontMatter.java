package dev.readingedition.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import dev.readingedition.about.FrontMatterFacts;
import dev.readingedition.citation.Citations;
import dev.readingedition.citation.PrintingCitations;
import dev.readingedition.edition.Edition;
import dev.readingedition.export.OpenDataFiles;
import dev.readingedition.reading.Permalinks;

/**
 * The front matter as the site renders it for the books, for tests of the books outside a
 * server: the same {@link FrontMatterFacts} the pages use, with the site at a fixed
 * address and a fixed day.
 */
public final class BookFrontMatter {

	private BookFrontMatter() {
	}

	public static List<OpenDataFiles.FrontMatterHtml> of(Edition edition, String base) {
		Permalinks permalinks = new Permalinks(base);
		Citations citations = new Citations(permalinks,
				Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC));
		FrontMatterFacts facts = new FrontMatterFacts(citations, new PrintingCitations(permalinks, citations));
		return edition.frontMatter()
			.pages()
			.stream()
			.map((page) -> new OpenDataFiles.FrontMatterHtml(page.slug(), page.path(), page.title(),
					page.html(facts.of(edition))))
			.toList();
	}

}
