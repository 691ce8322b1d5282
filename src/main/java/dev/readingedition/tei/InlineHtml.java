package dev.readingedition.tei;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Writes the inline HTML the model holds for notes and glosses (links and emphasis only:
 * the parser renders nothing else in them) as TEI: {@code <a href>} becomes
 * {@code <ref target>}, {@code <em>} and {@code <strong>} become {@code <hi rend>}, code
 * becomes {@code <code>}; any other element gives its words alone. The HTML is read with
 * jsoup, once per load of the content, since exports are rendered once and kept.
 */
final class InlineHtml {

	private InlineHtml() {
	}

	static void write(Xml xml, String html) {
		Element body = Jsoup.parseBodyFragment(html).body();
		children(xml, body);
	}

	private static void children(Xml xml, Element element) {
		for (Node child : element.childNodes()) {
			if (child instanceof TextNode text) {
				xml.text(text.getWholeText());
			}
			else if (child instanceof Element inner) {
				String tei = switch (inner.normalName()) {
					case "a" -> inner.hasAttr("href") ? "ref" : null;
					case "em", "i" -> "hi";
					case "strong", "b" -> "hi";
					case "code" -> "code";
					default -> null;
				};
				if (tei == null) {
					children(xml, inner);
					continue;
				}
				xml.start(tei);
				switch (inner.normalName()) {
					case "a" -> xml.attr("target", inner.attr("href"));
					case "em", "i" -> xml.attr("rend", "italic");
					case "strong", "b" -> xml.attr("rend", "bold");
					default -> {
					}
				}
				children(xml, inner);
				xml.end();
			}
		}
	}

}
