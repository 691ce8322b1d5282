package dev.readingedition.printings;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import dev.readingedition.edition.ContentException;
import dev.readingedition.edition.WhiteSpace;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import org.springframework.web.util.HtmlUtils;

/**
 * Reads one FRUS {@code <div type="document">}, exactly as the Office of the Historian
 * publishes it in TEI, into the parts a second printing needs: heading, dateline,
 * paragraphs with their page breaks, and the FRUS editors' notes at their places. White
 * space is collapsed as TEI defines it; nothing else is changed (the encoding's missing
 * space after "Mr." stays, and the collation classes it). An element it does not know is
 * refused with the file and the element's path, so no text is dropped silently.
 * Thread-safe: each call builds its own DOM.
 */
final class TeiWitnessReader {

	/**
	 * Elements whose text is the letter's text as it runs (names, terms, renditions,
	 * places, dates).
	 */
	private static final Set<String> RUNNING_TEXT = Set.of("hi", "persName", "gloss", "placeName", "date", "term",
			"orgName", "foreign", "ref", "seg");

	/** A document's text as read. */
	record Read(int document, String heading, String dateline, List<Witness.Paragraph> paragraphs,
			List<Witness.Note> notes, int lastPageBreak) {
	}

	private final String sourceName;

	/**
	 * Where {@code <ref target="#d27">} points: the online volume, e.g.
	 * {@code …/frus1961-63v06/}.
	 */
	private final String volumeUrl;

	/**
	 * @param sourceName the file's name as the editor knows it, for messages
	 * @param volumeUrl the online address of the volume, ending in a slash, which a
	 * reference to a document of the same volume resolves against
	 */
	TeiWitnessReader(String sourceName, String volumeUrl) {
		this.sourceName = sourceName;
		this.volumeUrl = volumeUrl;
	}

