package dev.readingedition.about;

import java.util.List;
import java.util.function.Predicate;

import dev.readingedition.citation.CitationTexts;
import dev.readingedition.citation.Citations;
import dev.readingedition.citation.PrintingCitations;
import dev.readingedition.citation.Styled;
import dev.readingedition.edition.Correspondence;
import dev.readingedition.edition.Edition;
import dev.readingedition.edition.Letter;
import dev.readingedition.edition.Metadata;
import dev.readingedition.export.DataFormats;
import dev.readingedition.printings.Printing;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Computes the facts the front matter asks for ({@link Fact}), as HTML, from the edition
 * of the request and the citation code: the counts and dates from the letters, the
 * printings and variants from the collation, the example citations from the same code
 * that cites every page, the downloads from {@link DataFormats}. Everything it writes
 * from the content is escaped.
 */
@Component
public class FrontMatterFacts {

	/** The mark the TEI export and the DTS metadata give the letters. */
	static final String PUBLIC_DOMAIN_MARK = "https://creativecommons.org/publicdomain/mark/1.0/";

	/**
	 * The licence CMIF asks of a correspondence file, which {@code /cmif.xml} declares.
	 */
	static final String CC_BY = "https://creativecommons.org/licenses/by/4.0/";

	private final Citations citations;

	private final PrintingCitations printingCitations;

	public FrontMatterFacts(Citations citations, PrintingCitations printingCitations) {
		this.citations = citations;
		this.printingCitations = printingCitations;
	}

	/**
	 * The facts of one edition, for the request being answered (its address is in the
	 * example citations).
	 */
	public FactValues of(Edition edition) {
		return (use) -> html(edition, use);
	}

	String html(Edition edition, Fact.Use use) {
		List<Letter> letters = edition.letters();
		return switch (use.fact()) {
			case LETTERS_COUNT -> String.valueOf(letters.size());
			case LETTERS_LIST -> lettersList(edition);
			case LETTERS_FIRST_DATE -> letters.isEmpty() ? "" : e(Correspondence.date(letters.get(0)));
			case LETTERS_LAST_DATE -> letters.isEmpty() ? "" : e(Correspondence.date(letters.get(letters.size() - 1)));
			case PARAGRAPHS_COUNT -> String.valueOf(letters.stream().mapToInt((l) -> l.paragraphs().size()).sum());
			case NOTES_COUNT -> String.valueOf(notes(letters, (l) -> true));
			case NOTES_EDITION_COUNT -> String.valueOf(notes(letters, (l) -> l.meta().notesBy() == null));
			case NOTES_FRUS_COUNT -> String.valueOf(notes(letters, (l) -> l.meta().notesBy() != null));
			case GLOSSES_COUNT -> String.valueOf(edition.register().entities().size());
			case MAIN_WORK -> mainWork(main(edition));
			case MAIN_WORK_THREAD -> thread(edition, main(edition));
			case PRINTINGS_LIST -> PrintingFacts.printingsList(edition);
			case PRINTINGS_SOURCE_NOTES -> PrintingFacts.sourceNotes(edition);
			case PAGES_LIST -> PrintingFacts.pagesList(edition);
			case VARIANTS_COUNT ->
				String.valueOf(PrintingFacts.printed(edition).stream().mapToInt((p) -> p.variants().size()).sum());
			case VARIANTS_LIST -> PrintingFacts.variantsList(edition);
			case VARIANTS_ENCODING_COUNT -> String.valueOf(
					PrintingFacts.printed(edition).stream().mapToInt((p) -> p.collation().encodingOnly().size()).sum());
			case VARIANTS_ENCODING_LIST -> PrintingFacts.encodingList(edition);
			case COMPARE_LINK -> PrintingFacts.compareLink(main(edition));
			case CITE_LETTER -> citation(citations.letter(main(edition)));
			case CITE_PARAGRAPH -> {
				Letter letter = main(edition);
				yield citation(citations.paragraph(letter, letter.paragraph(use.arguments().get(0)).orElseThrow()));
			}
			case CITE_PAGE -> {
				Letter letter = main(edition);
				Printing printing = edition.printings(letter.slug())
					.orElseThrow()
					.all()
					.stream()
					.filter((p) -> p.siglum().equals(use.arguments().get(0)))
					.findFirst()
					.orElseThrow();
				yield citation(printingCitations.page(letter, printing, Integer.parseInt(use.arguments().get(1))));
			}
			case DATA_LIST -> dataList(edition);
			case LICENCES_LIST -> licences();
			case FRONT_MATTER_LIST -> frontMatterList(edition);
		};
	}

	private static Letter main(Edition edition) {
		// The loader refused any page that asks for the main work of an edition without
		// one.
		return edition.mainWork().orElseThrow();
	}

	static String e(String text) {
		return HtmlUtils.htmlEscape(text);
	}

	private static int notes(List<Letter> letters, Predicate<Letter> whose) {
		return letters.stream().filter(whose).mapToInt((l) -> l.notes().size()).sum();
	}

	static String link(String href, String text) {
		return "<a href=\"" + e(href) + "\">" + e(text) + "</a>";
	}

	static String letterPath(Letter letter) {
		return "/letters/" + letter.slug();
	}

	private static String mainWork(Letter letter) {
		return "<cite>" + link(letterPath(letter), letter.meta().title()) + "</cite> (" + e(letter.meta().dateline())
				+ ")";
	}

