package dev.readingedition.citation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import dev.readingedition.testing.EditionWebTest;
import dev.readingedition.testing.PageTestSupport;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.mock.web.MockHttpServletResponse;

import static dev.readingedition.testing.RealContent.LETTER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access date in the citations is the day of the request, never the day the answer
 * was first rendered: the rendered pages and citation files are kept per day of the
 * edition's clock, so when the day moves on a file is rendered again, with the new date
 * and a new {@code ETag}, and a client holding yesterday's copy gets today's instead of a
 * 304.
 * <p>
 * A {@code @WebMvcTest} slice with a clock of its own (so a context of its own: moving
 * the shared context's day would change every other class's answers).
 */
@EditionWebTest
class AccessDateTests extends PageTestSupport {

	@Autowired
	MovableClock clock;

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		@Primary
		MovableClock movableClock() {
			// Late on a day after the content's files were last changed (pages are dated
			// by them), as a real clock is.
			return new MovableClock(LocalDate.now(ZoneOffset.UTC).plusDays(1).atTime(23, 30).toInstant(ZoneOffset.UTC));
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

	private static String dateParts(LocalDate day) {
		return "{\"date-parts\":[[" + day.getYear() + "," + day.getMonthValue() + "," + day.getDayOfMonth() + "]]}";
	}

	private static String accessed(MockHttpServletResponse cslJson) {
		return JsonMapper.builder().build().readTree(body(cslJson)).get(0).get("accessed").toString();
	}

	@Test
	void theNextDayTheCitationFilesSayTheNewDateUnderANewEtag() {
		LocalDate today = LocalDate.now(clock);
		MockHttpServletResponse first = get(LETTER + "/cite.bib");
		String etag = header(first, "ETag").orElseThrow();
		String lastModified = header(first, "Last-Modified").orElseThrow();
		assertThat(body(first)).contains("urldate = {" + today + "}");
		assertThat(accessed(get(LETTER + "/cite.json?p=11"))).isEqualTo(dateParts(today));
		assertThat(get(LETTER + "/cite.bib", "If-None-Match", etag).getStatus()).as("the same day").isEqualTo(304);

		clock.forward(Duration.ofDays(1));
		LocalDate tomorrow = today.plusDays(1);

		MockHttpServletResponse next = get(LETTER + "/cite.bib", "If-None-Match", etag);
		assertThat(next.getStatus()).as("the next day, yesterday's copy is stale").isEqualTo(200);
		assertThat(body(next)).contains("urldate = {" + tomorrow + "}");
		assertThat(header(next, "ETag")).isPresent().get().isNotEqualTo(etag);
		assertThat(get(LETTER + "/cite.bib", "If-Modified-Since", lastModified).getStatus())
			.as("and it was modified since yesterday's copy")
			.isEqualTo(200);
		assertThat(accessed(get(LETTER + "/cite.json?p=11"))).isEqualTo(dateParts(tomorrow));
	}

	/**
	 * Chicago, MLA and APA print no access date for a dated, published source, so the
	 * page's citations hold none (they link the files that do), and nothing on the page
	 * can go stale with the day; the page is still made anew each day, last modified no
	 * earlier than the day's start.
	 */
	@Test
	void thePageHoldsNoDateOfTheDayAndIsRenderedAgainEachDay() {
		MockHttpServletResponse first = get(LETTER);
		String lastModified = header(first, "Last-Modified").orElseThrow();
		LocalDate today = LocalDate.now(clock);
		assertThat(Jsoup.parse(body(first)).text()).doesNotContain(today.toString(),
				today.format(DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH)),
				today.format(DateTimeFormatter.ofPattern("d MMM. uuuu", Locale.ENGLISH)));
		assertThat(get(LETTER, "If-Modified-Since", lastModified).getStatus()).as("the same day").isEqualTo(304);

		clock.forward(Duration.ofDays(1));

		assertThat(get(LETTER, "If-Modified-Since", lastModified).getStatus()).as("the next day").isEqualTo(200);
	}

}
