package dev.readingedition.tei;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * One read of one {@code <div type="document">} for {@link FrusDocumentReader}: its notes
 * and the mended quirks are collected as it goes, so a reading is used once.
 */
final class FrusDocumentReading {

	private final String volume;

	private final String file;

	private final List<FrusDocument.Note> notes = new ArrayList<>();

	private String fromRef;

	private String toRef;

	private String place;

	private LocalDate when;

	private LocalDate notBefore;

	private LocalDate notAfter;

	FrusDocumentReading(String volume, String file) {
		this.volume = volume;
		this.file = file;
	}

	FrusDocument document(Element div) {
		String id = div.getAttribute("xml:id");
		int number = number(div, div.getAttribute("n"), "n");
		List<Inline> title = null;
		String sourceNote = null;
		List<Inline> dateline = List.of();
		List<FrusDocument.Block> blocks = new ArrayList<>();
		List<Inline> pending = new ArrayList<>();
		int firstPage = 0;
		for (Node child = div.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
				requireBlank(child, "<div type=\"document\">");
				continue;
			}
			if (!(child instanceof Element element)) {
				continue;
			}
			switch (element.getTagName()) {
				case "head" -> {
					int before = notes.size();
					title = stripNumber(FrusDocumentReader.trim(inlines(element, Context.HEAD)), number, element);
					if (notes.size() > before) {
						sourceNote = notes.get(before).label();
					}
				}
				case "dateline" -> dateline = FrusDocumentReader.trim(inlines(element, Context.DATELINE));
				case "p" -> {
					List<Inline> content = new ArrayList<>(pending);
					pending.clear();
					content.addAll(inlines(element, Context.PARAGRAPH));
					blocks.add(new FrusDocument.Block(FrusDocument.BlockKind.PARAGRAPH,
							FrusDocumentReader.trim(content), LocatedDom.line(element)));
				}
				case "pb" -> {
					int page = number(element, element.getAttribute("n"), "n");
					if (blocks.isEmpty() && firstPage == 0) {
						// The document begins at the top of a page: that is its first
						// page, not a break in it.
						firstPage = page;
					}
					else {
						pending.add(new Inline.PageBreak(page));
					}
				}
				case "closer" -> blocks.add(closer(element, pending));
				default -> throw refuse(element, "<div type=\"document\">");
			}
		}
		if (!pending.isEmpty()) {
			throw new TeiException(file, LocatedDom.line(div),
					"a page break stands after the last block of " + id + "; the edition sets page breaks in the text");
		}
		if (title == null) {
			throw new TeiException(file, LocatedDom.line(div), id + " has no <head>");
		}
		if (blocks.isEmpty()) {
			throw new TeiException(file, LocatedDom.line(div), id + " has no paragraphs");
		}
		if (firstPage == 0) {
			firstPage = firstBreak(blocks) - 1;
		}
		return new FrusDocument(file, id, number, title, fromRef, toRef, sourceNote, dateline, place, when, notBefore,
				notAfter, blocks, notes, Math.max(firstPage, 0));
	}

	private int firstBreak(List<FrusDocument.Block> blocks) {
		for (FrusDocument.Block block : blocks) {
			Integer page = firstBreakIn(block.content());
			if (page != null) {
				return page;
			}
		}
		return 0;
	}

	private Integer firstBreakIn(List<Inline> content) {
		for (Inline inline : content) {
			Integer page = null;
			if (inline instanceof Inline.PageBreak pb) {
				page = pb.page();
			}
			else if (inline instanceof Inline.Name name) {
				page = firstBreakIn(name.content());
			}
			else if (inline instanceof Inline.Rendition rendition) {
				page = firstBreakIn(rendition.content());
			}
			if (page != null) {
				return page;
			}
		}
		return null;
	}

	/**
	 * The signature and the notes on it:
	 * {@code <closer><signed>…</signed><note/></closer>}.
	 */
	private FrusDocument.Block closer(Element closer, List<Inline> pending) {
		List<Inline> content = new ArrayList<>(pending);
		pending.clear();
		boolean signed = false;
		for (Node child = closer.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element) {
				switch (element.getTagName()) {
					case "signed" -> {
						if (signed) {
							throw refuse(element, "<closer> (a second signature)");
						}
						signed = true;
						content.addAll(inlines(element, Context.SIGNED));
					}
					case "note" -> content.add(note(element));
					default -> throw refuse(element, "<closer>");
				}
			}
			else {
				requireBlank(child, "<closer>");
			}
		}
		if (!signed) {
			throw new TeiException(file, LocatedDom.line(closer), "<closer> holds no <signed>");
		}
		return new FrusDocument.Block(FrusDocument.BlockKind.SIGNED, FrusDocumentReader.trim(content),
				LocatedDom.line(closer));
	}

	private List<Inline> inlines(Element parent, Context context) {
		List<Inline> content = new ArrayList<>();
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
				content.add(new Inline.Text(FrusDocumentReader.collapse(child.getNodeValue())));
				continue;
			}
			if (!(child instanceof Element element)) {
				continue;
			}
			String name = element.getTagName();
			if (name.equals("persName") && endsWithPeriod(child.getPreviousSibling())) {
				// The quirk: "Mr.<persName>Adzhubei</persName>" is printed "Mr.
				// Adzhubei".
				content.add(new Inline.Text(" "));
			}
			content.add(inline(element, name, context));
		}
		return content;
	}

	private Inline inline(Element element, String name, Context context) {
		switch (name) {
			case "persName", "gloss" -> {
				if (context == Context.NAME || context == Context.REF || context == Context.DATELINE) {
					throw refuse(element, where(context));
				}
				String ref = element.getAttribute(name.equals("persName") ? "corresp" : "target");
				if (context == Context.HEAD) {
					if (element.getAttribute("type").equals("from")) {
						fromRef = stripHash(ref);
					}
					else if (element.getAttribute("type").equals("to")) {
						toRef = stripHash(ref);
					}
				}
				return new Inline.Name(stripHash(ref), inlines(element, Context.NAME));
			}
			case "hi" -> {
				String rend = element.getAttribute("rend");
				if (!RENDITIONS.contains(rend)) {
					throw new TeiException(file, LocatedDom.line(element), "<hi rend=\"" + rend + "\"> in "
							+ where(context) + ": the importer knows the renditions " + RENDITIONS);
				}
				// A rendition allows what the place it stands in allows.
				return new Inline.Rendition(rend, inlines(element, context));
			}
			case "note" -> {
				if (context != Context.PARAGRAPH && context != Context.HEAD) {
					throw refuse(element, where(context));
				}
				return note(element);
			}
			case "pb" -> {
				if (context != Context.PARAGRAPH) {
					throw refuse(element, where(context));
				}
				return new Inline.PageBreak(number(element, element.getAttribute("n"), "n"));
			}
			case "ref" -> {
				if (context == Context.REF || context == Context.NAME || context == Context.DATELINE) {
					throw refuse(element, where(context));
				}
				return ref(element);
			}
			case "placeName" -> {
				if (context != Context.DATELINE) {
					throw refuse(element, where(context));
				}
				place = text(element);
				return new Inline.Text(FrusDocumentReader.collapse(place));
			}
			case "date" -> {
				if (context != Context.DATELINE) {
					throw refuse(element, where(context));
				}
				date(element);
				return new Inline.Text(FrusDocumentReader.collapse(text(element)));
			}
			default -> throw refuse(element, where(context));
		}
	}

	private Inline.NoteRef note(Element element) {
		String label = element.getAttribute("n");
		if (!label.matches("[0-9]+")) {
			throw new TeiException(file, LocatedDom.line(element),
					"<note> needs its printed number in n, not '" + label + "'");
		}
		if (notes.stream().anyMatch((n) -> n.label().equals(label))) {
			throw new TeiException(file, LocatedDom.line(element), "a second <note n=\"" + label + "\">");
		}
		// Reserve the note's place in citation order before reading it: notes never nest,
		// and are refused if so.
		int index = notes.size();
		notes.add(null);
		notes.set(index, new FrusDocument.Note(label, FrusDocumentReader.trim(inlines(element, Context.NOTE))));
		return new Inline.NoteRef(label);
	}

	private Inline.Ref ref(Element element) {
		String target = element.getAttribute("target");
		int hash = target.indexOf('#');
		if (hash < 0 || hash == target.length() - 1) {
			throw new TeiException(file, LocatedDom.line(element), "<ref target=\"" + target + "\">: the importer "
					+ "knows references to a document of this volume (#d34) or a place in another (frus1961-63v14#pg_859)");
		}
		String refVolume = hash == 0 ? volume : target.substring(0, hash);
		return new Inline.Ref(refVolume, target.substring(hash + 1), inlines(element, Context.REF));
	}

	private void date(Element element) {
		if (element.hasAttribute("when")) {
			when = date(element, "when");
		}
		else if (element.hasAttribute("notBefore") && element.hasAttribute("notAfter")) {
			notBefore = date(element, "notBefore");
			notAfter = date(element, "notAfter");
		}
		else {
			throw new TeiException(file, LocatedDom.line(element),
					"<date> needs when, or notBefore and notAfter, for the letter's date");
		}
	}

	private LocalDate date(Element element, String attribute) {
		String value = element.getAttribute(attribute);
		try {
			// The calendar day as the FRUS editors give it; a time and zone may follow
			// it.
			return LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value);
		}
		catch (DateTimeParseException ex) {
			throw new TeiException(file, LocatedDom.line(element),
					"<date " + attribute + "=\"" + value + "\"> is not a date");
		}
	}

	private List<Inline> stripNumber(List<Inline> title, int number, Element head) {
		String prefix = number + ". ";
		if (!title.isEmpty() && title.get(0) instanceof Inline.Text text && text.text().startsWith(prefix)) {
			List<Inline> stripped = new ArrayList<>(title);
			stripped.set(0, new Inline.Text(text.text().substring(prefix.length())));
			return stripped;
		}
		throw new TeiException(file, LocatedDom.line(head),
				"the <head> should begin with the document's number, '" + prefix + "'");
	}

	private void requireBlank(Node text, String where) {
		if (!text.getNodeValue().isBlank()) {
			throw new TeiException(file, LocatedDom.line(text.getParentNode()),
					"text \"" + FrusDocumentReader.collapse(text.getNodeValue()).strip() + "\" stands directly in "
							+ where + ", outside any paragraph; the importer would lose it");
		}
	}

	private int number(Element element, String value, String attribute) {
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			throw new TeiException(file, LocatedDom.line(element),
					"<" + element.getTagName() + "> needs a number in " + attribute + ", not '" + value + "'");
		}
	}

	private TeiException refuse(Element element, String where) {
		return new TeiException(file, LocatedDom.line(element),
				"the importer cannot convert <" + element.getTagName() + "> in " + where + "; nothing was written");
	}

	private String where(Context context) {
		return switch (context) {
			case HEAD -> "<head>";
			case DATELINE -> "<dateline>";
			case PARAGRAPH -> "<p>";
			case NOTE -> "<note>";
			case SIGNED -> "<signed>";
			case NAME -> "<persName>/<gloss>";
			case REF -> "<ref>";
		};
	}

	private static final Set<String> RENDITIONS = Set.of("italic", "strong", "smallcaps");

	/** The places an element may stand in, each allowing its own children. */
	private enum Context {

		HEAD, DATELINE, PARAGRAPH, NOTE, SIGNED, NAME, REF

	}

	private static boolean endsWithPeriod(Node previous) {
		return previous != null && previous.getNodeType() == Node.TEXT_NODE && previous.getNodeValue().endsWith(".");
	}

	private static String stripHash(String ref) {
		return ref.startsWith("#") ? ref.substring(1) : ref;
	}

	/** An element's text content, all descendants' text in order. */
	private static String text(Element element) {
		return element.getTextContent();
	}

}
