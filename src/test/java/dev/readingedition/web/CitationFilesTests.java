package dev.readingedition.web;

import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The citation files for reference managers, over HTTP: BibTeX and CSL-JSON for the letter and for a paragraph.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CitationFilesTests extends HttpTestSupport {

	private static final String LETTER = "/letters/" + ReadingPagesTests.SLUG;

	private HttpResponse<String> ok(String path) {
		HttpResponse<String> response = http.get(path);
		assertThat(response.statusCode()).as("status of %s", path).isEqualTo(200);
		return response;
	}

	@Test
	void theLettersBibtexIsAnEntryInTheVolume() {
		HttpResponse<String> response = ok(LETTER + "/cite.bib");
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-bibtex;charset=UTF-8");
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValue("inline; filename=\"kennedy-to-khrushchev-1962-02-15.bib\"");
		assertThat(response.body()).startsWith("@incollection{kennedy-to-khrushchev-1962-02-15,\n")
			.contains("  author = {Kennedy, John F.},\n", "  booktitle = {Berlin Crisis, 1961--1962},\n",
					"  series = {Foreign Relations of the United States, 1961--1963},\n", "  volume = {XIV},\n",
					"  editor = {Sampson, Charles S.},\n", "Document 296. Online edition of the volume: "
							+ "https://history.state.gov/historicaldocuments/frus1961-63v14/d296",
					"  url = {" + http.uri(LETTER) + "},\n")
			.doesNotContain("pages = ", "year = ")
			.endsWith("}\n");
	}

	@Test
	void aParagraphsBibtexNamesItsPagesAndNumber() {
		String body = ok(LETTER + "/cite.bib?p=7").body();
		assertThat(body).startsWith("@incollection{kennedy-to-khrushchev-1962-02-15-p7,\n")
			.contains("  pages = {820--821},\n", "Document 296, paragraph 7.", "  url = {" + http.uri(LETTER + "/p7")
					+ "},\n");
		assertThat(ok(LETTER + "/cite.bib?p=p7").body()).isEqualTo(body);
	}

	@Test
	void theCslJsonParsesAsJsonAndHoldsOneLetter() {
		HttpResponse<String> response = ok(LETTER + "/cite.json?p=11");
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/vnd.citationstyles.csl+json");
		JsonNode items = JsonMapper.builder().build().readTree(response.body());
		assertThat(items.isArray()).isTrue();
		assertThat(items.size()).isEqualTo(1);
		JsonNode item = items.get(0);
		assertThat(item.get("id").asString()).isEqualTo("kennedy-to-khrushchev-1962-02-15-p11");
		assertThat(item.get("type").asString()).isEqualTo("letter");
		assertThat(item.get("title").asString()).isEqualTo("Letter From President Kennedy to Chairman Khrushchev");
		assertThat(item.get("author").get(0).get("family").asString()).isEqualTo("Kennedy");
		assertThat(item.get("recipient").get(0).get("family").asString()).isEqualTo("Khrushchev");
		assertThat(item.get("issued").get("date-parts").toString()).isEqualTo("[[1962,2,15]]");
		assertThat(item.get("collection-title").asString())
			.isEqualTo("Foreign Relations of the United States, 1961–1963");
		assertThat(item.get("volume").asString()).isEqualTo("XIV");
		assertThat(item.get("page").asString()).isEqualTo("821");
		assertThat(item.get("URL").asString()).isEqualTo(http.uri(LETTER + "/p11").toString());
		assertThat(item.get("accessed").get("date-parts").get(0).size()).isEqualTo(3);
	}

	@Test
	void theLettersCslJsonCitesTheWholeLetter() {
		JsonNode item = JsonMapper.builder().build().readTree(ok(LETTER + "/cite.json").body()).get(0);
		assertThat(item.get("id").asString()).isEqualTo("kennedy-to-khrushchev-1962-02-15");
		assertThat(item.has("page")).isFalse();
	}

	@Test
	void anUnknownLetterOrParagraphGetsTheSitesOwn404Page() {
		for (String path : new String[] { "/letters/no-such-letter/cite.bib", LETTER + "/cite.bib?p=13",
				LETTER + "/cite.json?p=0" }) {
			HttpResponse<String> response = http.get(path, "Accept", "text/html");
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(Jsoup.parse(response.body()).select("h1").text()).as(path).isEqualTo("Not found");
		}
	}

}
