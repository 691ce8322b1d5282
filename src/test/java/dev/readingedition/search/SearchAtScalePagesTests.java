package dev.readingedition.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import dev.readingedition.testing.EditionWebTest;
import dev.readingedition.testing.PageTestSupport;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search page and the API over an edition where a word matches more passages than the
 * search counts: they say "more than", and every page of results can still be reached. A
 * {@code @WebMvcTest} slice over a synthetic corpus written to a temporary folder (the
 * slice does not watch it, so it can go when the tests are done).
 */
@EditionWebTest
class SearchAtScalePagesTests extends PageTestSupport {

	private static final Path CONTENT = manyLetters();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@DynamicPropertySource
	static void content(DynamicPropertyRegistry registry) {
		registry.add("edition.content-dir", CONTENT::toString);
	}

	private static Path manyLetters() {
		try {
			Path folder = Files.createTempDirectory("edition-many-");
			ManyLetters.write(folder);
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@AfterAll
	static void removeContent() throws IOException {
		try (Stream<Path> files = Files.walk(CONTENT)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

	@Test
	void theSearchPageSaysMoreThanAThousandAndOffersTheNextPage() {
		Document page = page("/search?q=negotiations");
		assertThat(page.select(".result-count").text()).isEqualTo("More than 1,000 results for “negotiations”");
		assertThat(page.select(".hit")).hasSize(10);
		assertThat(page.select(".pages span").text()).isEqualTo("Page 1 of more than 100");
		assertThat(page.select(".pages a[rel=next]").attr("href")).isEqualTo("/search?q=negotiations&page=2");
	}

	@Test
	void thePagesPastAThousandResultsCanBeReached() {
		Document hundredth = page("/search?q=negotiations&page=100");
		assertThat(hundredth.select(".pages a[rel=next]").attr("href")).isEqualTo("/search?q=negotiations&page=101");
		// Past the count limit every match is counted.
		Document page = page("/search?q=negotiations&page=101");
		assertThat(page.select(".result-count").text()).isEqualTo("1,200 results for “negotiations”");
		assertThat(page.select("ol.hits").attr("start")).isEqualTo("1001");
		assertThat(page.select(".hit")).hasSize(10);
		assertThat(page.select(".pages span").text()).isEqualTo("Page 101 of 120");
		assertThat(page.select(".pages a[rel=next]").attr("href")).isEqualTo("/search?q=negotiations&page=102");
		Document last = page("/search?q=negotiations&page=120");
		assertThat(last.select(".result-count").text()).isEqualTo("1,200 results for “negotiations”");
		assertThat(last.select(".pages span").text()).isEqualTo("Page 120 of 120");
		assertThat(last.select(".pages a[rel=next]")).isEmpty();
	}

	@Test
	void aThousandResultsAreCountedExactly() {
		Document page = page("/search?q=Tempelhof");
		assertThat(page.select(".result-count").text()).isEqualTo("1,000 results for “Tempelhof”");
		assertThat(page.select(".pages span").text()).isEqualTo("Page 1 of 100");
	}

	@Test
	void theApiSaysWhenItsTotalIsALowerBound() {
		JsonNode many = JSON.readTree(body(get("/api/search?q=negotiations")));
		assertThat(many.get("total").asInt()).isEqualTo(1000);
		assertThat(many.get("totalIsLowerBound").asBoolean()).isTrue();
		assertThat(many.get("pages").asInt()).isEqualTo(100);
		assertThat(many.get("hits").get(0).get("document").asText()).isEqualTo(ManyLetters.slug(90));
		assertThat(many.get("hits").get(0).get("id").asText()).isEqualTo("p4");
		JsonNode exact = JSON.readTree(body(get("/api/search?q=Tempelhof")));
		assertThat(exact.get("total").asInt()).isEqualTo(1000);
		assertThat(exact.get("totalIsLowerBound").asBoolean()).isFalse();
	}

}
