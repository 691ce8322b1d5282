package dev.readingedition.reading;

import java.net.http.HttpResponse;

import dev.readingedition.testing.Http;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "edition.content-dir=src/test/resources/two-letters")
class SeveralLettersTests {

	@LocalServerPort
	int port;

	@Test
	void theHomePageListsTheLettersInDateOrder() {
		HttpResponse<String> response = new Http(port).get("/");
		assertThat(response.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("h1").text()).isEqualTo("The correspondence");
		assertThat(page.select(".letter-list h2 a").eachAttr("href")).containsExactly("/letters/first-letter",
				"/letters/second-letter");
	}

	@Test
	void eachLetterHasItsOwnPageStartingOnItsOwnPrintedPage() {
		Document page = Jsoup.parse(new Http(port).get("/letters/second-letter").body());
		assertThat(page.select("h1").text()).isEqualTo("Second Test Letter");
		assertThat(page.select("[role=doc-pagebreak]").eachAttr("id")).containsExactly("page12");
	}

}
