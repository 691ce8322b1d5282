package dev.readingedition.cmif;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.function.Function;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import dev.readingedition.edition.Edition;
import dev.readingedition.edition.Letter;
import dev.readingedition.edition.Metadata;

/**
 * The correspondence in the Correspondence Metadata Interchange Format (CMIF 1.1 of the
 * TEI Correspondence SIG), so that correspSearch and other tools can harvest it: one
 * {@code correspDesc} per letter, with the sender and the place of writing, the
 * addressee, and the date ({@code when}, or {@code notBefore}/{@code notAfter} for an
 * undated letter), under the CC BY 4.0 licence CMIF requires. Authority ids (VIAF, GND,
 * GeoNames) are given only where the content confirms them, and it confirms none yet, so
 * names stand without {@code ref}. Written with the JDK's StAX writer.
 */
public final class Cmif {

	/** CMIF is TEI; its media type is TEI's. */
	public static final String MEDIA_TYPE = "application/tei+xml";

	private static final String TEI = "http://www.tei-c.org/ns/1.0";

	private Cmif() {
	}

	/**
	 * @param edition the letters
	 * @param base the edition's public address, without a trailing slash
	 * @param letterUrl each letter's public address
	 * @param changed when the content was last loaded, the file's "last change"
	 */
	public static byte[] document(Edition edition, String base, Function<Letter, String> letterUrl, Instant changed) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("TEI");
			xml.writeDefaultNamespace(TEI);
			xml.writeStartElement("teiHeader");
			xml.writeStartElement("fileDesc");
			xml.writeStartElement("titleStmt");
			element(xml, "title", "Cold War Letters: the correspondence of John F. Kennedy and Nikita S. Khrushchev");
			element(xml, "editor", "The editors of Cold War Letters");
			xml.writeEndElement();
			xml.writeStartElement("publicationStmt");
			xml.writeStartElement("publisher");
			xml.writeStartElement("ref");
			xml.writeAttribute("target", base + "/");
			xml.writeCharacters("Cold War Letters, an annotated reading edition");
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeStartElement("idno");
			xml.writeAttribute("type", "url");
			xml.writeCharacters(base + "/cmif.xml");
			xml.writeEndElement();
			xml.writeEmptyElement("date");
			xml.writeAttribute("when",
					DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(changed.atOffset(ZoneOffset.UTC).withNano(0)));
			xml.writeStartElement("availability");
			xml.writeStartElement("licence");
			xml.writeAttribute("target", "https://creativecommons.org/licenses/by/4.0/");
			xml.writeCharacters("This file is licensed under the terms of the Creative-Commons-License CC-BY 4.0");
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndElement();
			String bibl = "cmif-" + UUID.nameUUIDFromBytes((base + "/").getBytes(StandardCharsets.UTF_8));
			xml.writeStartElement("sourceDesc");
			xml.writeStartElement("bibl");
			xml.writeAttribute("type", "online");
			xml.writeAttribute("xml:id", bibl);
			xml.writeCharacters(
					"Cold War Letters, an annotated reading edition of letters printed in Foreign Relations of "
							+ "the United States, 1961\u20131963. ");
			xml.writeStartElement("ref");
			xml.writeAttribute("target", base + "/letters");
			xml.writeCharacters(base + "/letters");
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeStartElement("profileDesc");
			for (Letter letter : edition.letters()) {
				correspDesc(xml, letter, letterUrl.apply(letter), bibl);
			}
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeStartElement("text");
			xml.writeStartElement("body");
			xml.writeEmptyElement("p");
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("CMIF could not be written", ex);
		}
		return out.toByteArray();
	}

	private static void correspDesc(XMLStreamWriter xml, Letter letter, String url, String bibl)
			throws XMLStreamException {
		Metadata meta = letter.meta();
		xml.writeStartElement("correspDesc");
		xml.writeAttribute("key", meta.volume() + "/" + meta.document());
		xml.writeAttribute("ref", url);
		xml.writeAttribute("source", "#" + bibl);
		xml.writeStartElement("correspAction");
		xml.writeAttribute("type", "sent");
		element(xml, "persName", meta.author());
		if (meta.place() != null) {
			element(xml, "placeName", meta.place());
		}
		xml.writeEmptyElement("date");
		if (meta.dated()) {
			xml.writeAttribute("when", meta.date().toString());
		}
		else {
			xml.writeAttribute("notBefore", meta.dateNotBefore().toString());
			xml.writeAttribute("notAfter", meta.dateNotAfter().toString());
		}
		xml.writeEndElement();
		xml.writeStartElement("correspAction");
		xml.writeAttribute("type", "received");
		element(xml, "persName", meta.recipient());
		xml.writeEndElement();
		xml.writeEndElement();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

}
