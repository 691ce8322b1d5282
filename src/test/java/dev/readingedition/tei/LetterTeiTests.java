package dev.readingedition.tei;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;

import dev.readingedition.edition.Edition;
import dev.readingedition.edition.Entity;
import dev.readingedition.edition.FidelityTestSupport;
import dev.readingedition.edition.Letter;
import dev.readingedition.edition.LetterParser;
import dev.readingedition.edition.Note;
import dev.readingedition.edition.Paragraph;
import dev.readingedition.testing.RealContent;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import static dev.readingedition.tei.TeiTestSupport.TEI;
import static dev.readingedition.tei.TeiTestSupport.byId;
import static dev.readingedition.tei.TeiTestSupport.elements;
import static dev.readingedition.tei.TeiTestSupport.parse;
import static dev.readingedition.tei.TeiTestSupport.words;
import static dev.readingedition.tei.TeiTestSupport.wordsBefore;
import static dev.readingedition.testing.RealContent.SLUG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LetterTeiTests {

	private static final String URL = "https://letters.example.org/letters/" + RealContent.SLUG;

	private static Edition edition;

	private static Letter letter;

	private static Document tei;

	@BeforeAll
	static void export() {
		edition = RealContent.edition();
		letter = edition.letter(RealContent.SLUG).orElseThrow();
		tei = parse(LetterTei.document(edition, letter, URL));
	}

	@Test
	void isTeiInItsNamespace() {
		Element root = tei.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo(TEI);
		assertThat(root.getLocalName()).isEqualTo("TEI");
		assertThat(root.getAttributeNS(XMLConstants.XML_NS_URI, "lang")).isEqualTo("en");
		assertThat(elements(tei, "teiHeader")).hasSize(1);
		assertThat(elements(tei, "text")).hasSize(1);
	}

	@Test
	void everyLetterReadsBackWordForWordAsTheModelHasIt() {
		for (Letter each : edition.letters()) {
			Document document = parse(LetterTei.document(edition, each, URL));
			assertThat(words(byId(document, LetterParser.TITLE_ANCHOR))).isEqualTo(each.meta().title());
			List<Element> paragraphs = elements(document, "p").stream()
				.filter((p) -> p.hasAttributeNS(XMLConstants.XML_NS_URI, "id"))
				.toList();
			assertThat(paragraphs).extracting((p) -> p.getAttributeNS(XMLConstants.XML_NS_URI, "id"))
				.containsExactlyElementsOf(each.paragraphs().stream().map(Paragraph::id).toList());
			for (Paragraph paragraph : each.paragraphs()) {
				assertThat(words(byId(document, paragraph.id()))).as(paragraph.id()).isEqualTo(paragraph.text());
			}
		}
	}

	@Test
	void theLetterReadsBackWordForWordAsReceived() throws IOException {
		List<String> source = FidelityTestSupport.sourceParagraphs();
		// The source's first line is the printed heading: the document number, then the
		// title.
		assertThat(FidelityTestSupport.words(words(byId(tei, "title")))).isEqualTo(
				FidelityTestSupport.words(source.get(0)).subList(1, FidelityTestSupport.words(source.get(0)).size()));
		for (int i = 1; i < source.size(); i++) {
			assertThat(FidelityTestSupport.words(words(byId(tei, "p" + i)))).as("p" + i)
				.isEqualTo(FidelityTestSupport.words(source.get(i)));
		}
		assertThat(elements(tei, "p").stream().filter((p) -> p.hasAttributeNS(XMLConstants.XML_NS_URI, "id")))
			.hasSize(source.size() - 1);
	}

	@Test
	void notesStandWhereTheirMarksStandAndSayWhoWroteThem() {
		assertThat(elements(tei, "note").stream()
			.filter((n) -> n.getAttribute("resp").equals("#edition")
					&& n.hasAttributeNS(XMLConstants.XML_NS_URI, "id")))
			.hasSize(letter.notes().size());
		for (Note note : letter.notes()) {
			Element element = byId(tei, note.id());
			assertThat(element.getAttribute("n")).isEqualTo(note.label());
			assertThat(element.getAttribute("resp")).isEqualTo("#edition");
			assertThat(element.getAttribute("place")).isEqualTo("foot");
			assertThat(words(element).replace(" ", "")).isEqualTo(note.text().replace(" ", ""));
			Element holder = byId(tei, note.citedIn());
			String text = note.citedIn().equals("title") ? letter.meta().title()
					: letter.paragraph(note.citedIn()).orElseThrow().text();
			assertThat(wordsBefore(holder, element)).as(note.id()).isEqualTo(text.substring(0, note.position()));
		}
		assertThat(byId(tei, "n1").getAttribute("type")).isEqualTo("source");
		assertThat(byId(tei, "n2").getAttribute("type")).isEqualTo("editorial");
		assertThat(byId(tei, "edition").getLocalName()).isEqualTo("respStmt");
		assertThat(byId(tei, "frus").getLocalName()).isEqualTo("respStmt");
	}

	@Test
	void notesKeepTheirLinksAndEmphasis() {
		Element note2 = byId(tei, "n2");
		assertThat(elements(note2, "hi")).extracting(Element::getTextContent).containsExactly("Izvestia");
		assertThat(elements(note2, "hi").get(0).getAttribute("rend")).isEqualTo("italic");
		assertThat(elements(note2, "ref")).extracting((ref) -> ref.getAttribute("target"))
			.contains("https://history.state.gov/historicaldocuments/frus1961-63v06/d27");
	}

	@Test
	void pagesBreakAtTheirWordsAndNameTheirPrinting() {
		List<Element> breaks = elements(tei, "pb").stream()
			.filter((pb) -> pb.getAttribute("ed").equals("frus1961-63v14"))
			.toList();
		assertThat(breaks).extracting((pb) -> pb.getAttribute("n")).containsExactly("819", "820", "821");
		assertThat(breaks).allSatisfy((pb) -> {
			assertThat(pb.getAttribute("ed")).isEqualTo("frus1961-63v14");
			assertThat(pb.getAttribute("edRef")).isEqualTo("#frus1961-63v14");
		});
		assertThat(byId(tei, "frus1961-63v14").getLocalName()).isEqualTo("bibl");
		Element page820 = byId(tei, "page820");
		assertThat(((Element) page820.getParentNode()).getAttributeNS(XMLConstants.XML_NS_URI, "id")).isEqualTo("p3");
		assertThat(wordsBefore(byId(tei, "p3"), page820)).endsWith("than we knew many months ");
		assertThat(wordsBefore(byId(tei, "p7"), byId(tei, "page821"))).endsWith("disarmament principles on ");
	}

	@Test
	void mentionsPointIntoTheListsMadeFromTheRegister() {
		Set<String> ids = TeiTestSupport.ids(tei);
		Element thompson = byId(tei, "aref-thompson-1");
		assertThat(thompson.getLocalName()).isEqualTo("persName");
		assertThat(thompson.getAttribute("ref")).isEqualTo("#a-thompson");
		assertThat(thompson.getTextContent()).isEqualTo("Ambassador Thompson");
		assertThat(byId(tei, "a-thompson").getLocalName()).isEqualTo("person");
		assertThat(((Element) byId(tei, "a-thompson").getParentNode()).getLocalName()).isEqualTo("listPerson");
		assertThat(byId(tei, "aref-west-berlin-1").getLocalName()).isEqualTo("placeName");
		assertThat(((Element) byId(tei, "a-west-berlin").getParentNode()).getLocalName()).isEqualTo("listPlace");
		assertThat(byId(tei, "aref-nato-1").getLocalName()).isEqualTo("orgName");
		assertThat(((Element) byId(tei, "a-nato").getParentNode()).getLocalName()).isEqualTo("listOrg");
		assertThat(byId(tei, "aref-channel-1").getLocalName()).isEqualTo("term");
		assertThat(byId(tei, "aref-test-talks-1").getLocalName()).isEqualTo("rs");
		assertThat(byId(tei, "aref-test-talks-1").getAttribute("type")).isEqualTo("event");
		int mentions = 0;
		for (String name : List.of("persName", "placeName", "orgName", "term", "rs")) {
			for (Element element : elements(byId(tei, "p1").getParentNode(), name)) {
				String ref = element.getAttribute("ref");
				assertThat(ref).startsWith("#");
				assertThat(ids).contains(ref.substring(1));
				mentions++;
			}
		}
		assertThat(mentions).isEqualTo(letter.mentions().size());
		for (Entity entity : letter.annotations()) {
			Element entry = byId(tei, entity.anchor());
			// A term's name is the glossary label before its item; the others name
			// themselves.
			Element named = entity.kind() == dev.readingedition.edition.EntityKind.TERM
					? (Element) entry.getPreviousSibling().getPreviousSibling() : entry;
			assertThat(named.getTextContent()).as(entity.id()).contains(entity.name());
			assertThat(entry.getTextContent()).as(entity.id()).contains(entity.glossText());
		}
	}

	@Test
	void theHeaderSaysWhoWroteToWhomWhereAndWhenAndWhereItWasPrinted() {
		Element sent = elements(tei, "correspAction").get(0);
		assertThat(sent.getAttribute("type")).isEqualTo("sent");
		assertThat(words(elements(sent, "persName").get(0))).isEqualTo("John F. Kennedy");
		assertThat(words(elements(sent, "placeName").get(0))).isEqualTo("Washington");
		assertThat(elements(sent, "date").get(0).getAttribute("when")).isEqualTo("1962-02-15");
		Element received = elements(tei, "correspAction").get(1);
		assertThat(received.getAttribute("type")).isEqualTo("received");
		assertThat(words(elements(received, "persName").get(0))).isEqualTo("Nikita S. Khrushchev");
		Element printing = byId(tei, "frus1961-63v14");
		Element pages = elements(printing, "biblScope").stream()
			.filter((scope) -> scope.getAttribute("unit").equals("page"))
			.findFirst()
			.orElseThrow();
		assertThat(pages.getAttribute("from")).isEqualTo("819");
		assertThat(pages.getAttribute("to")).isEqualTo("821");
		assertThat(words(byId(tei, "frus1961-63v06"))).contains("Volume VI, Kennedy-Khrushchev Exchanges, Document 34");
		assertThat(words(elements(tei, "publicationStmt").get(0))).contains(URL);
		assertThat(elements(tei, "licence").get(0).getAttribute("target")).contains("publicdomain");
	}

	@Test
	void theCorrespondenceContextNamesWhatTheLetterAnswersAndWhatAnsweredIt() {
		Element context = elements(tei, "correspContext").get(0);
		List<String> refs = elements(context, "ref").stream()
			.map((ref) -> ref.getAttribute("type") + " " + ref.getAttribute("target"))
			.toList();
		String letters = "https://letters.example.org/letters/";
		assertThat(refs).contains("answers " + letters + "khrushchev-to-kennedy-1961-12-13",
				"answeredBy " + letters + "khrushchev-to-kennedy-1962-03-10",
				"next " + letters + "khrushchev-to-kennedy-1962-03-10");
	}

	@Test
	void importedLettersNotesAreTheFrusEditors() {
		Letter reply = edition.letter("khrushchev-to-kennedy-1962-03-10").orElseThrow();
		Document document = parse(
				LetterTei.document(edition, reply, "https://letters.example.org/letters/" + reply.slug()));
		List<Element> notes = elements(document, "note").stream()
			.filter((n) -> n.hasAttributeNS(XMLConstants.XML_NS_URI, "id"))
			.toList();
		assertThat(notes).hasSize(reply.notes().size());
		assertThat(notes).allSatisfy((n) -> assertThat(n.getAttribute("resp")).isEqualTo("#frus"));
		Element context = elements(document, "correspContext").get(0);
		assertThat(elements(context, "ref"))
			.extracting((ref) -> ref.getAttribute("type") + " " + ref.getAttribute("target"))
			.contains("answers https://letters.example.org/letters/" + RealContent.SLUG);
	}

	@Test
	void aParagraphIsGivenAloneInTheDtsWrapper() {
		Document passage = parse(LetterTei.passage(edition, letter, URL, Passage.paragraphs(letter, "p3", "p3")));
		Element wrapper = (Element) passage.getElementsByTagNameNS(TeiTestSupport.DTS, "wrapper").item(0);
		assertThat(wrapper).isNotNull();
		assertThat(wrapper.getPrefix()).isEqualTo("dts");
		List<Element> paragraphs = elements(wrapper, "p");
		assertThat(paragraphs).hasSize(1);
		assertThat(words(paragraphs.get(0))).isEqualTo(letter.paragraph("p3").orElseThrow().text());
		assertThat(paragraphs.get(0).hasAttribute("part")).isFalse();
		assertThat(elements(passage, "teiHeader")).hasSize(1);
	}

	@Test
	void aPrintedPageIsCutAtItsPageBreaks() {
		Printing printing = Printing.main(letter);
		Document passage = parse(LetterTei.passage(edition, letter, URL, Passage.pages(letter, printing, 820, 820)));
		Element wrapper = (Element) passage.getElementsByTagNameNS(TeiTestSupport.DTS, "wrapper").item(0);
		List<Element> paragraphs = elements(wrapper, "p");
		assertThat(paragraphs).extracting((p) -> p.getAttributeNS(XMLConstants.XML_NS_URI, "id"))
			.containsExactly("p3", "p4", "p5", "p6", "p7");
		assertThat(paragraphs).extracting((p) -> p.getAttribute("part")).containsExactly("F", "", "", "", "I");
		assertThat(elements(wrapper, "pb")).extracting((pb) -> pb.getAttribute("n") + " " + pb.getAttribute("ed"))
			.containsExactly("820 frus1961-63v14", "94 frus1961-63v06");
		assertThat(words(paragraphs.get(0))).startsWith("ago—i.e., you know that the West");
		assertThat(words(paragraphs.get(4))).endsWith("included in the disarmament principles on");
		// Note 4 stands in paragraph 6, on page 820, and so does vol. VI's note 3 on the
		// same words.
		assertThat(elements(wrapper, "note")).extracting((n) -> n.getAttribute("n") + " " + n.getAttribute("resp"))
			.containsExactly("4 #edition", "3 #frus");
	}

	@Test
	void theFirstPageBeginsWithTheLetter() {
		Printing printing = Printing.main(letter);
		Document passage = parse(LetterTei.passage(edition, letter, URL, Passage.pages(letter, printing, 819, 819)));
		Element wrapper = (Element) passage.getElementsByTagNameNS(TeiTestSupport.DTS, "wrapper").item(0);
		assertThat(elements(wrapper, "pb")).extracting((pb) -> pb.getAttribute("n")).containsExactly("819", "93");
		List<Element> paragraphs = elements(wrapper, "p");
		assertThat(paragraphs).extracting((p) -> p.getAttribute("part")).containsExactly("", "", "I");
		assertThat(words(paragraphs.get(2))).endsWith("than we knew many months");
	}

	@Test
	void theLastPageRunsToTheEnd() {
		Printing printing = Printing.main(letter);
		Document passage = parse(LetterTei.passage(edition, letter, URL, Passage.pages(letter, printing, 820, 821)));
		Element wrapper = (Element) passage.getElementsByTagNameNS(TeiTestSupport.DTS, "wrapper").item(0);
		List<Element> paragraphs = elements(wrapper, "p");
		assertThat(paragraphs).hasSize(10);
		assertThat(paragraphs.get(9).getAttribute("part")).isEmpty();
		assertThat(elements(wrapper, "pb").stream().filter((pb) -> pb.getAttribute("ed").equals("frus1961-63v14")))
			.extracting((pb) -> pb.getAttribute("n"))
			.containsExactly("820", "821");
	}

	@Test
	void theSecondPrintingsPagesBreakWhereTheCollationPutsThem() {
		List<Element> breaks = elements(tei, "pb").stream()
			.filter((pb) -> pb.getAttribute("ed").equals("frus1961-63v06"))
			.toList();
		assertThat(breaks).extracting((pb) -> pb.getAttribute("n")).containsExactly("92", "93", "94", "95");
		assertThat(byId(tei, "frus1961-63v06").getAttribute("type")).isEqualTo("witness");
		// As the sources README says: ¶1 "I had [93] hoped", ¶6 "both you and [94] I", ¶9
		// "an [95] International".
		assertThat(wordsBefore(byId(tei, "p1"), byId(tei, "vol-vi-page93"))).endsWith("through my brother. I had ");
		assertThat(wordsBefore(byId(tei, "p6"), byId(tei, "vol-vi-page94"))).endsWith("Fortunately, both you and ");
		assertThat(wordsBefore(byId(tei, "p9"), byId(tei, "vol-vi-page95"))).endsWith("the possibilities of an ");
		Document page94 = parse(LetterTei.passage(edition, letter, URL,
				Passage.pages(letter, Printing.of(edition, letter).get(1), 94, 94)));
		Element wrapper = (Element) page94.getElementsByTagNameNS(TeiTestSupport.DTS, "wrapper").item(0);
		assertThat(words(elements(wrapper, "p").get(0))).startsWith("I—or so I strongly believe—are able");
		assertThat(words(elements(wrapper, "p").get(elements(wrapper, "p").size() - 1)))
			.endsWith("the possibilities of an");
	}

	@Test
	void theVariantsOfTheSecondPrintingAreAppsWithTheReproducedTextAsLemma() {
		List<Element> apps = elements(tei, "app");
		assertThat(apps).extracting((app) -> app.getAttribute("type")).containsExactly("orthographic", "closing");
		Element spelling = apps.get(0);
		assertThat(((Element) spelling.getParentNode()).getAttributeNS(XMLConstants.XML_NS_URI, "id")).isEqualTo("p5");
		assertThat(elements(spelling, "lem").get(0).getTextContent()).isEqualTo("tranquility");
		assertThat(elements(spelling, "lem").get(0).getAttribute("wit")).isEqualTo("#frus1961-63v14");
		assertThat(elements(spelling, "rdg").get(0).getTextContent()).isEqualTo("tranquillity");
		assertThat(elements(spelling, "rdg").get(0).getAttribute("wit")).isEqualTo("#frus1961-63v06");
		Element closing = apps.get(1);
		assertThat(elements(closing, "lem").get(0).getTextContent()).isEmpty();
		assertThat(words(elements(closing, "rdg").get(0).getParentNode())).isEmpty();
		assertThat(elements(closing, "rdg").get(0).getFirstChild().getNodeValue()).isEqualTo("Sincerely,");
		assertThat(elements(elements(closing, "rdg").get(0), "note").get(0).getTextContent())
			.isEqualTo("Printed from an unsigned copy.");
		assertThat(elements(tei, "variantEncoding").get(0).getAttribute("method")).isEqualTo("parallel-segmentation");
	}

	@Test
	void theSecondPrintingsEditorsNotesAreTheirsAndStandAtTheirPlaces() {
		List<Element> frus = elements(tei, "note").stream()
			.filter((n) -> n.getAttribute("resp").equals("#frus"))
			.toList();
		assertThat(frus).extracting((n) -> n.getAttributeNS(XMLConstants.XML_NS_URI, "id"))
			.containsExactly("vi-n0", "vi-n1", "vi-n2", "vi-n3", "vi-n4", "vi-n5");
		assertThat(frus).allSatisfy((n) -> assertThat(n.getAttribute("source")).isEqualTo("#frus1961-63v06"));
		assertThat(byId(tei, "vi-n0").getAttribute("type")).isEqualTo("source");
		assertThat(byId(tei, "vi-n0").getParentNode().getLocalName()).isEqualTo("head");
		assertThat(wordsBefore(byId(tei, "p1"), byId(tei, "vi-n1"))).endsWith("your letter of December 13, 1961,");
		assertThat(wordsBefore(byId(tei, "p6"), byId(tei, "vi-n3"))).endsWith("as I said to Mr. Adzhubei,");
	}

	@Test
	void passagesRefuseWhatTheLetterDoesNotHold() {
		Printing printing = Printing.main(letter);
		assertThatThrownBy(() -> Passage.paragraphs(letter, "p5", "p3")).hasMessageContaining("comes after");
		assertThatThrownBy(() -> Passage.paragraphs(letter, "p3", "p99")).hasMessageContaining("no paragraph p99");
		assertThatThrownBy(() -> Passage.pages(letter, printing, 818, 820)).hasMessageContaining("no page 818");
		assertThatThrownBy(() -> Passage.pages(letter, printing, 821, 820)).hasMessageContaining("comes after");
	}

	@Test
	void markupInTheContentIsEscapedNotInterpreted() {
		String markdown = """
				---
				slug: hostile
				document: 1
				title: A <b>bold</b> & "quoted" title ]]>
				author: A <script>alert(1)</script>
				recipient: B & C
				dateline: Here, January 1, 1962
				date: 1962-01-01
				series: S
				volume: I
				volume-title: T
				first-page: 1
				source-url: https://example.org/d1?a=1&b=2
				---

				# A \\<b>bold\\</b> & "quoted" title ]]>

				Words with \\<script>alert(1)\\</script>, an &amp; entity, a CDATA end ]]> and \\<!-- this -->.[^1]

				[^1]: A note with <script>alert(2)</script> and [a link](https://example.org/?q=<x>&y=1).
				""";
		Letter hostile = new LetterParser().parse("hostile.md", markdown);
		Edition alone = new Edition(List.of(hostile));
		byte[] xml = LetterTei.document(alone, hostile, "https://example.org/letters/hostile");
		Document document = parse(xml);
		assertThat(elements(document, "script")).isEmpty();
		assertThat(elements(document, "b")).isEmpty();
		assertThat(hostile.paragraphs().get(0).text()).contains("<script>alert(1)</script>", "]]>", "<!-- this -->");
		assertThat(words(byId(document, "p1"))).isEqualTo(hostile.paragraphs().get(0).text());
		assertThat(words(byId(document, "title"))).isEqualTo(hostile.meta().title());
		assertThat(new String(xml, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("<script>")
			.doesNotContain("<b>");
	}

}
