package dev.readingedition.tei;

import java.io.ByteArrayOutputStream;
import java.util.List;

import dev.readingedition.edition.Edition;
import dev.readingedition.edition.Entity;
import dev.readingedition.edition.Letter;

/**
 * A letter as TEI P5, written from the model with the JDK's StAX writer: the header
 * (title, responsibilities, licence, the printings, the correspondence), the register's
 * entities it mentions, and its text with the reading page's paragraph, note and page
 * ids. The same words as the reading page, the same ids, the same pages. Thread-safe;
 * callers keep the bytes, since a letter's TEI changes only with the content.
 */
public final class LetterTei {

	/** The media type of TEI, as registered (RFC 6129). */
	public static final String MEDIA_TYPE = "application/tei+xml";

	private LetterTei() {
	}

	/**
	 * The whole letter.
	 * @param edition the edition the letter belongs to, whose register its mentions point
	 * to
	 * @param letter the letter
	 * @param letterUrl the letter's absolute address, its reading page, which the TEI
	 * names as its own
	 * @return the TEI document, UTF-8
	 */
	public static byte[] document(Edition edition, Letter letter, String letterUrl) {
		return write(edition, letter, letterUrl, null);
	}

	/**
	 * A passage of the letter in {@code <dts:wrapper>}, inside the letter's header, title
	 * and register lists, as the DTS 1.0 Document endpoint answers a {@code ref} or a
	 * range.
	 * @param passage the paragraphs or printed pages to give
	 */
	public static byte[] passage(Edition edition, Letter letter, String letterUrl, Passage passage) {
		return write(edition, letter, letterUrl, passage);
	}

	private static byte[] write(Edition edition, Letter letter, String letterUrl, Passage passage) {
		Witnessed sources = Witnessed.of(edition, letter);
		List<Entity> entities = RegisterTei.mentioned(edition, letter);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
		try (Xml xml = new Xml(bytes)) {
			xml.root("TEI").lang("en");
			TeiHeader.write(xml, edition, sources, letterUrl);
			RegisterTei.writeStandOff(xml, entities);
			xml.open("text");
			TextTei text = new TextTei(sources);
			if (passage == null) {
				text.writeBody(xml);
			}
			else {
				text.writeBody(xml, passage);
			}
			RegisterTei.writeGlossary(xml, entities);
			xml.end();
		}
		return bytes.toByteArray();
	}

}
