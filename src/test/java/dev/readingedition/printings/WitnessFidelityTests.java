package dev.readingedition.printings;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;

import dev.readingedition.testing.RealContent;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static dev.readingedition.testing.RealContent.SLUG;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The vol. VI witness reproduces d34.xml word for word: each paragraph's words, its page
 * breaks and the FRUS editors' notes, compared with the TEI read independently here (the
 * DOM's own text content, with the notes taken out and white space collapsed as TEI
 * defines it), not with the reader under test.
 */
class WitnessFidelityTests {

	private static final Path TEI = RealContent.FOLDER.resolve("printings/frus1961-63v06-d34.xml");

	private static Document tei() throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(TEI)));
	}

	private static Witness witness() {
		return RealContent.edition().printings(RealContent.SLUG).orElseThrow().witness();
	}

	private static String collapsed(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

	@Test
	void everyParagraphHasTheTeisWordsNotesAside() throws Exception {
		Document tei = tei();
		NodeList notes = tei.getElementsByTagName("note");
		for (int i = notes.getLength() - 1; i >= 0; i--) {
			notes.item(i).getParentNode().removeChild(notes.item(i));
		}
		NodeList paragraphs = tei.getElementsByTagName("p");
		List<String> expected = new ArrayList<>();
		for (int i = 0; i < paragraphs.getLength(); i++) {
			expected.add(collapsed(paragraphs.item(i).getTextContent()));
		}

		assertThat(expected).hasSize(13);
		assertThat(witness().texts()).containsExactlyElementsOf(expected);
		assertThat(witness().texts().get(12)).isEqualTo("Sincerely,");
		assertThat(witness().heading()).isEqualTo(collapsed(tei.getElementsByTagName("head").item(0).getTextContent()));
	}

	@Test
	void thePageBreaksStandBeforeTheWordsTheTeiPutsThemBefore() throws Exception {
		NodeList breaks = tei().getElementsByTagName("pb");
		List<String> pages = new ArrayList<>();
		for (int i = 0; i < breaks.getLength(); i++) {
			pages.add(((Element) breaks.item(i)).getAttribute("n"));
		}
		List<String> read = new ArrayList<>();
		List<String> following = new ArrayList<>();
		for (Witness.Paragraph paragraph : witness().paragraphs()) {
			for (Witness.Place place : paragraph.pageBreaks()) {
				read.add(String.valueOf(place.page()));
				following.add(paragraph.number() + ":" + paragraph.text().substring(place.offset()).split(" ")[0]);
			}
		}

		assertThat(read).containsExactlyElementsOf(pages).containsExactly("93", "94", "95");
		assertThat(following).containsExactly("1:hoped", "6:I—or", "9:International");
	}

	@Test
	void theNotesAreTheTeisNotesWithTheirNumbersAndWords() throws Exception {
		NodeList notes = tei().getElementsByTagName("note");
		List<String> expected = new ArrayList<>();
		for (int i = 0; i < notes.getLength(); i++) {
			expected.add(((Element) notes.item(i)).getAttribute("n") + " " + collapsed(notes.item(i).getTextContent()));
		}

		assertThat(witness().notes()).extracting((note) -> note.label() + " " + note.text())
			.containsExactlyElementsOf(expected);
		assertThat(witness().notes()).extracting(Witness.Note::paragraph).containsExactly(0, 1, 1, 6, 9, 13);
		assertThat(witness().notes().get(0).source()).isTrue();
	}

	@Test
	void theWitnessIsKeptInTheContentAsFrusPublishesIt() throws Exception {
		String copy = Files.readString(TEI);
		assertThat(copy).startsWith("<div type=\"document\" xml:id=\"d34\" n=\"34\"");
		assertThat(copy).contains("Mr.<persName corresp=\"#p_AAI1\">Adzhubei</persName>");
	}

}