	Read read(String xml) {
		Element div = parse(xml).getDocumentElement();
		if (!div.getTagName().equals("div") || !"document".equals(div.getAttribute("type"))) {
			throw problem(div, "the file must hold one <div type=\"document\">, as FRUS publishes each document");
		}
		int document;
		try {
			document = Integer.parseInt(div.getAttribute("n"));
		}
		catch (NumberFormatException ex) {
			throw problem(div, "the document's n attribute must be its number, not '" + div.getAttribute("n") + "'");
		}
		String heading = null;
		String dateline = null;
		List<Witness.Paragraph> paragraphs = new ArrayList<>();
		List<Witness.Note> notes = new ArrayList<>();
		int[] lastBreak = { 0 };
		for (Node child = div.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child.getNodeType() == Node.TEXT_NODE && child.getTextContent().isBlank()
					|| child.getNodeType() == Node.COMMENT_NODE) {
				continue;
			}
			if (!(child instanceof Element element)) {
				throw problem(div, "text directly inside the document, outside a paragraph: '"
						+ child.getTextContent().strip() + "'");
			}
			switch (element.getTagName()) {
				case "head" -> {
					Text text = new Text(0, notes, lastBreak);
					text.read(element);
					heading = text.finish();
				}
				case "dateline" -> {
					Text text = new Text(0, notes, lastBreak);
					text.read(element);
					dateline = text.finish();
				}
				case "p" -> {
					Text text = new Text(paragraphs.size() + 1, notes, lastBreak);
					text.read(element);
					String words = text.finish();
					paragraphs.add(new Witness.Paragraph(paragraphs.size() + 1, words, text.breaks));
				}
				default -> throw problem(element, "a document of the edition holds <head>, <dateline> and <p>; " + "<"
						+ element.getTagName() + "> cannot be read as a printing of a letter");
			}
		}
		if (heading == null || paragraphs.isEmpty()) {
			throw problem(div, "the document needs a <head> and at least one <p>");
		}
		return new Read(document, heading, dateline, paragraphs, notes, lastBreak[0]);
	}

	private Document parse(String xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			// FRUS cuts each document out of its volume, so the frus: prefix of some
			// attributes is not declared in
			// the file: read it without namespaces (the elements are TEI's; their local
			// names are all we need).
			factory.setNamespaceAware(false);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			return builder.parse(new InputSource(new StringReader(xml)));
		}
		catch (SAXParseException ex) {
			throw new ContentException(sourceName, ex.getLineNumber(), "not well-formed XML: " + ex.getMessage());
		}
		catch (SAXException | IOException | ParserConfigurationException ex) {
			throw new ContentException(sourceName, 0, "cannot read the TEI: " + ex.getMessage());
		}
	}

	/**
	 * The text of one block, white space collapsed, with the places of its notes and page
	 * breaks.
	 */
	private final class Text {

		private final StringBuilder text = new StringBuilder();

		private final int paragraph;

		private final List<Witness.Note> notes;

		private final int[] lastBreak;

		private final List<Witness.Place> breaks = new ArrayList<>();

		private final List<int[]> noteIndexes = new ArrayList<>();

		Text(int paragraph, List<Witness.Note> notes, int[] lastBreak) {
			this.paragraph = paragraph;
			this.notes = notes;
			this.lastBreak = lastBreak;
		}

		void read(Element element) {
			for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
				if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
					add(child.getNodeValue());
				}
				else if (child instanceof Element inner) {
					switch (inner.getTagName()) {
						case "note" -> note(inner);
						case "pb" -> pageBreak(inner);
						case "lb" -> add(" ");
						default -> {
							if (!RUNNING_TEXT.contains(inner.getTagName())) {
								throw problem(inner, "<" + inner.getTagName() + "> is not an element the edition "
										+ "knows how to read inside a paragraph");
							}
							read(inner);
						}
					}
				}
			}
		}

		private void note(Element note) {
			String label = note.getAttribute("n");
			if (label.isEmpty()) {
				throw problem(note, "a note needs its number in n");
			}
			Html html = new Html();
			html.read(note);
			noteIndexes.add(new int[] { notes.size(), text.length() });
			notes.add(new Witness.Note(label, "source".equals(note.getAttribute("type")), html.html.toString().strip(),
					html.text.toString().strip(), paragraph, text.length()));
		}

		private void pageBreak(Element pb) {
			int page;
			try {
				page = Integer.parseInt(pb.getAttribute("n"));
			}
			catch (NumberFormatException ex) {
				throw problem(pb, "a page break needs its page number in n, not '" + pb.getAttribute("n") + "'");
			}
			if (page <= lastBreak[0]) {
				throw problem(pb, "page break " + page + " does not follow page " + lastBreak[0]);
			}
			lastBreak[0] = page;
			breaks.add(new Witness.Place(page, text.length()));
		}

		private void add(String chars) {
			WhiteSpace.appendCollapsed(text, chars);
		}

		/**
		 * The block's words, and its notes' and page breaks' places in them: a mark that
		 * stands after a space in the TEI ("1961, &lt;note/&gt; nor") is placed before
		 * that space, where the printed mark stands.
		 */
		String finish() {
			if (!text.isEmpty() && text.charAt(text.length() - 1) == ' ') {
				text.setLength(text.length() - 1);
			}
			for (int[] index : noteIndexes) {
				Witness.Note note = notes.get(index[0]);
				int offset = Math.min(index[1], text.length());
				if (offset > 0 && text.charAt(offset - 1) == ' ') {
					offset--;
				}
				notes.set(index[0], new Witness.Note(note.label(), note.source(), note.html(), note.text(),
						note.paragraph(), paragraph == 0 ? 0 : offset));
			}
			breaks.replaceAll((place) -> new Witness.Place(place.page(), Math.min(place.offset(), text.length())));
			return text.toString();
		}

	}

	/**
	 * A note's content as HTML: its words escaped, its references links, its italics
	 * italic.
	 */
	private final class Html {

		private final StringBuilder html = new StringBuilder();

		private final StringBuilder text = new StringBuilder();

		void read(Element element) {
			for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
				if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
					String words = collapse(child.getNodeValue());
					html.append(HtmlUtils.htmlEscape(words));
					text.append(words);
				}
				else if (child instanceof Element inner) {
					switch (inner.getTagName()) {
						case "ref" -> {
							String href = href(inner);
							html.append("<a href=\"").append(HtmlUtils.htmlEscape(href)).append("\">");
							read(inner);
							html.append("</a>");
						}
						case "hi" -> {
							boolean italic = "italic".equals(inner.getAttribute("rend"));
							html.append(italic ? "<i>" : "");
							read(inner);
							html.append(italic ? "</i>" : "");
						}
						default -> {
							if (!RUNNING_TEXT.contains(inner.getTagName())) {
								throw problem(inner, "<" + inner.getTagName() + "> is not an element the edition "
										+ "knows how to read inside a note");
							}
							read(inner);
						}
					}
				}
			}
		}

		private String collapse(String chars) {
			StringBuilder out = new StringBuilder();
			for (int i = 0; i < chars.length(); i++) {
				char c = chars.charAt(i);
				boolean space = Character.isWhitespace(c);
				boolean afterSpace = out.isEmpty() ? text.isEmpty() || text.charAt(text.length() - 1) == ' '
						: out.charAt(out.length() - 1) == ' ';
				if (space && afterSpace) {
					continue;
				}
				out.append(space ? ' ' : c);
			}
			return out.toString();
		}

		/**
		 * Where a reference leads: {@code #d27} is a document of the same volume;
		 * {@code frus1961-63v14#pg_780} a page of another volume of the series, which the
		 * online edition serves at {@code …/frus1961-63v14/pg_780}.
		 */
		private String href(Element ref) {
			String target = ref.getAttribute("target");
			int hash = target.indexOf('#');
			if (hash < 0 || hash == target.length() - 1) {
				throw problem(ref, "a reference's target must be #id or volume#id, not '" + target + "'");
			}
			String id = target.substring(hash + 1);
			if (hash == 0) {
				return volumeUrl + id;
			}
			String volumes = volumeUrl.substring(0, volumeUrl.length() - 1);
			return volumes.substring(0, volumes.lastIndexOf('/') + 1) + target.substring(0, hash) + "/" + id;
		}

	}

	private ContentException problem(Node node, String message) {
		return new ContentException(sourceName, 0, "at " + path(node) + ": " + message);
	}

	/** Where an element stands, as {@code div/p[3]/persName[2]}. */
	private static String path(Node node) {
		StringBuilder path = new StringBuilder();
		for (Node at = node; at instanceof Element element; at = at.getParentNode()) {
			int index = 1;
			for (Node before = at.getPreviousSibling(); before != null; before = before.getPreviousSibling()) {
				if (before instanceof Element sibling && sibling.getTagName().equals(element.getTagName())) {
					index++;
				}
			}
			String step = element.getTagName() + (index > 1 ? "[" + index + "]" : "");
			path.insert(0, path.isEmpty() ? step : step + "/");
		}
		return path.toString();
	}

}
