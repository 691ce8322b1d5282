package dev.readingedition.tei;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.readingedition.edition.Letter;
import dev.readingedition.edition.Note;
import dev.readingedition.edition.Paragraph;
import dev.readingedition.testing.BrowserTestSupport;
import dev.readingedition.testing.Http;
import dev.readingedition.testing.RealContent;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

import static dev.readingedition.testing.RealContent.SLUG;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The edition's TEI read by a real TEI client: CETEIcean 1.9.5 (from npm) in headless
 * Chromium turns the document served at {@code /letters/{slug}.xml} into custom elements;
 * every paragraph, with its words, every note and every page break must be there. The
 * page that loads CETEIcean is served by a small server of the test's own, since the
 * edition's strict Content-Security-Policy rightly allows no foreign scripts.
 */
class TeiInBrowserTests extends BrowserTestSupport {

	private HttpServer harness;

	@BeforeEach
	void serveTheHarness() throws Exception {
		byte[] tei = new Http(port).bytes("/letters/" + SLUG + ".xml").body();
		Map<String, Object[]> files = Map.of("/", new Object[] { "text/html;charset=utf-8", resource("harness.html") },
				"/harness.css", new Object[] { "text/css", resource("harness.css") }, "/CETEI.js",
				new Object[] { "text/javascript", Ceteicean.script() }, "/letter.xml",
				new Object[] { LetterTei.MEDIA_TYPE, tei });
		harness = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		harness.createContext("/", (exchange) -> {
			Object[] file = files.get(exchange.getRequestURI().getPath());
			if (file == null) {
				exchange.sendResponseHeaders(404, -1);
				exchange.close();
				return;
			}
			byte[] body = (byte[]) file[1];
			exchange.getResponseHeaders().set("Content-Type", (String) file[0]);
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		harness.start();
	}

	@AfterEach
	void stopTheHarness() {
		harness.stop(0);
	}

	private static byte[] resource(String name) throws IOException {
		return Files.readAllBytes(Path.of("src/test/resources/ceteicean", name));
	}

	@Test
	void ceteiceanRendersEveryParagraphNoteAndPageBreak() {
		Letter letter = RealContent.letter();
		browser.viewport(1280, 900, false);
		browser.open("http://localhost:" + harness.getAddress().getPort() + "/");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
			.until((driver) -> !"".equals(browser.script("return document.body.getAttribute('data-rendered') || ''")));
		assertThat((String) browser.script("return document.body.getAttribute('data-rendered')")).isEqualTo("yes");

		List<String> ids = browser
			.script("return Array.from(document.querySelectorAll('tei-body > tei-p'), p => p.id)");
		assertThat(ids).containsExactlyElementsOf(letter.paragraphs().stream().map(Paragraph::id).toList());
		for (Paragraph paragraph : letter.paragraphs()) {
			String words = browser.script("const p = document.getElementById(arguments[0]).cloneNode(true);"
					+ "p.querySelectorAll('tei-note, tei-rdg').forEach(n => n.remove());"
					+ "return p.textContent.replace(/\\s+/g, ' ').trim();", paragraph.id());
			assertThat(words).as(paragraph.id()).isEqualTo(paragraph.text());
			double height = browser
				.number("return document.getElementById(arguments[0]).getBoundingClientRect().height", paragraph.id());
			assertThat(height).as(paragraph.id() + " is shown").isPositive();
		}

		List<String> notes = browser
			.script("return Array.from(document.querySelectorAll('tei-body tei-note[resp=\"#edition\"]'), n => n.id)");
		assertThat(notes).containsExactlyElementsOf(letter.notes().stream().map(Note::id).toList());
		for (Note note : letter.notes()) {
			String parent = browser.script("return document.getElementById(arguments[0]).parentElement.id", note.id());
			assertThat(parent).as(note.id()).isEqualTo(note.citedIn());
		}

		List<String> pages = browser.script("return Array.from(document.querySelectorAll('tei-body tei-pb'), "
				+ "pb => pb.getAttribute('n') + ' ' + getComputedStyle(pb, '::before').content)");
		assertThat(pages).containsExactly("819 \"[819]\"", "92 \"[VI 92]\"", "93 \"[VI 93]\"", "820 \"[820]\"",
				"94 \"[VI 94]\"", "821 \"[821]\"", "95 \"[VI 95]\"");
		List<String> frus = browser
			.script("return Array.from(document.querySelectorAll('tei-note[resp=\"#frus\"]'), n => n.id)");
		assertThat(frus).containsExactly("vi-n0", "vi-n1", "vi-n2", "vi-n3", "vi-n4", "vi-n5");
		String reading = browser
			.script("return document.querySelector('tei-app[type=orthographic] tei-rdg').textContent");
		assertThat(reading).isEqualTo("tranquillity");
		String p3 = browser.script("return document.getElementById('page820').parentElement.id");
		assertThat(p3).isEqualTo("p3");

		long mentions = (long) browser.number("return document.querySelectorAll('tei-body [ref^=\"#a-\"]').length");
		assertThat(mentions).isEqualTo(letter.mentions().size());
		browser.screenshot("tei-ceteicean-desktop");
		browser.script("document.getElementById('page820').scrollIntoView()");
		browser.screenshot("tei-ceteicean-page-820");
	}

}
