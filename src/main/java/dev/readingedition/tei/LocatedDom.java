package dev.readingedition.tei;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an XML file into a DOM whose elements remember the line they start on, so that
 * what the importer refuses can be reported with its line. The JDK's DOM builder forgets
 * lines; its SAX parser knows them, so the tree is built from SAX events. Parsing is
 * namespace-unaware: the FRUS documents are cut out of a volume whose root declares the
 * {@code frus:} prefix they use, so the cut files would not parse with namespaces on;
 * element names are then the unprefixed TEI names. External entities and DTDs are
 * refused.
 */
final class LocatedDom {

	/** The user-data key under which each element keeps its line. */
	static final String LINE = "line";

	private LocatedDom() {
	}

	static Document parse(InputStream in, String file) {
		try {
			SAXParserFactory factory = SAXParserFactory.newInstance();
			factory.setNamespaceAware(false);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			SAXParser parser = factory.newSAXParser();
			Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
			parser.parse(in, new Builder(document));
			return document;
		}
		catch (SAXParseException ex) {
			throw new TeiException(file, ex.getLineNumber(), "not well-formed XML: " + ex.getMessage());
		}
		catch (SAXException | ParserConfigurationException ex) {
			throw new TeiException(file, "cannot be read as XML: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new TeiException(file, "cannot be read: " + ex.getMessage(), ex);
		}
	}

	static int line(Node node) {
		Object line = node.getUserData(LINE);
		return line instanceof Integer number ? number : 0;
	}

	private static final class Builder extends DefaultHandler {

		private final Document document;

		private final Deque<Node> open = new ArrayDeque<>();

		private Locator locator;

		Builder(Document document) {
			this.document = document;
			open.push(document);
		}

		@Override
		public void setDocumentLocator(Locator locator) {
			this.locator = locator;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			Element element = document.createElement(qName);
			for (int i = 0; i < attributes.getLength(); i++) {
				element.setAttribute(attributes.getQName(i), attributes.getValue(i));
			}
			element.setUserData(LINE, locator == null ? 0 : locator.getLineNumber(), null);
			open.peek().appendChild(element);
			open.push(element);
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			open.pop();
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			Node parent = open.peek();
			if (parent != document) {
				Node last = parent.getLastChild();
				if (last != null && last.getNodeType() == Node.TEXT_NODE) {
					last.setNodeValue(last.getNodeValue() + new String(ch, start, length));
				}
				else {
					parent.appendChild(document.createTextNode(new String(ch, start, length)));
				}
			}
		}

	}

}
