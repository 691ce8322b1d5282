package dev.readingedition.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A real HTTP client for the tests, so that error pages, headers and static files are
 * seen as a browser sees them. One client for every test (it keeps its connections); it
 * follows no redirect, so a test sees each one, and a request that gets no answer fails
 * after two minutes (the first request of a book renders it, which takes a while on a
 * loaded machine) instead of holding the build.
 */
public final class Http {

	private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private static final Duration TIMEOUT = Duration.ofMinutes(2);

	private final int port;

	public Http(int port) {
		this.port = port;
	}

	/**
	 * The answer to a GET, its body as text; headers are given as name, value, name,
	 * value...
	 */
	public HttpResponse<String> get(String path, String... headers) {
		return send(HttpRequest.newBuilder(uri(path)).GET(), headers);
	}

	/** The body exactly as served, for counting its bytes or reading a binary format. */
	public HttpResponse<byte[]> bytes(String path, String... headers) {
		return send(HttpRequest.newBuilder(uri(path)).GET(), HttpResponse.BodyHandlers.ofByteArray(), headers);
	}

	public HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
		return send(request, HttpResponse.BodyHandlers.ofString(), headers);
	}

	private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body, String... headers) {
		if (headers.length > 0) {
			request.headers(headers);
		}
		try {
			return CLIENT.send(request.timeout(TIMEOUT).build(), body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
