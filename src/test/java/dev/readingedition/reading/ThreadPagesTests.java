package dev.readingedition.reading;

import dev.readingedition.testing.EditionWebTest;
import dev.readingedition.testing.PageTestSupport;
import dev.readingedition.testing.RealContent;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The letters in their thread, over HTTP on the real content: the front page opens the
 * February 15 letter with what it answers and what answered it; notes 2 and 3 and "your
 * letter of December 13, 1961" lead into the edition; the quotation leads to Khrushchev's
 * paragraph, which says who quoted it; the contents page lists the correspondence by date
 * and narrows it to a correspondent.
 */
@EditionWebTest
class ThreadPagesTests extends PageTestSupport {

	static final String FEB15 = RealContent.LETTER;

	static final String DEC13 = "/letters/khrushchev-to-kennedy-1961-12-13";

	static final String UNDATED = "/letters/khrushchev-to-kennedy-undated-1961-12-30";

	static final String MAR10 = "/letters/khrushchev-to-kennedy-1962-03-10";

	@Test
	void theFrontPageOpensTheFebruary15LetterWithItsThread() {
		Document page = page("/");
		assertThat(page.select("h1#title").text()).startsWith("Letter From President Kennedy to Chairman Khrushchev");
		// Canonical links are absolute (issue 20), and name the letter, not the front
		// page.
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(SITE + FEB15);
		Element head = page.selectFirst("header.letter-head nav.thread");
		assertThat(head.text()).isEqualTo("This letter answers Khrushchev to Kennedy, December 13, 1961 and Khrushchev "
				+ "to Kennedy, undated (Dec 30, 1961 – Jan 18, 1962). · Answered by Khrushchev to Kennedy, March 10, 1962.");
		assertThat(head.select("a").eachAttr("href")).containsExactly(DEC13, UNDATED, MAR10);
	}

	@Test
	void theFootSaysTheSameAndLeadsToThePreviousAndNextLetterByDate() {
		Element foot = page(FEB15).selectFirst("article > nav.thread");
		assertThat(foot.text())
			.isEqualTo("Previous: Khrushchev to Kennedy, undated (Dec 30, 1961 – Jan 18, 1962), which "
					+ "this letter answers · Next: Khrushchev to Kennedy, March 10, 1962, its answer · Also answers Khrushchev to "
					+ "Kennedy, December 13, 1961 · All letters");
		assertThat(foot.selectFirst("a[rel=prev]").attr("href")).isEqualTo(UNDATED);
		assertThat(foot.selectFirst("a[rel=next]").attr("href")).isEqualTo(MAR10);
		Element first = page(DEC13).selectFirst("article > nav.thread");
		assertThat(first.select("a[rel=prev]")).isEmpty();
		assertThat(first.selectFirst("a[rel=next]").attr("href")).isEqualTo(UNDATED);
		assertThat(page(MAR10).select("article > nav.thread a[rel=next]")).isEmpty();
	}

	@Test
	void aLetterTheEditionDoesNotHoldIsNamedAndLinkedAtTheOfficeOfTheHistorian() {
		Element head = page(DEC13).selectFirst("header.letter-head nav.thread");
		assertThat(head.text())
			.startsWith("This letter answers FRUS 1961–1963, vol. VI, doc. 26. · Answered by Kennedy "
					+ "to Khrushchev, February 15, 1962.");
		assertThat(head.selectFirst("a").attr("href"))
			.isEqualTo("https://history.state.gov/historicaldocuments/frus1961-63v06/d26");
		assertThat(head.text()).contains("The notes are the FRUS editors’, as printed in volume VI");
	}

	@Test
	void notesTwoAndThreeAndThePhraseLeadToTheLettersInTheEdition() {
		Document page = page(FEB15);
		assertThat(page.select("#n2 a").eachAttr("href")).contains(DEC13);
		assertThat(page.select("#n3 a").eachAttr("href")).contains(UNDATED);
		Element phrase = page.select("#p1 a[href=" + DEC13 + "]").first();
		assertThat(phrase.text()).isEqualTo("your letter of December 13, 1961");
	}

	@Test
	void theQuotationLeadsToKhrushchevsParagraphWhichSaysWhoQuotedIt() {
		Element quotation = page(FEB15).select("#p8 a[href^=" + DEC13 + "/]").first();
		assertThat(quotation.text()).isEqualTo("in politics just as in physics every action causes counteraction");
		assertThat(quotation.attr("href")).isEqualTo(DEC13 + "/p16");
		Document target = page(DEC13 + "/p16");
		assertThat(target.select("#p16").text())
			.contains("in politics just as in physics every action causes counteraction");
		Element quoted = target.selectFirst("#p16 ~ aside.quoted-in");
		assertThat(quoted.text()).isEqualTo("Quoted by Kennedy in Kennedy to Khrushchev, February 15, 1962, ¶ 8: "
				+ "in politics just as in physics every action causes counteraction.");
		assertThat(quoted.select("q").text())
			.isEqualTo("in politics just as in physics every action causes counteraction");
		assertThat(quoted.selectFirst("a").attr("href")).isEqualTo(FEB15 + "/p8");
		assertThat(page(DEC13).select("aside.quoted-in")).hasSize(1);
	}

