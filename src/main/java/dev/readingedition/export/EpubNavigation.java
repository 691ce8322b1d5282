package dev.readingedition.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.readingedition.edition.Edition;
import dev.readingedition.edition.Letter;
import dev.readingedition.edition.Metadata;
import dev.readingedition.edition.PageBreak;
import dev.readingedition.edition.Paragraph;
import dev.readingedition.export.OpenDataFiles.FrontMatterHtml;
import dev.readingedition.export.OtherPrinting.PrintedPage;
import dev.readingedition.printings.Printing;
import dev.readingedition.printings.Printings.WitnessPageBreak;

import org.jsoup.nodes.Element;

/**
 * The book's navigation document ({@code nav.xhtml}): the contents, the page lists of
 * both printings' page numbers, and the landmarks.
 */
final class EpubNavigation {

	private EpubNavigation() {
	}

	static String of(Edition edition, List<FrontMatterHtml> about) {
		Element body = new Element("body");
		Element toc = body.appendElement("nav").attr("epub:type", "toc").attr("role", "doc-toc").attr("id", "toc");
		toc.appendElement("h1").text("Contents");
		Element list = toc.appendElement("ol");
		list.appendElement("li").appendElement("a").attr("href", "front.xhtml").text("About this edition");
		for (FrontMatterHtml page : about) {
			list.appendElement("li").appendElement("a").attr("href", EditionEpub.fileName(page)).text(page.title());
		}
		for (Letter letter : edition.letters()) {
			list.appendElement("li")
				.appendElement("a")
				.attr("href", EditionEpub.fileName(letter) + "#title")
				.text(letter.meta().title() + ", " + letter.meta().dateline());
		}
		if (!edition.register().entities().isEmpty()) {
			list.appendElement("li")
				.appendElement("a")
				.attr("href", EditionEpub.GLOSSARY)
				.text(edition.register().title());
		}
		// The reading system's page list names every page break of the book, both
		// printings' (Ace asks it to),
		// in reading order, each by its printed number (with its volume where two volumes
		// share a number); then a
		// list for each printed volume on its own, for a reader with that volume in hand.
		Map<String, List<PageTarget>> volumes = printedPages(edition);
		Element all = body.appendElement("nav")
			.attr("epub:type", "page-list")
			.attr("role", "doc-pagelist")
			.attr("id", "page-list")
			.attr("aria-labelledby", "page-list-title");
		all.appendElement("h2").attr("id", "page-list-title").text("Printed pages");
		Element allPages = all.appendElement("ol");
		Set<Integer> shared = sharedNumbers(volumes);
		for (Letter letter : edition.letters()) {
			volumes.values()
				.stream()
				.flatMap(List::stream)
				.filter((target) -> target.file().equals(EditionEpub.fileName(letter)))
				.sorted(Comparator.comparingInt(PageTarget::paragraph)
					.thenComparingInt(PageTarget::offset)
					.thenComparingInt(PageTarget::rank))
				.forEach((target) -> allPages.appendElement("li")
					.appendElement("a")
					.attr("href", target.href())
					.text(shared.contains(target.page()) ? target.volume() + " " + target.page()
							: String.valueOf(target.page())));
		}
		int other = 0;
		for (Map.Entry<String, List<PageTarget>> volume : volumes.entrySet()) {
			String id = "pages-" + (++other);
			Element pages = body.appendElement("nav")
				.attr("role", "doc-pagelist")
				.attr("id", id)
				.attr("aria-labelledby", id + "-title");
			pages.appendElement("h2").attr("id", id + "-title").text("Pages of " + volume.getKey());
			Element pageList = pages.appendElement("ol");
			for (PageTarget target : volume.getValue()) {
				pageList.appendElement("li")
					.appendElement("a")
					.attr("href", target.href())
					.text(String.valueOf(target.page()));
			}
		}
		Element landmarks = body.appendElement("nav")
			.attr("epub:type", "landmarks")
			.attr("id", "landmarks")
			.attr("hidden", "hidden");
		landmarks.appendElement("h2").text("Landmarks");
		Element marks = landmarks.appendElement("ol");
		marks.appendElement("li")
			.appendElement("a")
			.attr("epub:type", "toc")
			.attr("href", "nav.xhtml#toc")
			.text("Contents");
		marks.appendElement("li")
			.appendElement("a")
			.attr("epub:type", "bodymatter")
			.attr("href", EditionEpub.fileName(edition.letters().get(0)))
			.text("The letters");
		if (!edition.register().entities().isEmpty()) {
			marks.appendElement("li")
				.appendElement("a")
				.attr("epub:type", "glossary")
				.attr("href", EditionEpub.GLOSSARY)
				.text(edition.register().title());
		}
		return EditionEpub.document("Contents", body);
	}

