package dev.readingedition.edition;

import java.util.List;
import java.util.stream.Collectors;

import dev.readingedition.edition.TextMarker.Range;
import dev.readingedition.testing.RealContent;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextMarkerTests {

	private static Letter letter() {
		return RealContent.letter();
	}

	private static Range rangeOf(String text, String words) {
		int start = text.indexOf(words);
		assertThat(start).as("'%s' occurs", words).isNotNegative();
		return new Range(start, start + words.length());
	}

	private static String marked(HtmlText html, String stretch, List<Range> ranges, int firstMark) {
		TextMarker marker = new TextMarker(html);
		marker.markNumbered(stretch, ranges, firstMark);
		return marker.html();
	}

	@Test
	void readsTheSameWordsFromTheHtmlAsTheModelHolds() {
		Letter letter = letter();
		for (Paragraph paragraph : letter.paragraphs()) {
			assertThat(paragraph.htmlText().text(HtmlText.PARAGRAPH)).as(paragraph.id()).isEqualTo(paragraph.text());
		}
		for (Note note : letter.notes()) {
			HtmlText holder = letter.marginHolding(note.id()).orElseThrow();
			assertThat(holder.text(note.id())).as(note.id()).isEqualTo(note.text());
		}
		for (Entity entity : letter.annotations()) {
			HtmlText holder = letter.marginHolding(entity.anchor()).orElseThrow();
			assertThat(holder.text(entity.anchor())).as(entity.anchor()).isEqualTo(entity.glossText());
			assertThat(holder.text(entity.anchor() + HtmlText.NAME)).isEqualTo(entity.name());
		}
	}

	@Test
	void aParagraphWhoseHtmlSaysOtherWordsThanItsTextIsRefused() {
		Paragraph p1 = letter().paragraphs().get(0);
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> new Paragraph(1, "p1", p1.html() + " more", "", p1.text(), p1.page(), List.of(),
					List.of(), List.of(), List.of(), List.of()))
			.withMessageContaining("differ from its text");
	}

	@Test
	void marksAPhraseAsOneSpan() {
		Paragraph p11 = letter().paragraph("p11").orElseThrow();
		TextMarker marker = new TextMarker(p11.htmlText());
		assertThat(marker.markNumbered(HtmlText.PARAGRAPH, List.of(rangeOf(p11.text(), "modus vivendi")), 1))
			.isEqualTo(1);
		assertThat(marker.html()).contains("find some <mark id=\"m1\">modus vivendi</mark> in regard to Berlin");
	}

	@Test
	void marksOnlyAddMarksToTheHtml() {
		for (Paragraph paragraph : letter().paragraphs()) {
			String marked = marked(paragraph.htmlText(), HtmlText.PARAGRAPH,
					List.of(new Range(0, paragraph.text().length())), 1);
			assertThat(marked.replaceAll("</?mark[^>]*>", "")).as(paragraph.id()).isEqualTo(paragraph.html());
			String words = Jsoup.parseBodyFragment(marked)
				.select("mark")
				.stream()
				.map(Element::wholeText)
				.collect(Collectors.joining());
			assertThat(WhiteSpace.collapse(words)).isEqualTo(paragraph.text());
		}
	}

	@Test
	void aRangeAcrossAPageBreakIsMarkedOnBothSidesAndLeavesTheBreakAlone() {
		Paragraph p3 = letter().paragraph("p3").orElseThrow();
		String marked = marked(p3.htmlText(), HtmlText.PARAGRAPH, List.of(rangeOf(p3.text(), "many months ago")), 4);
		assertThat(marked).contains("<mark id=\"m4\">many months </mark><span id=\"page820\"")
			.contains("data-page=\"820\"></span> <mark>ago</mark>");
	}

	@Test
	void marksAreNumberedInReadingOrderAndOverlapsMerge() {
		Paragraph p8 = letter().paragraph("p8").orElseThrow();
		String text = p8.text();
		int first = text.indexOf("pressure");
		int second = text.indexOf("pressure", first + 1);
		TextMarker marker = new TextMarker(p8.htmlText());
		int marks = marker.markNumbered(HtmlText.PARAGRAPH,
				List.of(new Range(second, second + 8), new Range(first, first + 8), new Range(first + 2, first + 5)),
				1);
		assertThat(marks).isEqualTo(2);
		assertThat(marker.html().indexOf("id=\"m1\"")).isLessThan(marker.html().indexOf("id=\"m2\""));
	}

	@Test
	void marksInsideANoteOnlyTouchThatNote() {
		Letter letter = letter();
		Note note = letter.note("4").orElseThrow();
		Paragraph p6 = letter.paragraph("p6").orElseThrow();
		String marked = marked(p6.marginText(), note.id(), List.of(rangeOf(note.text(), "Adzhubei")), 1);
		assertThat(marked).contains("conversation with Aleksei <mark id=\"m1\">Adzhubei</mark>")
			.contains("<b>Aleksei I. Adzhubei</b>");
	}

	@Test
	void aGlossHitMarksTheNameFirstWhenTheQueryMatchedIt() {
		Letter letter = letter();
		Entity entity = letter.annotations().get(0);
		HtmlText margin = letter.marginHolding(entity.anchor()).orElseThrow();
		TextMarker marker = new TextMarker(margin);
		String word = entity.glossText().split(" ")[0];
		marker.markGlossHit(entity.anchor(), List.of(rangeOf(entity.glossText(), word)),
				List.of(new Range(0, entity.name().length())), "m3");
		var gloss = Jsoup.parseBodyFragment(marker.html()).getElementById(entity.anchor());
		assertThat(gloss.select("b > mark#m3").text()).isEqualTo(entity.name());
		assertThat(gloss.select("mark")).hasSize(2);
	}

	@Test
	void textIsEscapedOnTheWayOut() {
		HtmlText html = HtmlText.ofParagraph("a &lt;b&gt; &amp; c");
		assertThat(html.text(HtmlText.PARAGRAPH)).isEqualTo("a <b> & c");
		assertThat(marked(html, HtmlText.PARAGRAPH, List.of(new Range(2, 5)), 1))
			.isEqualTo("a <mark id=\"m1\">&lt;b&gt;</mark> &amp; c");
	}

	@Test
	void whiteSpaceRunsCountAsOneCharacterAndNoBreakSpacesAsTheirOwn() {
		HtmlText html = HtmlText.ofParagraph("one \n  two&nbsp;three <em>four</em>");
		assertThat(html.text(HtmlText.PARAGRAPH)).isEqualTo("one two\u00a0three four");
		assertThat(marked(html, HtmlText.PARAGRAPH, List.of(new Range(4, 18)), 1))
			.isEqualTo("one \n  <mark id=\"m1\">two&nbsp;three </mark><em><mark>four</mark></em>");
	}

}
