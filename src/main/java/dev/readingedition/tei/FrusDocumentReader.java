package dev.readingedition.tei;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads one FRUS {@code <div type="document">} from TEI P5, as the Office of the
 * Historian publishes it, into a {@link FrusDocument}: head, dateline, paragraphs,
 * signature, page breaks, notes, names and references. It knows the elements FRUS uses in
 * its documents and refuses any other, with file, line and element, rather than drop
 * text. White space is collapsed as TEI defines it for prose, and the encoding's
 * missing-space quirk (a title and the name after it with no space between,
 * {@code Mr.<persName>Adzhubei</persName>}) is mended: the printed page has the space.
 * Thread-safe and stateless; each read keeps its own state.
 */
public final class FrusDocumentReader {

	private final String volume;

	/**
	 * @param volume the FRUS id of the volume the documents come from, e.g.
	 * {@code frus1961-63v06}: references within it ({@code target="#d34"}) are to this
	 * volume
	 */
	public FrusDocumentReader(String volume) {
		this.volume = volume;
	}

	/**
	 * Reads the first {@code <div type="document">} of a file (a cut document, or a whole
	 * volume).
	 */
	public FrusDocument read(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return read(in, file.toString());
		}
		catch (IOException ex) {
			throw new TeiException(file.toString(), "cannot be read: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Reads the first {@code <div type="document">} of a stream.
	 * @param file the name to report problems under
	 */
	public FrusDocument read(InputStream in, String file) {
		Document dom = LocatedDom.parse(in, file);
		Element div = firstDocument(dom.getDocumentElement());
		if (div == null) {
			throw new TeiException(file, 0, "holds no <div type=\"document\">");
		}
		return new FrusDocumentReading(volume, file).document(div);
	}

	/**
	 * Reads a {@code <div type="document">} element already parsed, e.g. one of many in a
	 * volume.
	 */
	public FrusDocument read(Element div, String file) {
		return new FrusDocumentReading(volume, file).document(div);
	}

	private static Element firstDocument(Element element) {
		if (element.getTagName().equals("div") && element.getAttribute("type").equals("document")) {
			return element;
		}
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element e) {
				Element found = firstDocument(e);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** TEI prose white space: every run of spaces, tabs and line breaks is one space. */
	static String collapse(String text) {
		StringBuilder out = new StringBuilder(text.length());
		boolean space = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
				if (!space) {
					out.append(' ');
				}
				space = true;
			}
			else {
				out.append(c);
				space = false;
			}
		}
		return out.toString();
	}

	/**
	 * Drops the white space at the start and end of a block, and merges neighbouring
	 * spaces: a space before and after an element that is not text (a note, a page break)
	 * is one space in the text.
	 */
	static List<Inline> trim(List<Inline> content) {
		List<Inline> out = new ArrayList<>(content);
		trimEdge(out, true);
		trimEdge(out, false);
		return out;
	}

	private static void trimEdge(List<Inline> content, boolean start) {
		while (!content.isEmpty()) {
			int index = start ? 0 : content.size() - 1;
			Inline edge = content.get(index);
			if (edge instanceof Inline.Text text) {
				String trimmed = start ? text.text().stripLeading() : text.text().stripTrailing();
				if (trimmed.isEmpty()) {
					content.remove(index);
					continue;
				}
				content.set(index, new Inline.Text(trimmed));
			}
			else if (edge instanceof Inline.Name name) {
				List<Inline> inner = new ArrayList<>(name.content());
				trimEdge(inner, start);
				content.set(index, new Inline.Name(name.ref(), inner));
			}
			else if (edge instanceof Inline.Rendition rendition) {
				List<Inline> inner = new ArrayList<>(rendition.content());
				trimEdge(inner, start);
				content.set(index, new Inline.Rendition(rendition.rend(), inner));
			}
			return;
		}
	}

}
