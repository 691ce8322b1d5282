package dev.readingedition.tei;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads TEI back with the JDK's namespace-aware DOM parser, as a TEI tool would, and
 * takes out what the tests compare: the words of an element without its notes, the
 * elements by id.
 */
public final class TeiTestSupport {

	public static final String TEI = "http://www.tei-c.org/ns/1.0";

	public static final String DTS = "https://w3id.org/api/dts#";

	private TeiTestSupport() {
	}

	/**
	 * Parses TEI; fails on anything not well-formed. External entities are refused, as a
	 * careful client does.
	 */
	public static Document parse(byte[] xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
		}
		catch (Exception ex) {
			throw new AssertionError("not well-formed XML: " + ex.getMessage(), ex);
		}
	}

	public static List<Element> elements(Node root, String localName) {
		NodeList list = root instanceof Document document ? document.getElementsByTagNameNS(TEI, localName)
				: ((Element) root).getElementsByTagNameNS(TEI, localName);
		List<Element> found = new ArrayList<>();
		for (int i = 0; i < list.getLength(); i++) {
			found.add((Element) list.item(i));
		}
		return found;
	}

	public static Element byId(Document document, String id) {
		List<Element> found = new ArrayList<>();
		walk(document.getDocumentElement(), (element) -> {
			if (id.equals(element.getAttributeNS(XMLConstants.XML_NS_URI, "id"))) {
				found.add(element);
			}
		});
		if (found.size() != 1) {
			throw new AssertionError(found.size() + " elements have the xml:id " + id);
		}
		return found.get(0);
	}

	/** Every xml:id in the document, failing if one is used twice. */
	public static Set<String> ids(Document document) {
		Set<String> ids = new HashSet<>();
		walk(document.getDocumentElement(), (element) -> {
			String id = element.getAttributeNS(XMLConstants.XML_NS_URI, "id");
			if (!id.isEmpty() && !ids.add(id)) {
				throw new AssertionError("the xml:id " + id + " is used twice");
			}
		});
		return ids;
	}

	/**
	 * The words of an element as a reader of the reproduced text reads them: notes and
	 * the other printing's readings left out, white space collapsed.
	 */
	public static String words(Node node) {
		StringBuilder text = new StringBuilder();
		collect(node, text);
		return text.toString().replaceAll("\\s+", " ").strip();
	}

	private static void collect(Node node, StringBuilder text) {
		for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child.getNodeType() == Node.TEXT_NODE) {
				text.append(child.getNodeValue());
			}
			else if (child instanceof Element element && !skipped(element)) {
				collect(element, text);
			}
		}
	}

	/**
	 * The text before an element inside an ancestor, notes left out: what a note or page
	 * break follows.
	 */
	public static String wordsBefore(Element ancestor, Element target) {
		StringBuilder text = new StringBuilder();
		before(ancestor, target, text);
		return text.toString().replaceAll("\\s+", " ");
	}

	private static boolean before(Node node, Element target, StringBuilder text) {
		for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child == target) {
				return true;
			}
			if (child.getNodeType() == Node.TEXT_NODE) {
				text.append(child.getNodeValue());
			}
			else if (child instanceof Element element) {
				if (skipped(element)) {
					if (contains(element, target)) {
						return true;
					}
					continue;
				}
				if (before(element, target, text)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean skipped(Element element) {
		return TEI.equals(element.getNamespaceURI())
				&& (element.getLocalName().equals("note") || element.getLocalName().equals("rdg"));
	}

	private static boolean contains(Node node, Node target) {
		for (Node n = target; n != null; n = n.getParentNode()) {
			if (n == node) {
				return true;
			}
		}
		return false;
	}

	private static void walk(Element element, java.util.function.Consumer<Element> visit) {
		visit.accept(element);
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element inner) {
				walk(inner, visit);
			}
		}
	}

}
