package dev.readingedition.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test class needs: the edition on a random port, and one headless
 * Chromium for the class (a start costs seconds, so the class's tests share it).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTestSupport {

	protected static Browser browser;

	@LocalServerPort
	protected int port;

	@BeforeAll
	public static void startBrowser() {
		browser = Browser.start();
	}

	@AfterAll
	public static void stopBrowser() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
	}

	/** The address of a path on the edition under test. */
	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

}
