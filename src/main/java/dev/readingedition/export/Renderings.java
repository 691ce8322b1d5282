package dev.readingedition.export;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import dev.readingedition.live.Snapshot;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Makes each download once per load of the content: requests that ask for the same file
 * at the same time wait for one rendering, and a finished file is kept (within a budget
 * of bytes, least recently used first) until the content is loaded again. The response
 * cache in front serves the bytes with their ETag; this keeps a second address for the
 * same file (another query string, HEAD after GET) from typesetting it again. A new day
 * starts afresh too, like the response cache: the zip's citations carry the day they are
 * accessed.
 */
@Component
class Renderings {

	private final long budget;

	private final Clock clock;

	private Snapshot snapshot;

	private LocalDate day;

	private final Map<String, CompletableFuture<byte[]>> files = new LinkedHashMap<>(16, 0.75f, true);

	private long bytes;

	Renderings(@Value("${edition.export-cache-mb:16}") long budgetMegabytes, Clock clock) {
		this.budget = budgetMegabytes * 1024 * 1024;
		this.clock = clock;
	}

	/**
	 * @param key what the file depends on besides the snapshot: its name and the
	 * addresses it links to
	 */
	byte[] get(Snapshot of, String key, Supplier<byte[]> render) {
		CompletableFuture<byte[]> file;
		boolean mine = false;
		LocalDate today = LocalDate.now(clock);
		synchronized (this) {
			if (snapshot != of || !today.equals(day)) {
				// The content or the day changed: what was made from the old one goes
				// with it.
				snapshot = of;
				day = today;
				files.clear();
				bytes = 0;
			}
			file = files.get(key);
			if (file == null) {
				file = new CompletableFuture<>();
				files.put(key, file);
				mine = true;
			}
		}
		if (mine) {
			try {
				byte[] made = render.get();
				file.complete(made);
				kept(of, made.length);
			}
			catch (RuntimeException | Error ex) {
				synchronized (this) {
					files.remove(key, file);
				}
				file.completeExceptionally(ex);
				throw ex;
			}
		}
		try {
			return file.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	private synchronized void kept(Snapshot of, int size) {
		if (snapshot != of) {
			return;
		}
		bytes += size;
		Iterator<CompletableFuture<byte[]>> eldest = files.values().iterator();
		while (bytes > budget && eldest.hasNext()) {
			CompletableFuture<byte[]> file = eldest.next();
			if (file.isDone() && !file.isCompletedExceptionally()) {
				bytes -= file.join().length;
				eldest.remove();
			}
		}
	}

}