	private static String thread(Edition edition, Letter letter) {
		Correspondence.Thread thread = edition.correspondence().thread(letter);
		StringBuilder html = new StringBuilder("<ul class=\"fact-list\">");
		if (!thread.answers().isEmpty()) {
			html.append("<li>It answers ").append(correspondents(thread.answers())).append(".</li>");
		}
		if (!thread.answeredBy().isEmpty()) {
			html.append("<li>It is answered by ").append(correspondents(thread.answeredBy())).append(".</li>");
		}
		return html.append("</ul>").toString();
	}

	private static String correspondents(List<Correspondence.Correspondent> correspondents) {
		return String.join(" and ",
				correspondents.stream()
					.map((c) -> c.inEdition() ? link(letterPath(c.letter()), Correspondence.describe(c.letter()))
							: link(c.url().toString(), c.label()))
					.toList());
	}

	static String printingName(Printing printing) {
		return "<cite>" + e(printing.series()) + "</cite>, vol. " + e(printing.volume()) + ", <cite>"
				+ e(printing.volumeTitle()) + "</cite>, doc. " + printing.document() + ", " + e(printing.pages());
	}

	private static String lettersList(Edition edition) {
		StringBuilder html = new StringBuilder("<ol class=\"fact-list\">");
		for (Letter letter : edition.letters()) {
			Metadata meta = letter.meta();
			html.append("<li>")
				.append(link(letterPath(letter), meta.title()))
				.append(", ")
				.append(e(sentence(meta.dateline())));
			html.append(e(meta.author()))
				.append(" to ")
				.append(e(meta.recipient()))
				.append(". FRUS vol. ")
				.append(e(meta.volume()))
				.append(", doc. ")
				.append(meta.document());
			edition.printings(letter.slug())
				.ifPresent((p) -> html.append("; also ").append(e(p.witness().printing().shortName())));
			html.append(". ")
				.append(meta.notesBy() == null ? letter.notes().size() + " notes by this edition"
						: letter.notes().size() + " notes by " + e(meta.notesBy()));
			html.append(".</li>");
		}
		return html.append("</ol>").toString();
	}

	/**
	 * A phrase as the end of a sentence: with one full stop, whether or not it had one
	 * (datelines differ).
	 */
	static String sentence(String phrase) {
		String stripped = phrase.strip();
		return stripped.endsWith(".") ? stripped + " " : stripped + ". ";
	}

	/**
	 * A citation as the "Cite" of its page gives it: Chicago, MLA and APA as the CSL
	 * processor renders them, then the BibTeX record, printed here so that a reader sees
	 * what a reference manager gets.
	 */
	private static String citation(CitationTexts citation) {
		return "<dl class=\"citations\"><dt>Chicago (note)</dt><dd><p class=\"citation-text\">"
				+ styled(citation.chicago()) + "</p></dd><dt>MLA</dt><dd><p class=\"citation-text\">"
				+ styled(citation.mla()) + "</p></dd><dt>APA</dt><dd><p class=\"citation-text\">"
				+ styled(citation.apa()) + "</p></dd><dt>BibTeX</dt><dd><pre class=\"citation-text\">"
				+ e(citation.bibtex()) + "</pre></dd></dl>";
	}

	private static String styled(Styled styled) {
		StringBuilder html = new StringBuilder();
		for (Styled.Part part : styled.parts()) {
			html.append(part.title() ? "<cite>" + e(part.text()) + "</cite>" : e(part.text()));
		}
		return html.toString();
	}

	private static String dataList(Edition edition) {
		StringBuilder html = new StringBuilder();
		String group = null;
		for (DataFormats.Entry entry : DataFormats.of(edition)) {
			if (!entry.group().equals(group)) {
				if (group != null) {
					html.append("</tbody></table>");
				}
				group = entry.group();
				html.append("<table class=\"fact-table\"><caption>")
					.append(e(group))
					.append("</caption><thead><tr><th scope=\"col\">What</th><th scope=\"col\">Address</th>")
					.append("<th scope=\"col\">Format</th></tr></thead><tbody>");
			}
			html.append("<tr><td>").append(e(entry.what())).append("</td><td>");
			if (entry.example() != null) {
				html.append("<a href=\"")
					.append(e(entry.example()))
					.append("\"><code>")
					.append(e(entry.pattern()))
					.append("</code></a>");
			}
			else {
				html.append("<code>").append(e(entry.pattern())).append("</code>");
			}
			html.append("</td><td><code>").append(e(entry.mediaType())).append("</code></td></tr>");
		}
		if (group != null) {
			html.append("</tbody></table>");
		}
		return html.toString();
	}

	private static String licences() {
		return "<dl class=\"fact-printings\"><dt>The letters and the FRUS editors\u2019 notes</dt><dd>Works of the United "
				+ "States government, in the public domain; the TEI and DTS data mark them with the "
				+ link(PUBLIC_DOMAIN_MARK, "Public Domain Mark 1.0") + ".</dd>"
				+ "<dt>This edition\u2019s notes and glosses</dt><dd>Written by the edition from the sources each one "
				+ "cites. The edition has not declared a licence for them; the correspondence file "
				+ link("/cmif.xml", "cmif.xml") + " alone is under " + link(CC_BY, "CC BY 4.0")
				+ ", as CMIF requires.</dd><dt>The code</dt><dd>The MIT licence (the <code>LICENSE</code> file of "
				+ "the source).</dd></dl>";
	}

	private static String frontMatterList(Edition edition) {
		StringBuilder html = new StringBuilder("<ul class=\"fact-list\">");
		for (FrontMatterPage page : edition.frontMatter().pages()) {
			html.append("<li>")
				.append(link(page.path(), page.title()))
				.append(": ")
				.append(e(page.description()))
				.append("</li>");
		}
		return html.append("</ul>").toString();
	}

}
