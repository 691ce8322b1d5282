package dev.readingedition.citation;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.JsonLexer;
import de.undercouch.citeproc.helper.json.JsonParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders citations with a CSL processor (citeproc-java) and the official styles and
 * locales of the Citation Style Language project, from the very CSL-JSON that
 * {@code cite.json} serves: the item is written as JSON and read back by citeproc-java's
 * own reader, so the page's citation texts are what a reference manager importing the
 * file would print. Each style's processor is built on first use (reading a style takes a
 * moment) and then reused, one rendering at a time. Thread-safe.
 */
public final class CitationStyles {

	/** The styles the page offers, by their names in the CSL styles repository. */
	public enum Style {

		/**
		 * The Chicago Manual of Style, 17th edition, full note: a note, as pasted into a
		 * footnote.
		 */
		CHICAGO("chicago-fullnote-bibliography", true),

		/** MLA Handbook, 9th edition: a works-cited entry. */
		MLA("modern-language-association", false),

		/** APA Publication Manual, 7th edition: a reference-list entry. */
		APA("apa", false);

		private final String csl;

		private final boolean note;

		Style(String csl, boolean note) {
			this.csl = csl;
			this.note = note;
		}

		/** The style's name in the CSL repository, e.g. {@code apa}. */
		public String csl() {
			return csl;
		}

	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Map<Style, Engine> engines = new EnumMap<>(Style.class);

	public CitationStyles() {
		for (Style style : Style.values()) {
			engines.put(style, new Engine(style));
		}
	}

	/** A citation in every style the page offers. */
	public CitationTexts texts(Citation citation) {
		CSLItemData item = itemData(citation.csl());
		return new CitationTexts(citation, engines.get(Style.CHICAGO).render(item), engines.get(Style.MLA).render(item),
				engines.get(Style.APA).render(item));
	}

	/**
	 * Reads every style and renders a sample item with it, so that the first page does
	 * not pay for reading the styles and loading the processor (seconds on a cold JVM).
	 */
	public void warmUp() {
		CslItem sample = new CslItem("warm-up", CslItem.TYPE, "Title", CslItem.Name.listOf("A. Writer"), null, null,
				CslItem.DateParts.year(2000), "Volume", "Series", null, "I", "1", null, "Publisher", "1", "en",
				"https://example.org/", null, null);
		for (Style style : Style.values()) {
			render(style, sample);
		}
	}

	/** One item in one style. */
	public Styled render(Style style, CslItem item) {
		return engines.get(style).render(itemData(item));
	}

	/**
	 * The item as citeproc-java reads CSL-JSON: written by Jackson, read by
	 * citeproc-java's own JSON reader.
	 */
	static CSLItemData itemData(CslItem item) {
		return itemData(JSON.writeValueAsString(item));
	}

	/** A CSL-JSON item, as text, read by citeproc-java. */
	public static CSLItemData itemData(String json) {
		try {
			return CSLItemData.fromJson(new JsonParser(new JsonLexer(new StringReader(json))).parseObject());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One style's processor, fed one item at a time. */
	private static final class Engine implements ItemDataProvider {

		private final Style style;

		private CSL csl;

		private CSLItemData item;

		Engine(Style style) {
			this.style = style;
		}

		synchronized Styled render(CSLItemData data) {
			try {
				if (csl == null) {
					csl = new CSL(this, style.csl);
					csl.setOutputFormat("html");
				}
				item = data;
				// A new item each time: no "ibid." or short form from an earlier
				// rendering.
				csl.reset();
				csl.registerCitationItems(data.getId());
				String html = style.note ? csl.makeCitation(data.getId()).get(0).getText()
						: csl.makeBibliography().getEntries()[0];
				return styled(html);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("the CSL style " + style.csl + " could not be read", ex);
			}
			finally {
				item = null;
			}
		}

		@Override
		public CSLItemData retrieveItem(String id) {
			return item != null && item.getId().equals(id) ? item : null;
		}

		@Override
		public Collection<String> getIds() {
			return item == null ? List.of() : List.of(item.getId());
		}

	}

	/**
	 * The processor's HTML as styled text: italic runs are the titles of works (the page
	 * sets them in {@code <cite>}, not in the inline styles the processor writes, which
	 * the page's security policy refuses).
	 */
	static Styled styled(String html) {
		Styled.Builder styled = new Styled.Builder();
		Element body = Jsoup.parseBodyFragment(html).body();
		Element entry = body.selectFirst("div.csl-entry");
		collect(entry != null ? entry : body, styled);
		return styled.build();
	}

	private static void collect(Node parent, Styled.Builder styled) {
		for (Node node : parent.childNodes()) {
			if (node instanceof TextNode text) {
				styled.plain(text.getWholeText());
			}
			else if (node instanceof Element element) {
				if (element.attr("style").contains("italic") || element.nameIs("i")) {
					styled.title(element.text());
				}
				else {
					collect(element, styled);
				}
			}
		}
	}

}