	/**
	 * A printed page in the book: the file and marker it is at, and where in the letter's
	 * text it falls (paragraph number, offset in its text, the reproduced printing's
	 * before the other's at one place; a first page is 0, 0).
	 */
	record PageTarget(String file, String id, int page, String volume, int paragraph, int offset, int rank) {

		String href() {
			return file + "#" + id;
		}

	}

	/**
	 * Each printed volume's pages in the book, in reading order, by the volume's name:
	 * the pages of the printing each letter reproduces, and those of a letter's second
	 * printing.
	 */
	static Map<String, List<PageTarget>> printedPages(Edition edition) {
		Map<String, List<PageTarget>> volumes = new LinkedHashMap<>();
		for (Letter letter : edition.letters()) {
			Metadata meta = letter.meta();
			String file = EditionEpub.fileName(letter);
			List<PageTarget> own = volumes.computeIfAbsent(printing(meta), (key) -> new ArrayList<>());
			own.add(new PageTarget(file, "page" + meta.firstPage(), meta.firstPage(), meta.volume(), 0, 0, 0));
			for (PageBreak pageBreak : letter.pageBreaks()) {
				int paragraph = letter.paragraph(pageBreak.paragraphId()).map(Paragraph::number).orElse(0);
				own.add(new PageTarget(file, pageBreak.id(), pageBreak.page(), meta.volume(), paragraph,
						pageBreak.position(), 0));
			}
			edition.printings(letter.slug()).ifPresent((printings) -> {
				OtherPrinting other = new OtherPrinting(printings);
				dev.readingedition.printings.Printing printing = other.printing();
				List<PageTarget> pages = volumes.computeIfAbsent(
						printing.series() + ", Volume " + printing.volume() + ", " + printing.volumeTitle(),
						(key) -> new ArrayList<>());
				List<PrintedPage> printed = other.pages();
				List<dev.readingedition.printings.Printings.WitnessPageBreak> breaks = printings.witnessPageBreaks();
				for (int i = 0; i < printed.size(); i++) {
					PrintedPage page = printed.get(i);
					// The first page stands at the heading; each break after it where it
					// falls in the text.
					int paragraph = i == 0 ? 0 : breaks.get(i - 1).base().paragraph();
					int offset = i == 0 ? 0 : breaks.get(i - 1).base().offset();
					pages.add(new PageTarget(file, page.id(), page.page(), printing.siglum(), paragraph, offset, 1));
				}
			});
		}
		return volumes;
	}

	/**
	 * The page numbers that more than one volume has: the page list names those with
	 * their volume.
	 */
	private static Set<Integer> sharedNumbers(Map<String, List<PageTarget>> volumes) {
		Set<Integer> seen = new java.util.HashSet<>();
		Set<Integer> shared = new java.util.HashSet<>();
		for (List<PageTarget> pages : volumes.values()) {
			Set<Integer> numbers = new java.util.HashSet<>();
			pages.forEach((page) -> numbers.add(page.page()));
			for (int number : numbers) {
				if (!seen.add(number)) {
					shared.add(number);
				}
			}
		}
		return shared;
	}

	/**
	 * Each printed volume whose page numbers the letters carry, e.g. "Foreign Relations
	 * …, Volume XIV, Berlin …".
	 */
	static List<String> printings(Edition edition) {
		return List.copyOf(printedPages(edition).keySet());
	}

	/**
	 * A printed volume's name, e.g. "Foreign Relations …, Volume XIV, Berlin Crisis,
	 * 1961–1962".
	 */
	static String printing(Metadata meta) {
		return meta.series() + ", Volume " + meta.volume() + ", " + meta.volumeTitle();
	}

}
