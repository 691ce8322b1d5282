package dev.readingedition.robustness;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.readingedition.testing.BrowserTestSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static dev.readingedition.testing.RealContent.SLUG;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Script-injection payloads through every place that echoes what a visitor sent (the
 * search box and results, paging, the reading page's highlight, quote links found, not
 * found and too long, the 404 pages). In Chromium, with alert and its friends hooked
 * before any page script runs, no payload may run, inject an element, or even trip the
 * content security policy (which would mean markup got through and was only stopped by
 * the policy).
 */
class ScriptInjectionBrowserTests extends BrowserTestSupport {

	static final List<String> PAYLOADS = List.of("<script>alert(1)</script>", "\"><script>alert(2)</script>",
			"'><img src=x onerror=alert(3)>", "\"><svg onload=alert(4)>", "<svg><script>alert(5)</script></svg>",
			"javascript:alert(6)", "\" autofocus onfocus=alert(7) x=\"", "' autofocus onfocus=alert(8) x='",
			"</title><script>alert(9)</script>", "</textarea><script>alert(10)</script>",
			"<iframe srcdoc=\"<script>parent.alert(11)</script>\">", "<a href=\"javascript:alert(12)\">x</a>",
			"<details open ontoggle=alert(13)>", "<body onload=alert(14)>", "--><script>alert(15)</script>",
			"]]><script>alert(16)</script>", "<object data=\"javascript:alert(17)\">",
			"<img src=x onerror=&#97;lert(18)>", "<IMG SRC=JaVaScRiPt:alert(19)>",
			"%3Cscript%3Ealert(20)%3C%2Fscript%3E", "%253Cscript%253Ealert(21)%253C%252Fscript%253E",
			"&lt;script&gt;alert(22)&lt;/script&gt;", "\\u003cscript\\u003ealert(23)\\u003c/script\\u003e",
			"<scr<script>ipt>alert(24)</scr</script>ipt>",
			"<math><mi xlink:href=\"javascript:alert(25)\">x</mi></math>", "<base href=\"//example.invalid/\">",
			"<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(27)\">", "'-alert(28)-'", "\";alert(29);//",
			"<style>@import 'javascript:alert(30)';</style>", "<input onfocus=alert(31) autofocus>",
			"<video><source onerror=alert(32)>", "{{constructor.constructor('alert(33)')()}}", "${alert(34)}",
			"<marquee onstart=alert(35)>", "\"><a href=x onmouseover=alert(36)>modus vivendi</a>");

	private static final String HOOKS = """
			window.__ran = [];
			['alert', 'confirm', 'prompt', 'print', 'open'].forEach(function (name) {
			  window[name] = function () { window.__ran.push(name + ':' + Array.prototype.join.call(arguments)); };
			});
			window.__violations = [];
			document.addEventListener('securitypolicyviolation', function (e) {
			  window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || ''));
			});
			""";

	@BeforeAll
	static void hookScriptsBeforeAnyPageRuns() {
		browser.driver().executeCdpCommand("Page.enable", Map.of());
		browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", HOOKS));
	}

	private static String query(String payload) {
		return URLEncoder.encode(payload, StandardCharsets.UTF_8);
	}

