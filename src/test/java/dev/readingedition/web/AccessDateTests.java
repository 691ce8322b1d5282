package dev.readingedition.web;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access date in the citations is the day of the request, never the day the page was first rendered: the
 * rendered pages are kept per day of the edition's clock, so when the day moves on a page is rendered again, with the
 * new date and a new {@code ETag}, and a client holding yesterday's copy gets today's instead of a 304.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessDateTests extends HttpTestSupport {

	private static final String LETTER = "/letters/" + ReadingPagesTests.SLUG;

	@Autowired
	MovableClock clock;

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock(Instant.parse("2026-11-28T23:30:00Z"));
		}

	}

	/** A clock a test sets forward. */
	static final class MovableClock extends Clock {

		private volatile Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void forward(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			throw new UnsupportedOperationException("the edition's clock is in UTC");
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

	private static String bibtexOnThePage(HttpResponse<String> response) {
		return Jsoup.parse(response.body()).selectFirst("details.cite-letter pre.citation-text").text();
	}

	@Test
	void theNextDayThePageSaysTheNewDateUnderANewEtag() {
		HttpResponse<String> first = http.get(LETTER);
		String etag = first.headers().firstValue("ETag").orElseThrow();
		String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
		assertThat(bibtexOnThePage(first)).contains("urldate = {2026-11-28}");
		assertThat(http.get(LETTER, "If-None-Match", etag).statusCode()).as("the same day").isEqualTo(304);

		clock.forward(Duration.ofHours(1));

		HttpResponse<String> next = http.get(LETTER, "If-None-Match", etag);
		assertThat(next.statusCode()).as("the next day, yesterday's copy is stale").isEqualTo(200);
		assertThat(bibtexOnThePage(next)).contains("urldate = {2026-11-29}");
		assertThat(next.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
		assertThat(http.get(LETTER, "If-Modified-Since", lastModified).statusCode())
			.as("and it was modified since yesterday's copy")
			.isEqualTo(200);
		assertThat(JsonMapper.builder().build().readTree(http.get(LETTER + "/cite.json?p=11").body()).get(0)
			.get("accessed").toString()).isEqualTo("{\"date-parts\":[[2026,11,29]]}");
		assertThat(http.get(LETTER + "/cite.bib").body()).contains("urldate = {2026-11-29}");
	}

}