	@Test
	void anImportedLetterKeepsItsSalutationSignatureAndPageBreaks() {
		Document page = page(MAR10);
		assertThat(page.select("#p1 .smallcaps").text()).isEqualTo("Dear Mr. President");
		assertThat(page.select(".signed").text()).isEqualTo("N. Khrushchev");
		assertThat(page.select("[role=doc-pagebreak]").eachAttr("id")).startsWith("page118", "page119");
		assertThat(page.select(".dateline").text()).isEqualTo("Moscow, March 10, 1962.");
	}

	@Test
	void theContentsPageListsTheCorrespondenceByDateWithSummaries() {
		Document page = page("/letters");
		assertThat(page.select(".letter-list > li")).hasSize(4);
		assertThat(page.select(".letter-list .letter-date").eachText()).containsExactly("December 13, 1961",
				"undated (between December 30, 1961 and January 18, 1962)", "February 15, 1962", "March 10, 1962");
		assertThat(page.select(".letter-list h2").eachText()).containsExactly(
				"Nikita S. Khrushchev → to John F. Kennedy", "Nikita S. Khrushchev → to John F. Kennedy",
				"John F. Kennedy → to Nikita S. Khrushchev", "Nikita S. Khrushchev → to John F. Kennedy");
		assertThat(page.select(".letter-list .printed").eachText())
			.allSatisfy((t) -> assertThat(t).contains("FRUS 1961–1963, vol."));
		assertThat(page.select(".letter-list .printed").get(0).text()).endsWith("vol. VI, doc. 27");
		assertThat(page.select(".letter-list .summary")).hasSize(4);
		assertThat(page.select(".correspondent-nav a").eachText()).containsExactly("All correspondents",
				"John F. Kennedy (4)", "Nikita S. Khrushchev (4)");
	}

	@Test
	void theContentsNarrowToACorrespondentAndRefuseAnUnknownOne() {
		Document page = page("/letters?correspondent=john-f-kennedy");
		assertThat(page.select("h1").text()).isEqualTo("Letters from or to John F. Kennedy");
		assertThat(page.select(".correspondent-nav a[aria-current=page]").text()).isEqualTo("John F. Kennedy (4)");
		MockHttpServletResponse unknown = get("/letters?correspondent=%3Cscript%3Ealert(1)%3C/script%3E");
		assertThat(unknown.getStatus()).isEqualTo(400);
		assertThat(body(unknown)).contains("No letter of the edition is from or to").doesNotContain("<script>alert");
	}

	@Test
	void theIndexOfNamesCoversEveryLetterAlphabeticallyWithAKindFilter() {
		Document page = page("/names");
		assertThat(page.select("article.entry h2").eachText()).first().asString().startsWith("Konrad Adenauer");
		Element khrushchev = page.selectFirst("#a-khrushchev");
		assertThat(khrushchev.select(".mentioned > li > a:first-child").eachText())
			.containsExactly("Khrushchev to Kennedy, undated (Dec 30, 1961 – Jan 18, 1962)");
		Element adzhubei = page.selectFirst("#a-adzhubei");
		assertThat(adzhubei.select(".mentioned > li").eachText())
			.anySatisfy((t) -> assertThat(t).startsWith("Khrushchev to Kennedy, December 13, 1961: paragraph ¶ 2"));
		assertThat(adzhubei.select(".mentioned a[href=" + FEB15 + "/p6]")).hasSize(1);
		Document people = page("/names?kind=person");
		assertThat(people.select("article.entry .kind").eachText()).containsOnly("Person");
		assertThat(get("/names?kind=%22%3E%3Cb%3E").getStatus()).isEqualTo(400);
	}

	/**
	 * The kind of the index of names is one the register has; any other is a 400 that
	 * lists them.
	 */
	@Test
	void anUnknownKindOfNameIsA400ThatListsTheKinds() {
		MockHttpServletResponse refused = get("/names?kind=poem");
		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(Jsoup.parse(body(refused)).select("main p").first().text()).isEqualTo(
				"The index has no kind \u201cpoem\u201d; the kinds are person, place, organization, event, term.");
		assertThat(Jsoup.parse(body(get("/names?kind=" + "x".repeat(300)))).select("main p").first().text())
			.contains("x".repeat(40) + "\u2026\u201d");
		assertThat(page("/names?kind=%20place%20").select("article.entry .kind").eachText()).containsOnly("Place");
		assertThat(page("/names?kind=").select("article.entry"))
			.hasSizeGreaterThan(page("/names?kind=place").select("article.entry").size());
	}

}
