package dev.readingedition.tei;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.readingedition.edition.Edition;
import dev.readingedition.edition.Letter;
import dev.readingedition.edition.Metadata;
import dev.readingedition.edition.PageBreak;
import dev.readingedition.printings.Printings;
import dev.readingedition.printings.Printings.WitnessPageBreak;

/**
 * One printing of a letter, and the pages it stands on there: the volume the edition
 * reproduces, whose page breaks the text carries, and any other printing its front matter
 * names. The TEI describes each in its source description and marks its page breaks with
 * {@code <pb ed="…">}; DTS offers each paginated one as a citation tree.
 *
 * @param id a sigil for the printing, the Office of the Historian's volume id where the
 * address gives one, e.g. {@code frus1961-63v14}
 * @param description how the printing is cited, e.g. "Foreign Relations of the United
 * States, 1961–1963, Volume XIV, Berlin Crisis, 1961–1962, Document 296"
 * @param url the document's online address in that printing
 * @param firstPage the page the document begins on, or 0 when the edition does not know
 * its pages
 * @param breaks the printing's page breaks in the text, in reading order (empty when its
 * pages are unknown)
 * @param pathSegment what names this printing's pages in the site's addresses
 * ({@code vol-vi}), null for the printing the letter reproduces, whose pages are the
 * letter's own
 */
public record Printing(String id, String description, URI url, int firstPage, List<PageBreak> breaks,
		String pathSegment) {

	public Printing {
		breaks = List.copyOf(breaks);
	}

	/**
	 * The printings of a letter: the one it reproduces first, then its second witness
	 * when the edition holds one (with the places of its page breaks in the reproduced
	 * text, from the collation), or else the other printing its front matter names.
	 */
	public static List<Printing> of(Edition edition, Letter letter) {
		Metadata meta = letter.meta();
		List<Printing> printings = new ArrayList<>();
		printings.add(main(letter));
		Optional<Printings> collated = edition.printings(letter.slug());
		if (collated.isPresent()) {
			dev.readingedition.printings.Printing witness = collated.get().witness().printing();
			List<PageBreak> breaks = new ArrayList<>();
			for (WitnessPageBreak pageBreak : collated.get().witnessPageBreaks()) {
				int paragraph = pageBreak.base().paragraph();
				if (paragraph >= 1 && paragraph <= letter.paragraphs().size()) {
					breaks.add(new PageBreak(pageBreak.page(), letter.paragraphs().get(paragraph - 1).id(),
							pageBreak.base().offset()));
				}
			}
			printings.add(new Printing(sigil(witness.sourceUrl(), "witness"),
					witness.series() + ", Volume " + witness.volume() + ", " + witness.volumeTitle() + ", Document "
							+ witness.document(),
					witness.sourceUrl(), witness.firstPage(), breaks, witness.pathSegment()));
		}
		else if (meta.alsoPrinted() != null) {
			String description = meta.alsoPrinted().startsWith("Volume ") ? meta.series() + ", " + meta.alsoPrinted()
					: meta.alsoPrinted();
			printings.add(new Printing(sigil(meta.alsoPrintedUrl(), "also-printed"), description, meta.alsoPrintedUrl(),
					0, List.of(), null));
		}
		return List.copyOf(printings);
	}

	/** The printing the letter reproduces, whose pages its own text marks. */
	public static Printing main(Letter letter) {
		Metadata meta = letter.meta();
		return new Printing(
				sigil(meta.sourceUrl(), "printed"), meta.series() + ", Volume " + meta.volume() + ", "
						+ meta.volumeTitle() + ", Document " + meta.document(),
				meta.sourceUrl(), meta.firstPage(), letter.pageBreaks(), null);
	}

	/**
	 * Whether this is the printing the letter reproduces (its pages have the reading
	 * page's plain ids).
	 */
	public boolean reproduced() {
		return pathSegment == null;
	}

	/**
	 * A page's anchor on the reading page: {@code page820}, or {@code vol-vi-page93} for
	 * another printing.
	 */
	public String anchor(int page) {
		return (pathSegment == null ? "" : pathSegment + "-") + "page" + page;
	}

	/**
	 * A page's address below the letter's: {@code /page/820}, or {@code /vol-vi/page/93}.
	 */
	public String path(int page) {
		return (pathSegment == null ? "" : "/" + pathSegment) + "/page/" + page;
	}

	/** Whether the edition knows on which pages of this printing the letter stands. */
	public boolean paginated() {
		return firstPage > 0;
	}

	/**
	 * The pages of this printing the letter stands on, in order: the first page, then
	 * each that breaks in it.
	 */
	public List<Integer> pages() {
		if (!paginated()) {
			return List.of();
		}
		List<Integer> pages = new ArrayList<>();
		pages.add(firstPage);
		breaks.forEach((pageBreak) -> pages.add(pageBreak.page()));
		return List.copyOf(pages);
	}

	/**
	 * The break at which a page begins, empty for the first page (which begins before the
	 * text).
	 */
	public Optional<PageBreak> breakOf(int page) {
		return breaks.stream().filter((pageBreak) -> pageBreak.page() == page).findFirst();
	}

	/** The break that ends a page: the next page's, empty for the last page. */
	public Optional<PageBreak> breakAfter(int page) {
		return breaks.stream().filter((pageBreak) -> pageBreak.page() > page).findFirst();
	}

	/**
	 * The id of the FRUS volume in a history.state.gov address
	 * ({@code /historicaldocuments/frus1961-63v14/d296}), so the sigil is the one the
	 * Office of the Historian's own TEI uses; a fallback for other addresses.
	 */
	private static String sigil(URI url, String fallback) {
		if (url != null && url.getPath() != null) {
			String[] segments = url.getPath().split("/");
			for (int i = 0; i + 1 < segments.length; i++) {
				if (segments[i].equals("historicaldocuments") && segments[i + 1].matches("[A-Za-z][A-Za-z0-9._-]*")) {
					return segments[i + 1];
				}
			}
		}
		return fallback;
	}

}
