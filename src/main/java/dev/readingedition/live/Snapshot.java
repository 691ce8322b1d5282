package dev.readingedition.live;

import java.io.IOException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;

import dev.readingedition.edition.Edition;
import dev.readingedition.edition.Redirects;
import dev.readingedition.search.SearchIndex;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * One whole, good load of the content: the letters, their search index and their
 * redirects, made together and swapped in together. A request reads everything from one
 * snapshot, so it never sees half an old edition and half a new one.
 * <p>
 * A snapshot is held while it is served and by each request reading it
 * ({@link LiveEdition#acquire()} and {@link #release()}); when the last hold is let go
 * after a newer load has replaced it, its index is closed (and its files deleted) then,
 * not on a timer: the last request reading it has ended.
 */
public final class Snapshot {

	private static final Log logger = LogFactory.getLog(Snapshot.class);

	private final Edition edition;

	private final CompletableFuture<SearchIndex> indexing;

	private final Redirects redirects;

	private final long generation;

	private final Instant loadedAt;

	private final Instant modifiedAt;

	/**
	 * One for being served, one per request reading it; none left means nobody can reach
	 * the index again.
	 */
	private final AtomicInteger holds = new AtomicInteger(1);

	/**
	 * @param edition the parsed letters and register
	 * @param indexing the search index built from exactly these letters; complete for
	 * every reload, still being built for a short while after start-up, when the reading
	 * pages are already served
	 * @param redirects the redirects of old paragraph ids, checked against these letters
	 * @param generation which load this is, from 1
	 * @param loadedAt when this process loaded it (health and the log say so)
	 * @param modifiedAt when the content itself last changed, to the second: what every
	 * rendering is dated by, so two processes serving the same content make the same
	 * bytes
	 */
	public Snapshot(Edition edition, CompletableFuture<SearchIndex> indexing, Redirects redirects, long generation,
			Instant loadedAt, Instant modifiedAt) {
		this.edition = Objects.requireNonNull(edition, "edition");
		this.indexing = Objects.requireNonNull(indexing, "indexing");
		this.redirects = Objects.requireNonNull(redirects, "redirects");
		this.generation = generation;
		this.loadedAt = Objects.requireNonNull(loadedAt, "loadedAt");
		this.modifiedAt = Objects.requireNonNull(modifiedAt, "modifiedAt");
	}

	public Edition edition() {
		return edition;
	}

	public CompletableFuture<SearchIndex> indexing() {
		return indexing;
	}

	public Redirects redirects() {
		return redirects;
	}

	public long generation() {
		return generation;
	}

	public Instant loadedAt() {
		return loadedAt;
	}

	public Instant modifiedAt() {
		return modifiedAt;
	}

	/**
	 * The search index, waiting for it if it is still being built.
	 * @throws IllegalStateException if it could not be built
	 */
	public SearchIndex index() {
		try {
			return indexing.join();
		}
		catch (CompletionException ex) {
			throw new IllegalStateException("The search index could not be built", ex.getCause());
		}
	}

	/** The search index if it is built, without waiting. */
	public Optional<SearchIndex> indexIfBuilt() {
		return indexing.isDone() && !indexing.isCompletedExceptionally() ? Optional.of(indexing.join())
				: Optional.empty();
	}

	/**
	 * Takes a hold, unless the last one is gone (then the snapshot was replaced and must
	 * not be read).
	 */
	boolean tryAcquire() {
		for (int held = holds.get(); held > 0; held = holds.get()) {
			if (holds.compareAndSet(held, held + 1)) {
				return true;
			}
		}
		return false;
	}

	/** Lets a hold go; the last one closes the index. */
	public void release() {
		int left = holds.decrementAndGet();
		if (left == 0) {
			closeIndex();
		}
		else if (left < 0) {
			throw new IllegalStateException("snapshot " + generation + " released more often than acquired");
		}
	}

	/**
	 * Whether anything still holds it (the edition serving it, or a request reading it).
	 */
	boolean held() {
		return holds.get() > 0;
	}

	private void closeIndex() {
		// An index still being built is closed when it is done (a reload always builds it
		// before the swap).
		indexing.thenAccept((index) -> {
			try {
				index.close();
			}
			catch (IOException | RuntimeException ex) {
				logger.warn("Could not remove a replaced search index: " + ex.getMessage());
			}
		});
	}

}
