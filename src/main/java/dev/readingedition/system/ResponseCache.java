package dev.readingedition.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import dev.readingedition.live.LiveEdition;
import dev.readingedition.live.Snapshot;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves what the edition renders at the speed of a static file: each page (and each search or API answer) is
 * rendered once per load of the content, kept in memory with its gzip form, a strong {@code ETag} and
 * {@code Last-Modified}, and answered from there, with a 304 to a conditional request. A reload of the content
 * starts an empty cache, so nothing outlives the content it was made from. The cache is bounded in bytes.
 * <p>
 * A rendering also depends on the day: the citations it holds give today as their access date. So pages are kept per
 * day of the injected {@link Clock} (the day is part of the key), and a page made today is last modified no earlier
 * than today's start: tomorrow's first request renders it again, with tomorrow's date and so a new {@code ETag}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class ResponseCache extends OncePerRequestFilter {

	/** What is rendered from the content and the request's address alone, and so may be kept. */
	private static final Set<String> CACHEABLE_TYPES = Set.of("text/html", "application/json", "application/ld+json",
			"text/markdown", "application/x-bibtex", "application/vnd.citationstyles.csl+json", "application/tei+xml",
			"application/pdf", "application/epub+zip", "application/zip");

	/** Files that are compressed already: gzip would only make them bigger, so they are kept and sent as they are. */
	private static final Set<String> COMPRESSED_TYPES = Set.of("application/pdf", "application/epub+zip",
			"application/zip");

	/** Tomcat's request attributes for sending a file with sendfile (what its own DefaultServlet uses). */
	private static final String SENDFILE_SUPPORT = "org.apache.tomcat.sendfile.support";

	private static final String SENDFILE_FILENAME = "org.apache.tomcat.sendfile.filename";

	private static final String SENDFILE_START = "org.apache.tomcat.sendfile.start";

	private static final String SENDFILE_END = "org.apache.tomcat.sendfile.end";

	/** Below this size a page is written from memory; above it, sent from its file. */
	private static final int SENDFILE_FROM = 16 * 1024;

	/** Pages can be revalidated at any time (content reloads), and cost a 304 when unchanged. */
	static final String CACHE_CONTROL = "public, no-cache";

	private final LiveEdition live;

	private final long budgetBytes;

	private final Object lock = new Object();

	private Entries entries;

	private final Path files;

	private final Clock clock;

	ResponseCache(LiveEdition live, Clock clock, @Value("${edition.response-cache-mb:32}") long budgetMegabytes) {
		this.live = live;
		this.clock = clock;
		this.budgetBytes = budgetMegabytes * 1024 * 1024;
		this.files = scratchFolder();
	}

	private static Path scratchFolder() {
		try {
			Path folder = Files.createTempDirectory("edition-pages-");
			folder.toFile().deleteOnExit();
			return folder;
		}
		catch (IOException ex) {
			// Without a scratch folder, pages are written from memory.
			return null;
		}
	}

	@Override
	public void destroy() {
		if (files == null) {
			return;
		}
		try (Stream<Path> list = Files.list(files)) {
			for (Path file : list.toList()) {
				Files.deleteIfExists(file);
			}
			Files.deleteIfExists(files);
		}
		catch (IOException ex) {
			// a leftover scratch folder in the temporary directory is harmless
		}
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		// Static assets have their own long-lived, content-hashed caching; health must always be live.
		return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/")
				|| path.startsWith("/actuator") || path.equals("/error");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Snapshot snapshot = live.acquire();
		request.setAttribute(SnapshotArgumentResolver.ATTRIBUTE, snapshot);
		try {
			answer(snapshot, request, response, chain);
		}
		finally {
			snapshot.release();
		}
	}

	private void answer(Snapshot snapshot, HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws ServletException, IOException {
		String query = request.getQueryString();
		if (query != null && query.length() > 2048 || asksForFreshAnswer(request)) {
			chain.doFilter(request, response);
			return;
		}
		LocalDate today = LocalDate.now(clock);
		String key = today + " " + request.getServerName() + ":" + request.getServerPort() + request.getRequestURI()
				+ (query == null ? "" : "?" + query);
		Page page = lookup(snapshot, key);
		if (page != null) {
			page.serve(request, response);
			return;
		}
		ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, captured);
		String type = captured.getContentType();
		if (!"GET".equals(request.getMethod()) || captured.getStatus() != 200 || type == null
				|| !CACHEABLE_TYPES.contains(MediaType.parseMediaType(type).getType() + "/"
						+ MediaType.parseMediaType(type).getSubtype())
				|| captured.getHeader(HttpHeaders.SET_COOKIE) != null) {
			captured.copyBodyToResponse();
			return;
		}
		Instant dayStart = today.atStartOfDay(clock.getZone()).toInstant();
		Instant modified = snapshot.modifiedAt().isAfter(dayStart) ? snapshot.modifiedAt() : dayStart;
		page = Page.of(captured.getContentAsByteArray(), type, captured.getHeader(HttpHeaders.CONTENT_DISPOSITION),
				captured.getHeader(HttpHeaders.LINK), modified, files);
		store(snapshot, today, key, page);
		page.serve(request, response);
	}

	/** A client that sends {@code Cache-Control: no-cache} gets an answer made for it, and nothing is kept. */
	private static boolean asksForFreshAnswer(HttpServletRequest request) {
		String cacheControl = request.getHeader(HttpHeaders.CACHE_CONTROL);
		return cacheControl != null && cacheControl.toLowerCase(java.util.Locale.ROOT).contains("no-cache")
				|| "no-cache".equalsIgnoreCase(request.getHeader(HttpHeaders.PRAGMA));
	}

	private Page lookup(Snapshot snapshot, String key) {
		synchronized (lock) {
			return entries != null && entries.snapshot == snapshot ? entries.get(key) : null;
		}
	}

	private void store(Snapshot snapshot, LocalDate day, String key, Page page) {
		synchronized (lock) {
			if (entries == null || entries.snapshot != snapshot || !entries.day.equals(day)) {
				// The content or the day changed: what was rendered from the old one goes with it.
				entries = new Entries(snapshot, day, budgetBytes);
			}
			entries.put(key, page);
		}
	}

	/** The pages rendered from one snapshot, least recently used first, within a budget of bytes. */
	private static final class Entries extends LinkedHashMap<String, Page> {

		private final transient Snapshot snapshot;

		private final transient LocalDate day;

		private final long budget;

		private long bytes;

		Entries(Snapshot snapshot, LocalDate day, long budget) {
			super(64, 0.75f, true);
			this.snapshot = snapshot;
			this.day = day;
			this.budget = budget;
		}

		@Override
		public Page put(String key, Page page) {
			Page old = super.put(key, page);
			bytes += page.size() - (old == null ? 0 : old.size());
			while (bytes > budget && !isEmpty()) {
				Map.Entry<String, Page> eldest = entrySet().iterator().next();
				bytes -= eldest.getValue().size();
				remove(eldest.getKey());
			}
			return old;
		}

	}

	/**
	 * One rendered answer, in both encodings, with the validators a client revalidates against.
	 */
	record Page(byte[] identity, byte[] gzip, String contentType, String disposition, String link, String etag,
			Instant lastModified, Path file) {

		/**
		 * @param files where a large page is also written, so that Tomcat can send it with sendfile as nginx does;
		 * named by the page's digest, so a page that did not change between loads is the same file
		 */
		static Page of(byte[] body, String contentType, String disposition, String link, Instant loadedAt,
				Path files) {
			String digest = digest(body);
			Path file = null;
			if (files != null && body.length >= SENDFILE_FROM) {
				file = files.resolve(digest);
				try {
					if (!Files.exists(file)) {
						Path written = Files.write(files.resolve(digest + ".part"), body);
						Files.move(written, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
					}
				}
				catch (IOException ex) {
					file = null;
				}
			}
			boolean compressed = COMPRESSED_TYPES.contains(MediaType.parseMediaType(contentType).getType() + "/"
					+ MediaType.parseMediaType(contentType).getSubtype());
			return new Page(body, compressed ? null : gzip(body), contentType, disposition, link, "\"" + digest + "\"",
					loadedAt.truncatedTo(ChronoUnit.SECONDS), file);
		}

		long size() {
			return identity.length + (gzip == null ? 0 : gzip.length) + 200L;
		}

		void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
			boolean gzipped = gzip != null && accepts(request.getHeader(HttpHeaders.ACCEPT_ENCODING), "gzip");
			String tag = gzipped ? etag.substring(0, etag.length() - 1) + "-gzip\"" : etag;
			response.setContentType(contentType);
			if (disposition != null) {
				response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition);
			}
			if (link != null) {
				// DTS answers name their collection in a Link header, which a cached answer keeps.
				response.setHeader(HttpHeaders.LINK, link);
			}
			response.setHeader(HttpHeaders.ETAG, tag);
			response.setDateHeader(HttpHeaders.LAST_MODIFIED, lastModified.toEpochMilli());
			response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
			response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
			if (notModified(request)) {
				response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
				return;
			}
			if (!gzipped && file != null && !"HEAD".equals(request.getMethod())
					&& Boolean.TRUE.equals(request.getAttribute(SENDFILE_SUPPORT))) {
				// The kernel copies the page from the page cache to the socket; no bytes pass through Java.
				response.setContentLength(identity.length);
				request.setAttribute(SENDFILE_FILENAME, file.toAbsolutePath().toString());
				request.setAttribute(SENDFILE_START, 0L);
				request.setAttribute(SENDFILE_END, (long) identity.length);
				return;
			}
			byte[] body = gzipped ? gzip : identity;
			if (gzipped) {
				response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			}
			response.setContentLength(body.length);
			if (!"HEAD".equals(request.getMethod())) {
				// One buffer for the whole page: it leaves in one write, not in 8 KB pieces.
				if (response.getBufferSize() < body.length) {
					response.setBufferSize(body.length);
				}
				response.getOutputStream().write(body);
			}
		}

		private boolean notModified(HttpServletRequest request) {
			String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
			if (ifNoneMatch != null) {
				String bare = etag.substring(1, etag.length() - 1);
				for (String candidate : ifNoneMatch.split(",")) {
					String tag = candidate.strip();
					if (tag.startsWith("W/")) {
						tag = tag.substring(2);
					}
					if (tag.equals("*") || tag.equals(etag) || tag.equals("\"" + bare + "-gzip\"")) {
						return true;
					}
				}
				return false;
			}
			long since;
			try {
				since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
			}
			catch (IllegalArgumentException ex) {
				return false;
			}
			return since >= 0 && lastModified.toEpochMilli() <= since;
		}

		private static boolean accepts(String acceptEncoding, String coding) {
			if (acceptEncoding == null) {
				return false;
			}
			for (String part : acceptEncoding.split(",")) {
				String[] pieces = part.strip().split(";");
				if (pieces[0].strip().equalsIgnoreCase(coding)) {
					// "gzip;q=0" refuses it.
					return pieces.length == 1 || !pieces[1].strip().replace(" ", "").matches("q=0(\\.0*)?");
				}
			}
			return false;
		}

		private static byte[] gzip(byte[] body) {
			ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
			try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
				zip.write(body);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return out.toByteArray();
		}

		private static String digest(byte[] body) {
			try {
				byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
				return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27);
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
