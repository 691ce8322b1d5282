package dev.readingedition.about;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.readingedition.edition.Letter;
import dev.readingedition.export.DataFormats;
import dev.readingedition.printings.Printing;
import dev.readingedition.printings.Printings;
import dev.readingedition.printings.Variant;
import dev.readingedition.printings.Witness;
import dev.readingedition.testing.EditionWebTest;
import dev.readingedition.testing.PageTestSupport;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static dev.readingedition.testing.RealContent.LETTER;
import static dev.readingedition.testing.RealContent.SLUG;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The front matter as a reader gets it, in a {@code @WebMvcTest} slice: every page served
 * with its title and linked from every page's footer, and every fact on it equal to what
 * the model (or the page it describes) says: the counts, the variants of the collation,
 * the pages of both printings, the example citations, the routes and the licences.
 */
@EditionWebTest
class FrontMatterPagesTests extends PageTestSupport {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private Element text(String path) {
		return page(path).selectFirst("article.about-text");
	}

	@Test
	void everyFrontMatterPageIsServedWithItsTitleAndNoPlaceholderLeft() {
		List<FrontMatterPage> pages = edition().frontMatter().pages();
		assertThat(pages).hasSize(6);
		for (FrontMatterPage page : pages) {
			MockHttpServletResponse response = get(page.path());
			assertThat(response.getStatus()).as(page.path()).isEqualTo(200);
			assertThat(header(response, "Content-Type").orElseThrow()).startsWith("text/html");
			Document document = Jsoup.parse(body(response));
			assertThat(document.title()).isEqualTo(page.title() + " · Cold War Letters");
			assertThat(document.select("main h1").text()).isEqualTo(page.title());
			assertThat(document.select("meta[name=description]").attr("content")).isEqualTo(page.description());
			assertThat(document.select(".about-pages a[aria-current=page]").attr("href")).isEqualTo(page.path());
			assertThat(document.select("main").text()).as(page.path()).doesNotContain("{{");
		}
	}

	@Test
	void everyPageOfTheSiteLinksTheFrontMatterInItsFooter() {
		List<String> expected = edition().frontMatter().pages().stream().map(FrontMatterPage::path).toList();
		for (String path : List.of("/", "/letters", LETTER, LETTER + "/p6", LETTER + "/compare", "/names",
				"/search?q=Berlin", "/search/help", "/about/how-to-cite")) {
			assertThat(page(path).select("footer nav.about-nav a")).as(path)
				.extracting((a) -> a.attr("href"))
				.containsExactlyElementsOf(expected);
		}
		Document notFound = Jsoup.parse(body(get("/letters/no-such-letter")));
		assertThat(notFound.select("footer nav.about-nav a")).hasSize(expected.size());
	}

	@Test
	void anUnknownFrontMatterPageIsA404ThatSaysSo() {
		MockHttpServletResponse response = get("/about/no-such-page");
		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(Jsoup.parse(body(response)).select("main").text())
			.contains("There is no page 'no-such-page' in the edition's front matter");
		assertThat(get("/about/%3Cscript%3E").getStatus()).isEqualTo(404);
		assertThat(get("/about/how-to-cite/more").getStatus()).isEqualTo(404);
	}

	@Test
	void theAboutPagesCountsAndListsAreTheModels() {
		Element about = text("/about");
		List<Letter> letters = edition().letters();
		String words = about.text();
		assertThat(words).contains("of " + letters.size() + " letters")
			.contains(letters.stream().mapToInt((l) -> l.paragraphs().size()).sum() + " paragraphs")
			.contains(letters.stream().mapToInt((l) -> l.notes().size()).sum() + " notes")
			.contains(edition().register().entities().size() + " glosses")
			.contains("written between December 13, 1961 and March 10, 1962");
		assertThat(about.select("ol.fact-list > li > a:first-child")).extracting((a) -> a.attr("href"))
			.containsExactlyElementsOf(letters.stream().map((l) -> "/letters/" + l.slug()).toList());
		assertThat(about.select("a[href=" + LETTER + "]").first().text())
			.isEqualTo(edition().mainWork().orElseThrow().meta().title());
		assertThat(about.select("li:contains(It answers) a")).extracting((a) -> a.attr("href"))
			.containsExactly("/letters/khrushchev-to-kennedy-1961-12-13",
					"/letters/khrushchev-to-kennedy-undated-1961-12-30");
		assertThat(about.select("li:contains(It is answered by) a")).extracting((a) -> a.attr("href"))
			.containsExactly("/letters/khrushchev-to-kennedy-1962-03-10");
	}