	private static String segment(String payload) {
		return URLEncoder.encode(payload, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/** Every place that echoes input, for one payload. */
	private List<String> placesFor(String payload) {
		String base = "http://localhost:" + port;
		return List.of(base + "/search?q=" + query(payload), base + "/search?q=" + query(payload) + "&page=2",
				base + "/search?q=" + query("modus " + payload), base + "/letters/" + SLUG + "?q=" + query(payload),
				base + "/letters/" + SLUG + "?q=" + query("Adzhubei " + payload) + "#p6",
				base + "/letters/" + segment(payload), base + "/no/such/" + segment(payload),
				base + "/letters/" + segment(payload) + ".pdf",
				base + "/letters/" + SLUG + "/p11?quote=" + query(payload),
				base + "/letters/" + SLUG + "/p11?quote=" + query("modus vivendi " + payload),
				base + "/letters/" + SLUG + "/p11?quote=" + query(payload.repeat(40)),
				base + "/search?q=" + query(payload) + "&page=" + query(payload),
				base + "/search?q=modus&letter=" + query(payload),
				base + "/search?q=modus&correspondent=" + query(payload),
				base + "/search?q=modus&from=" + query(payload) + "&to=" + query(payload),
				base + "/search?q=modus&kind=" + query(payload), base + "/search?q=" + query(payload) + "&as-typed=1",
				base + "/api/suggest?q=" + query(payload), base + "/letters?correspondent=" + query(payload),
				base + "/names?kind=" + query(payload), base + "/api/dts/collection?id=" + query(payload),
				base + "/api/dts/navigation?resource=" + query(base + "/letters/" + SLUG) + "&ref=" + query(payload),
				base + "/api/dts/document?resource=" + query(base + "/letters/" + SLUG) + "&mediaType=text/html&ref="
						+ query(payload),
				base + "/about/" + segment(payload), base + "/about?q=" + query(payload),
				base + "/about/how-to-cite?q=" + query(payload),
				base + "/letters/" + SLUG + "/compare?q=" + query(payload),
				base + "/letters/" + SLUG + "/vol-vi/page/94?q=" + query(payload),
				base + "/letters/" + SLUG + "/vol-vi/page/" + segment(payload),
				base + "/letters/" + SLUG + "/vol-" + segment(payload) + "/page/94",
				base + "/letters/" + SLUG + "/vol-vi/cite.bib?p=" + query(payload));
	}

	/**
	 * Every payload in every place, in one narrow column (a phone's width): the widths
	 * differ only in how the margin is laid out, and laying it out beside the text costs
	 * Chromium most of a second per letter page, over a thousand pages. The wide layout
	 * gets its own test below, over the places where it handles what came in.
	 */
	@Test
	void noPayloadRunsAnywhere() {
		browser.viewport(390, 844, true);
		List<String> failures = new ArrayList<>();
		int loaded = 0;
		for (String payload : PAYLOADS) {
			for (String url : placesFor(payload)) {
				loaded += check(url, failures);
			}
		}
		assertThat(loaded).isEqualTo(PAYLOADS.size() * placesFor("x").size());
		assertThat(failures).isEmpty();
	}

	/**
	 * At a desktop's width the script lays notes and glosses out in the margin and opens
	 * those that hold a mark or that the address names: the places where the marks come
	 * from what a visitor sent (a search landing on a paragraph, a quote link) get every
	 * payload at that width too.
	 */
	@Test
	void noPayloadRunsWhereTheMarginIsLaidOutBesideTheText() {
		browser.viewport(1400, 900, false);
		List<String> failures = new ArrayList<>();
		int loaded = 0;
		for (String payload : PAYLOADS) {
			String base = "http://localhost:" + port + "/letters/" + SLUG;
			for (String url : List.of(base + "?q=" + query("Adzhubei " + payload) + "#p6",
					base + "?q=" + query("Thompson " + payload) + "#a-thompson",
					base + "/p11?quote=" + query("modus vivendi " + payload))) {
				loaded += check(url, failures);
			}
		}
		assertThat(loaded).isEqualTo(PAYLOADS.size() * 3);
		assertThat(failures).isEmpty();
	}

	/**
	 * Opens one address and adds to the failures what ran, tripped the policy or was
	 * injected there.
	 */
	private int check(String url, List<String> failures) {
		browser.open(url);
		// One round trip to the browser for the three answers: over a thousand pages,
		// each one counts.
		List<Object> found = browser.script("""
				return [window.__ran || ['hooks missing'], window.__violations || ['hooks missing'],
				  document.querySelectorAll('iframe, object, embed, svg, math, video, marquee, base, '
				  + 'img[src=x], input[onfocus], details[ontoggle], a[href^="javascript"], [onerror], [onload], '
				  + '[onfocus], [onmouseover], script:not([src])').length];""");
		List<?> ran = (List<?>) found.get(0);
		List<?> violations = (List<?>) found.get(1);
		long injected = ((Number) found.get(2)).longValue();
		if (!ran.isEmpty() || !violations.isEmpty() || injected != 0) {
			failures.add(url + " ran " + ran + ", policy violations " + violations + ", injected elements " + injected);
		}
		return 1;
	}

	@Test
	void theHooksWouldCatchARunningScript() {
		browser.open("http://localhost:" + port + "/letters/" + SLUG);
		browser.script("alert('probe')");
		List<Object> ran = browser.script("return window.__ran");
		assertThat(ran).containsExactly("alert:probe");
	}

	@Test
	void theEditionsOwnPagesRunUnderThePolicyWithoutAViolation() {
		browser.viewport(1400, 900, false);
		for (String path : List.of("/", "/letters", "/letters/" + SLUG, "/letters/" + SLUG + "?q=Adzhubei#p8",
				"/search", "/search?q=Berlin", "/search?q=Gromiko", "/search/help", "/letters/none", "/names",
				"/names?kind=person", "/letters?correspondent=john-f-kennedy", "/about", "/about/text-and-printings",
				"/about/how-to-cite", "/about/data-and-formats", "/letters/" + SLUG + "/compare",
				"/letters/" + SLUG + "/vol-vi/page/94")) {
			browser.open("http://localhost:" + port + path);
			List<Object> violations = browser.script("return window.__violations");
			assertThat(violations).as(path).isEmpty();
			assertThat((Boolean) browser.script("return document.styleSheets.length > 0 && "
					+ "getComputedStyle(document.body).fontFamily.includes('Serif')"))
				.as("styles load under CSP at " + path)
				.isTrue();
		}
		// The script is allowed and runs: '/' focuses the search box.
		browser.open("http://localhost:" + port + "/letters/" + SLUG);
		browser.driver().findElement(org.openqa.selenium.By.tagName("body")).sendKeys("/");
		assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("site-search");
	}

}
