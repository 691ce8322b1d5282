package dev.readingedition.edition;

import dev.readingedition.testing.RealContent;

import java.io.IOException;
import java.util.List;

import dev.readingedition.edition.TextMarker.Marked;
import dev.readingedition.edition.TextMarker.Range;
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

	@Test
	void readsTheSameTextFromTheHtmlAsTheModelHolds() throws IOException {
		Letter letter = letter();
		for (Paragraph paragraph : letter.paragraphs()) {
			assertThat(TextMarker.paragraphText(paragraph.html())).as(paragraph.id()).isEqualTo(paragraph.text());
		}
		for (Note note : letter.notes()) {
			String holder = note.citedIn().equals(LetterParser.TITLE_ANCHOR) ? letter.titleMarginHtml()
					: letter.paragraph(note.citedIn()).orElseThrow().marginHtml();
			assertThat(TextMarker.noteText(holder, note.id())).as(note.id()).isEqualTo(note.text());
		}
	}

	@Test
	void marksAPhraseAsOneSpan() throws IOException {
		Paragraph p11 = letter().paragraph("p11").orElseThrow();
		Marked marked = TextMarker.markParagraph(p11.html(), List.of(rangeOf(p11.text(), "modus vivendi")), 1);
		assertThat(marked.marks()).isEqualTo(1);
		assertThat(marked.html()).contains("find some <mark id=\"m1\">modus vivendi</mark> in regard to Berlin");
	}

	@Test
	void aRangeAcrossAPageBreakIsMarkedOnBothSidesAndLeavesTheBreakAlone() throws IOException {
		Paragraph p3 = letter().paragraph("p3").orElseThrow();
		Marked marked = TextMarker.markParagraph(p3.html(), List.of(rangeOf(p3.text(), "many months ago")), 4);
		assertThat(marked.html()).contains("<mark id=\"m4\">many months </mark><span id=\"page820\"")
			.contains("data-page=\"820\"></span> <mark>ago</mark>");
	}

	@Test
	void marksAreNumberedInReadingOrderAndOverlapsMerge() throws IOException {
		Paragraph p8 = letter().paragraph("p8").orElseThrow();
		String text = p8.text();
		int first = text.indexOf("pressure");
		int second = text.indexOf("pressure", first + 1);
		Marked marked = TextMarker.markParagraph(p8.html(),
				List.of(new Range(second, second + 8), new Range(first, first + 8), new Range(first + 2, first + 5)), 1);
		assertThat(marked.marks()).isEqualTo(2);
		assertThat(marked.html().indexOf("id=\"m1\"")).isLessThan(marked.html().indexOf("id=\"m2\""));
	}

	@Test
	void marksInsideANoteOnlyTouchThatNote() throws IOException {
		Letter letter = letter();
		Note note = letter.note("4").orElseThrow();
		String p6 = letter.paragraph("p6").orElseThrow().marginHtml();
		Marked marked = TextMarker.markNote(p6, "n4", List.of(rangeOf(note.text(), "Adzhubei")), 1);
		assertThat(marked.marks()).isEqualTo(1);
		assertThat(marked.html()).contains("conversation with Aleksei <mark id=\"m1\">Adzhubei</mark>")
			.contains("<b>Aleksei I. Adzhubei</b>");
	}

	@Test
	void textIsEscapedOnTheWayOut() {
		Marked marked = TextMarker.markParagraph("a &lt;b&gt; &amp; c", List.of(new Range(2, 5)), 1);
		assertThat(marked.html()).isEqualTo("a <mark id=\"m1\">&lt;b&gt;</mark> &amp; c");
	}

}
