package dev.readingedition.testing;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the HTTP tests of the routes share: the port the test server listens on, and a
 * client for it. Each test class still says how its server is started
 * ({@code @SpringBootTest} with a random port, and its properties).
 */
public abstract class HttpTestSupport {

	@LocalServerPort
	public int port;

	public Http http;

	@BeforeEach
	public void client() {
		http = new Http(port);
	}

}
