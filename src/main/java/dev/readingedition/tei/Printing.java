package dev.readingedition.tei;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.readingedition.edition.Letter;
import dev.readingedition.edition.Metadata;
import dev.readingedition.edition.PageBreak;

/**
 * One printing of a letter, and the pages it stands on there: the volume the edition reproduces, whose page breaks
 * the text carries, and any other printing its front matter names. The TEI describes each in its source
 * description and marks its page breaks with {@code <pb ed="…">}; DTS offers each paginated one as a citation tree.
 *
 * @param id a sigil for the printing, the Office of the Historian's volume id where the address gives one, e.g.
 * {@code frus1961-63v14}
 * @param description how the printing is cited, e.g. "Foreign Relations of the United States, 1961–1963, Volume
 * XIV, Berlin Crisis, 1961–1962, Document 296"
 * @param url the document's online address in that printing
 * @param firstPage the page the document begins on, or 0 when the edition does not know its pages
 * @param breaks the printing's page breaks in the text, in reading order (empty when its pages are unknown)
 */
public record Printing(String id, String description, URI url, int firstPage, List<PageBreak> breaks) {

	public Printing {
		breaks = List.copyOf(breaks);
	}

	/** The printings of a letter: the one it reproduces first, then the others its front matter names. */
	public static List<Printing> of(Letter letter) {
		Metadata meta = letter.meta();
		List<Printing> printings = new ArrayList<>();
		printings.add(new Printing(sigil(meta.sourceUrl(), "printed"),
				meta.series() + ", Volume " + meta.volume() + ", " + meta.volumeTitle() + ", Document " + meta.document(),
				meta.sourceUrl(), meta.firstPage(), letter.pageBreaks()));
		if (meta.alsoPrinted() != null) {
			String description = meta.alsoPrinted().startsWith("Volume ") ? meta.series() + ", " + meta.alsoPrinted()
					: meta.alsoPrinted();
			printings.add(new Printing(sigil(meta.alsoPrintedUrl(), "also-printed"), description,
					meta.alsoPrintedUrl(), 0, List.of()));
		}
		return List.copyOf(printings);
	}

	/** The printing whose pages the letter's text marks. */
	public static Printing main(Letter letter) {
		return of(letter).get(0);
	}

	/** Whether the edition knows on which pages of this printing the letter stands. */
	public boolean paginated() {
		return firstPage > 0;
	}

	/** The pages of this printing the letter stands on, in order: the first page, then each that breaks in it. */
	public List<Integer> pages() {
		if (!paginated()) {
			return List.of();
		}
		List<Integer> pages = new ArrayList<>();
		pages.add(firstPage);
		breaks.forEach((pageBreak) -> pages.add(pageBreak.page()));
		return List.copyOf(pages);
	}

	/** The break at which a page begins, empty for the first page (which begins before the text). */
	public Optional<PageBreak> breakOf(int page) {
		return breaks.stream().filter((pageBreak) -> pageBreak.page() == page).findFirst();
	}

	/** The break that ends a page: the next page's, empty for the last page. */
	public Optional<PageBreak> breakAfter(int page) {
		return breaks.stream().filter((pageBreak) -> pageBreak.page() > page).findFirst();
	}

	/**
	 * The id of the FRUS volume in a history.state.gov address ({@code /historicaldocuments/frus1961-63v14/d296}), so
	 * the sigil is the one the Office of the Historian's own TEI uses; a fallback for other addresses.
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