	@Test
	void theTextualNoteListsTheVariantsThePagesAndTheSourcesAsTheCollationHasThem() {
		Printings printings = edition().printings(SLUG).orElseThrow();
		Element note = text("/about/text-and-printings");
		List<Element> items = note.select("ol.fact-variants > li");
		assertThat(items).hasSize(printings.variants().size()).hasSize(2);
		for (int i = 0; i < items.size(); i++) {
			Variant variant = printings.variants().get(i);
			assertThat(items.get(i).text()).contains(variant.description())
				.endsWith("(" + variant.kind().label() + ")");
			assertThat(items.get(i).selectFirst("a").attr("href")).isEqualTo(LETTER + "#" + variant.anchor());
		}
		assertThat(items.get(0).text()).isEqualTo("¶ 5 tranquility XIV] VI tranquillity (orthographic)");
		assertThat(items.get(1).text()).isEqualTo("¶ 12 VI adds the closing “Sincerely,” (closing)");
		assertThat(note.text()).contains("It finds " + printings.variants().size() + " variants")
			.contains("It also finds " + printings.collation().encodingOnly().size()
					+ " differences of the TEI encoding");
		assertThat(note.select("li:contains(encoded)")).hasSize(printings.collation().encodingOnly().size());

		List<String> pageLinks = note.select("li:contains(pp.) a").eachAttr("href");
		List<String> expected = new ArrayList<>();
		for (Printing printing : printings.all()) {
			for (int page = printing.firstPage(); page <= printing.lastPage(); page++) {
				expected.add(printing.equals(printings.base()) ? LETTER + "/page/" + page
						: LETTER + "/" + printing.pathSegment() + "/page/" + page);
			}
		}
		assertThat(pageLinks).containsExactlyElementsOf(expected).hasSize(7);
		pageLinks.forEach((link) -> assertThat(get(link).getStatus()).as(link).isEqualTo(200));

		Witness.Note sourceNote = printings.witness()
			.notes()
			.stream()
			.filter(Witness.Note::source)
			.findFirst()
			.orElseThrow();
		assertThat(note.selectFirst("blockquote.fact-quote p").text()).isEqualTo(sourceNote.text());
		assertThat(note.select("dl.fact-printings dt")).extracting(Element::text).containsExactly("XIV", "VI");
		assertThat(note.select("a[href=" + LETTER + "/compare]")).hasSize(1);
	}

	@Test
	void noteOneLinksTheTextualNote() {
		assertThat(page(LETTER).select("main a[href=/about/text-and-printings]")).hasSize(1);
	}

	private static String chicago(Element citations) {
		return citations.selectFirst("dl.citations dd p.citation-text").text();
	}

	@Test
	void theExampleCitationsAreTheOnesTheirPagesGive() {
		Element cite = text("/about/how-to-cite");
		List<Element> examples = cite.select("dl.citations");
		assertThat(examples).hasSize(4);
		assertThat(chicago(examples.get(0))).isEqualTo(chicago(page(LETTER).selectFirst("details.cite-letter")))
			.contains("vol. XIV");
		assertThat(chicago(examples.get(1))).isEqualTo(chicago(page(LETTER + "/p6").selectFirst("details#cite")))
			.endsWith(LETTER + "/p6.");
		assertThat(chicago(examples.get(2))).contains("vol. XIV").endsWith(LETTER + "/page/820.");
		assertThat(chicago(examples.get(3)))
			.isEqualTo(chicago(page(LETTER + "/vol-vi/page/94").selectFirst("details.cite-printing")))
			.contains("vol. VI")
			.endsWith(LETTER + "/vol-vi/page/94.");
		assertThat(examples.get(1).selectFirst("pre").text()).contains("pages = {820}").contains("volume = {XIV}");
		assertThat(examples.get(3).selectFirst("pre").text()).contains("volume = {VI}");
	}

	/**
	 * An address pattern with its variables, whatever their names and patterns, as {}.
	 */
	private static String shape(String pattern) {
		String path = pattern.contains("?") ? pattern.substring(0, pattern.indexOf('?')) : pattern;
		StringBuilder shape = new StringBuilder();
		int depth = 0;
		for (char c : path.toCharArray()) {
			if (c == '{' && depth++ == 0) {
				shape.append("{}");
			}
			else if (c == '}') {
				depth--;
			}
			else if (depth == 0) {
				shape.append(c);
			}
		}
		// "/api/dts/" is the entry point too
		return shape.length() > 1 && shape.charAt(shape.length() - 1) == '/' ? shape.substring(0, shape.length() - 1)
				: shape.toString();
	}

	@Test
	void theListOfDownloadsAndInterfacesHasEveryRouteAndEachExampleAnswers() {
		Set<String> listed = new TreeSet<>();
		DataFormats.of(edition()).forEach((entry) -> listed.add(shape(entry.pattern())));
		// Pages of the site itself, not data: the front page, the error page, help and
		// the front matter.
		Set<String> notData = Set.of("/", "/error", "/search/help", "/about", "/about/{}");
		Set<String> routes = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			if (method.getBeanType().getPackageName().startsWith("dev.readingedition") && allowsGet(info)) {
				info.getPatternValues().forEach((pattern) -> routes.add(shape(pattern)));
			}
		});
		routes.removeAll(notData);
		assertThat(listed).as("the routes 'Data and formats' lists").containsAll(routes);
		assertThat(routes).as("every line of 'Data and formats' is a route").containsAll(listed);

		Element data = text("/about/data-and-formats");
		List<String> examples = data.select("table.fact-table a").eachAttr("href");
		assertThat(examples).hasSizeGreaterThan(15);
		for (String example : examples) {
			assertThat(get(example).getStatus()).as(example).isEqualTo(200);
		}
		assertThat(data.select("table.fact-table tbody tr")).hasSize(DataFormats.of(edition()).size());
	}

	private static boolean allowsGet(RequestMappingInfo info) {
		Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
		return methods.isEmpty() || methods.contains(RequestMethod.GET);
	}

	@Test
	void theLicencesAreTheOnesTheDataDeclares() {
		Element data = text("/about/data-and-formats");
		Document tei = Jsoup.parse(body(get(LETTER + ".xml")), "", Parser.xmlParser());
		String teiLicence = tei.selectFirst("licence").attr("target");
		assertThat(data.select("dl a").eachAttr("href")).contains(teiLicence);
		Document cmif = Jsoup.parse(body(get("/cmif.xml")), "", Parser.xmlParser());
		assertThat(data.select("dl a").eachAttr("href")).contains(cmif.selectFirst("licence").attr("target"));
		assertThat(data.text()).contains("The MIT licence");
		assertThat(java.nio.file.Files.isRegularFile(java.nio.file.Path.of("LICENSE"))).isTrue();
	}

}
