package dev.readingedition.cmif;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import dev.readingedition.testing.EditionWebTest;
import dev.readingedition.testing.PageTestSupport;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;

import static dev.readingedition.testing.RealContent.LETTER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /cmif.xml} as the site serves it with its public address set (a
 * {@code @WebMvcTest} slice), checked against what the CMIF template of the TEI
 * Correspondence SIG (templates/cmif-digital-edition.xml, CMIF 1.1) requires: a title and
 * an editor; a publisher with its address, the file's own address as an url idno, the
 * date of the last change and the CC BY 4.0 licence; a bibl with type and xml:id that
 * every correspDesc names as its source; and per letter a correspDesc with the letter's
 * address, the sender, the place of writing and the date (YYYY-MM-DD, as when or as
 * notBefore and notAfter) and the addressee.
 */
@EditionWebTest
@TestPropertySource(properties = "edition.base-url=https://letters.example.org")
class CmifTests extends PageTestSupport {

	private static final String DATE = "\\d{4}-\\d{2}-\\d{2}";

	@Test
	void theCorrespondenceIsDescribedInCmif() throws Exception {
		MockHttpServletResponse response = get("/cmif.xml");
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(header(response, "Content-Type")).hasValue("application/tei+xml;charset=UTF-8");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document cmif = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(body(response).getBytes(StandardCharsets.UTF_8)));
		XPath xpath = XPathFactory.newInstance().newXPath();
		xpath.setNamespaceContext(new Tei());

		String header = "/t:TEI/t:teiHeader/t:fileDesc/";
		assertThat(xpath.evaluate(header + "t:titleStmt/t:title", cmif)).isNotBlank();
		assertThat(xpath.evaluate(header + "t:titleStmt/t:editor", cmif)).isNotBlank();
		assertThat(xpath.evaluate(header + "t:publicationStmt/t:publisher/t:ref/@target", cmif))
			.isEqualTo("https://letters.example.org/");
		assertThat(xpath.evaluate(header + "t:publicationStmt/t:idno[@type='url']", cmif))
			.isEqualTo("https://letters.example.org/cmif.xml");
		assertThat(xpath.evaluate(header + "t:publicationStmt/t:date/@when", cmif)).matches(DATE + "T.*");
		assertThat(xpath.evaluate(header + "t:publicationStmt/t:availability/t:licence/@target", cmif))
			.isEqualTo("https://creativecommons.org/licenses/by/4.0/");
		String bibl = xpath.evaluate(header + "t:sourceDesc/t:bibl/@xml:id", cmif);
		assertThat(bibl).matches("[A-Za-z_][\\w.-]*");
		assertThat(xpath.evaluate(header + "t:sourceDesc/t:bibl/@type", cmif)).isIn("online", "print", "hybrid");

		NodeList descs = (NodeList) xpath.evaluate("/t:TEI/t:teiHeader/t:profileDesc/t:correspDesc", cmif,
				XPathConstants.NODESET);
		assertThat(descs.getLength()).isEqualTo(4);
		List<String> refs = new java.util.ArrayList<>();
		for (int i = 0; i < descs.getLength(); i++) {
			var desc = descs.item(i);
			refs.add(xpath.evaluate("@ref", desc));
			assertThat(xpath.evaluate("@source", desc)).isEqualTo("#" + bibl);
			assertThat(xpath.evaluate("count(t:correspAction[@type='sent'])", desc)).isEqualTo("1");
			assertThat(xpath.evaluate("t:correspAction[@type='sent']/t:persName", desc)).isNotBlank();
			assertThat(xpath.evaluate("t:correspAction[@type='sent']/t:placeName", desc)).isIn("Moscow", "Washington");
			assertThat(xpath.evaluate("t:correspAction[@type='received']/t:persName", desc)).isNotBlank();
			String when = xpath.evaluate("t:correspAction[@type='sent']/t:date/@when", desc);
			if (when.isEmpty()) {
				assertThat(xpath.evaluate("t:correspAction[@type='sent']/t:date/@notBefore", desc)).matches(DATE);
				assertThat(xpath.evaluate("t:correspAction[@type='sent']/t:date/@notAfter", desc)).matches(DATE);
			}
			else {
				assertThat(when).matches(DATE);
			}
		}
		assertThat(refs).containsExactly("https://letters.example.org/letters/khrushchev-to-kennedy-1961-12-13",
				"https://letters.example.org/letters/khrushchev-to-kennedy-undated-1961-12-30",
				"https://letters.example.org" + LETTER,
				"https://letters.example.org/letters/khrushchev-to-kennedy-1962-03-10");
		assertThat(xpath.evaluate("//t:correspDesc[2]/t:correspAction[@type='sent']/t:date/@notBefore", cmif))
			.isEqualTo("1961-12-30");
		assertThat(xpath.evaluate("//t:correspDesc[3]/t:correspAction[@type='sent']/t:persName", cmif))
			.isEqualTo("John F. Kennedy");
		assertThat(xpath.evaluate("//t:correspDesc[3]/t:correspAction[@type='received']/t:persName", cmif))
			.isEqualTo("Nikita S. Khrushchev");
	}

	private static final class Tei implements NamespaceContext {

		@Override
		public String getNamespaceURI(String prefix) {
			return switch (prefix) {
				case "t" -> "http://www.tei-c.org/ns/1.0";
				case "xml" -> XMLConstants.XML_NS_URI;
				default -> XMLConstants.NULL_NS_URI;
			};
		}

		@Override
		public String getPrefix(String uri) {
			return null;
		}

		@Override
		public java.util.Iterator<String> getPrefixes(String uri) {
			return null;
		}

	}

}
