package dev.readingedition.tei;

import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;

import dev.readingedition.edition.Edition;
import dev.readingedition.edition.Letter;
import dev.readingedition.edition.Note;
import dev.readingedition.edition.PageBreak;
import dev.readingedition.testing.RealContent;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three letters imported from FRUS TEI reproduce it word for word: each paragraph's
 * text, as the edition parses it from {@code content/}, equals the text of the TEI kept
 * beside it (notes and page breaks aside), and so do the title and the notes; the page
 * breaks fall in the same paragraphs. The TEI's text is taken here by a plain DOM walk,
 * not by the importer, so that the importer is checked rather than trusted.
 */
class ImportedLettersFidelityTests {

	private static final Edition EDITION = RealContent.edition();

	@ParameterizedTest
	@CsvSource({ "khrushchev-to-kennedy-1961-12-13, 0", "khrushchev-to-kennedy-undated-1961-12-30, 2",
			"khrushchev-to-kennedy-1962-03-10, 1" })
	void theLetterReproducesItsTeiWordForWord(String slug, int missingSpaces) throws Exception {
		Letter letter = EDITION.letter(slug).orElseThrow();
		Element div = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(RealContent.FOLDER.resolve(slug + ".xml").toFile())
			.getDocumentElement();
		TeiText tei = new TeiText();
		List<String> blocks = new ArrayList<>();
		List<List<Integer>> breaks = new ArrayList<>();
		String title = null;
		List<Integer> pending = new ArrayList<>();
		for (Node child = div.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (!(child instanceof Element element)) {
				continue;
			}
			switch (element.getTagName()) {
				case "head" -> title = tei.text(element).replaceFirst("^" + letter.meta().document() + "\\. ", "");
				case "p", "closer" -> {
					blocks.add(tei.text(element));
					List<Integer> pages = new ArrayList<>(pending);
					pending.clear();
					pages.addAll(tei.pageBreaks(element));
					breaks.add(pages);
				}
				case "pb" -> pending.add(Integer.parseInt(element.getAttribute("n")));
				default -> {
				}
			}
		}

		assertThat(letter.meta().title()).isEqualTo(title);
		assertThat(letter.paragraphs()).hasSameSizeAs(blocks);
		for (int i = 0; i < blocks.size(); i++) {
			assertThat(letter.paragraphs().get(i).text()).as("%s ¶%d", slug, i + 1).isEqualTo(blocks.get(i));
			// A page break between two paragraphs opens the second; inside one, it stays
			// in it.
			String id = letter.paragraphs().get(i).id();
			List<Integer> pages = letter.pageBreaks()
				.stream()
				.filter((b) -> b.paragraphId().equals(id))
				.map(PageBreak::page)
				.toList();
			assertThat(pages).as("page breaks of %s ¶%d", slug, i + 1).isEqualTo(breaks.get(i));
		}
		assertThat(letter.notes()).extracting(Note::text)
			.as("the FRUS editors' notes")
			.containsExactlyElementsOf(tei.notes);
		assertThat(tei.mendedSpaces).as("missing spaces before a name, mended as printed").isEqualTo(missingSpaces);
	}

	/**
	 * The text of TEI prose as a reader has it: notes set apart, white space collapsed,
	 * the quirk mended.
	 */
	private static final class TeiText {

		private final List<String> notes = new ArrayList<>();

		private int mendedSpaces;

		String text(Element element) {
			StringBuilder text = new StringBuilder();
			append(element, text);
			return text.toString().replaceAll("[ \\t\\r\\n]+", " ").strip();
		}

		private void append(Node node, StringBuilder text) {
			for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
				if (child.getNodeType() == Node.TEXT_NODE) {
					text.append(child.getNodeValue());
				}
				else if (child instanceof Element element) {
					if (element.getTagName().equals("note")) {
						notes.add(text(element));
						continue;
					}
					if (element.getTagName().equals("persName") && child.getPreviousSibling() != null
							&& child.getPreviousSibling().getNodeType() == Node.TEXT_NODE
							&& child.getPreviousSibling().getNodeValue().endsWith(".")) {
						text.append(' ');
						mendedSpaces++;
					}
					append(element, text);
				}
			}
		}

		List<Integer> pageBreaks(Element element) {
			List<Integer> pages = new ArrayList<>();
			var list = element.getElementsByTagName("pb");
			for (int i = 0; i < list.getLength(); i++) {
				pages.add(Integer.parseInt(((Element) list.item(i)).getAttribute("n")));
			}
			return pages;
		}

	}

}
