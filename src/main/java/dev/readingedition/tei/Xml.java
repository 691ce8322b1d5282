package dev.readingedition.tei;

import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin layer over the JDK's StAX writer for the edition's XML: it escapes every text
 * and attribute value (the writer does), drops the few characters XML 1.0 cannot hold,
 * and indents block elements while leaving mixed content (a paragraph, a note) exactly as
 * its words run, since white space there is part of the text.
 */
final class Xml implements AutoCloseable {

	static final String TEI = "http://www.tei-c.org/ns/1.0";

	/**
	 * The DTS namespace of {@code <dts:wrapper>}, as the DTS 1.0 Document endpoint names
	 * it.
	 */
	static final String DTS = "https://w3id.org/api/dts#";

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

	private final XMLStreamWriter out;

	/**
	 * For each open element: whether it holds block elements, so its end tag goes on a
	 * line of its own.
	 */
	private final Deque<Boolean> blocks = new ArrayDeque<>();

	Xml(OutputStream stream) {
		try {
			this.out = FACTORY.createXMLStreamWriter(stream, "UTF-8");
			out.writeStartDocument("UTF-8", "1.0");
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("the JDK's XML writer could not start", ex);
		}
	}

	/**
	 * Opens the root element in the TEI namespace, declaring it as the default namespace.
	 */
	Xml root(String name) {
		run(() -> {
			out.writeCharacters("\n");
			out.setDefaultNamespace(TEI);
			out.writeStartElement(TEI, name);
			out.writeDefaultNamespace(TEI);
		});
		blocks.push(false);
		return this;
	}

	/** Opens a TEI element on a line of its own. */
	Xml open(String name) {
		indent();
		run(() -> out.writeStartElement(TEI, name));
		blocks.push(false);
		return this;
	}

	/** Opens {@code <dts:wrapper>} on a line of its own. */
	Xml openWrapper() {
		indent();
		run(() -> {
			out.writeStartElement("dts", "wrapper", DTS);
			out.writeNamespace("dts", DTS);
		});
		blocks.push(false);
		return this;
	}

	/** Opens a TEI element inside mixed content, where no white space may be added. */
	Xml start(String name) {
		run(() -> out.writeStartElement(TEI, name));
		blocks.push(false);
		return this;
	}

	/** A TEI element with no content, inside mixed content. */
	Xml empty(String name) {
		run(() -> out.writeEmptyElement(TEI, name));
		return this;
	}

	/** A TEI element with no content, on a line of its own. */
	Xml emptyBlock(String name) {
		indent();
		return empty(name);
	}

	/**
	 * A TEI element holding only words, on a line of its own.
	 * @param attributes the element's attributes as name and value, name and value, …; a
	 * null value is left out
	 */
	Xml leaf(String name, String text, String... attributes) {
		open(name);
		for (int i = 0; i + 1 < attributes.length; i += 2) {
			attr(attributes[i], attributes[i + 1]);
		}
		text(text);
		return end();
	}

	Xml attr(String name, String value) {
		if (value != null) {
			run(() -> out.writeAttribute(name, clean(value)));
		}
		return this;
	}

	/** The element's {@code xml:id}. */
	Xml id(String value) {
		run(() -> out.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "id", clean(value)));
		return this;
	}

	/** The element's {@code xml:lang}. */
	Xml lang(String value) {
		run(() -> out.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", value));
		return this;
	}

	Xml text(String text) {
		run(() -> out.writeCharacters(clean(text)));
		return this;
	}

	/** Closes the innermost element; on a line of its own if it held block elements. */
	Xml end() {
		boolean heldBlocks = blocks.pop();
		if (heldBlocks) {
			newline();
		}
		run(out::writeEndElement);
		return this;
	}

	@Override
	public void close() {
		while (!blocks.isEmpty()) {
			end();
		}
		run(() -> {
			out.writeCharacters("\n");
			out.writeEndDocument();
			out.close();
		});
	}

	private void indent() {
		if (!blocks.isEmpty()) {
			blocks.pop();
			blocks.push(true);
		}
		newline();
	}

	private void newline() {
		String indent = "\n" + "  ".repeat(blocks.size());
		run(() -> out.writeCharacters(indent));
	}

	/**
	 * Drops what XML 1.0 cannot carry (control characters other than tab and line breaks,
	 * lone surrogates, U+FFFE and U+FFFF); the content never holds them on purpose.
	 */
	static String clean(String text) {
		StringBuilder kept = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean allowed;
			if (Character.isHighSurrogate(c)) {
				allowed = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
				if (allowed) {
					if (kept != null) {
						kept.append(c).append(text.charAt(i + 1));
					}
					i++;
					continue;
				}
			}
			else {
				allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
						|| (c >= 0xE000 && c <= 0xFFFD);
			}
			if (!allowed && kept == null) {
				kept = new StringBuilder(text.length()).append(text, 0, i);
			}
			else if (allowed && kept != null) {
				kept.append(c);
			}
		}
		return kept == null ? text : kept.toString();
	}

	private void run(XmlAction action) {
		try {
			action.run();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("the JDK's XML writer failed", ex);
		}
	}

	@FunctionalInterface
	private interface XmlAction {

		void run() throws XMLStreamException;

	}

}
