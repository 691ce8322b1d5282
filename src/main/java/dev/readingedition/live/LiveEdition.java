package dev.readingedition.live;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import dev.readingedition.edition.ContentException;
import dev.readingedition.edition.Edition;
import dev.readingedition.edition.EditionLoader;
import dev.readingedition.edition.LetterParser;
import dev.readingedition.edition.Redirects;
import dev.readingedition.search.SearchIndex;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The edition being served: loaded at start-up (bad content stops start-up, naming file and line), and loaded
 * again whole when the content changes. A reload parses, indexes and checks everything before it swaps the new
 * snapshot in, atomically; broken content keeps the last good edition in service and is reported.
 */
@Component
public class LiveEdition implements SmartInitializingSingleton, DisposableBean {

	private static final Log logger = LogFactory.getLog(LiveEdition.class);

	private final Path folder;

	private final Clock clock;

	private final AtomicReference<Snapshot> current = new AtomicReference<>();

	private final CompletableFuture<Snapshot> firstLoad;

	private volatile Failure lastFailure;

	private final Queue<Snapshot> retired = new ConcurrentLinkedQueue<>();

	/** How long a replaced index stays open for the requests still reading it. */
	private static final Duration RETIREMENT_DELAY = Duration.ofSeconds(30);

	private final ScheduledExecutorService retirement = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "content-retirement");
		thread.setDaemon(true);
		return thread;
	});

	/**
	 * @param contentDir the content folder; when it does not exist, the copy packaged in the jar is served
	 * @param clock the edition's clock, which dates each load (pages say when they were last modified by it)
	 */
	LiveEdition(@Value("${edition.content-dir:content}") Path contentDir, Clock clock) {
		this.folder = Files.isDirectory(contentDir) ? contentDir : null;
		this.clock = clock;
		// The first load runs beside the rest of start-up (it is mostly class loading on a cold JVM); start-up
		// waits for the parsed letters in afterSingletonsInstantiated, so bad content still stops start-up and the
		// server never answers before the edition is whole. The search index is built next, on the same thread,
		// while the reading pages are already served: searches wait for it, and readiness reports it.
		this.firstLoad = new CompletableFuture<>();
		Thread loading = new Thread(this::loadFirst, "content-first-load");
		loading.setDaemon(true);
		loading.start();
	}

	private void loadFirst() {
		Parsed parsed;
		try {
			parsed = parse();
		}
		catch (RuntimeException | Error ex) {
			firstLoad.completeExceptionally(ex);
			return;
		}
		CompletableFuture<SearchIndex> indexing = new CompletableFuture<>();
		firstLoad.complete(new Snapshot(parsed.edition(), indexing, parsed.redirects(), 1, clock.instant()));
		try {
			indexing.complete(index(parsed));
		}
		catch (RuntimeException | Error ex) {
			logger.error("The search index could not be built; the letters are served, search is not", ex);
			indexing.completeExceptionally(ex);
		}
	}

	@Override
	public void afterSingletonsInstantiated() {
		try {
			current.set(firstLoad.join());
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	/** The edition to answer one request from; read it once per request. */
	public Snapshot snapshot() {
		Snapshot snapshot = current.get();
		return snapshot != null ? snapshot : firstLoad.join();
	}

	/** The folder the content is read from, or empty when the packaged copy is served. */
	public Optional<Path> folder() {
		return Optional.ofNullable(folder);
	}

	/** What went wrong with the last reload, if it failed; cleared by the next good one. */
	public Optional<Failure> lastFailure() {
		return Optional.ofNullable(lastFailure);
	}

	/**
	 * Loads the content again and, if it is whole and good, serves it from now on.
	 * @return whether the new content is now served
	 */
	public synchronized boolean reload() {
		Snapshot old = snapshot();
		try {
			Snapshot loaded = load(old.generation() + 1);
			current.set(loaded);
			lastFailure = null;
			retire(old);
			return true;
		}
		catch (ContentException ex) {
			lastFailure = new Failure(ex.getMessage(), clock.instant());
			logger.error("The changed content is not valid, so the edition loaded at " + old.loadedAt()
					+ " stays in service: " + ex.getMessage());
			return false;
		}
		catch (RuntimeException ex) {
			lastFailure = new Failure(ex.getClass().getSimpleName() + ": " + ex.getMessage(), clock.instant());
			logger.error("The content could not be loaded again; the edition loaded at " + old.loadedAt()
					+ " stays in service", ex);
			return false;
		}
	}

	/**
	 * Closes a replaced snapshot's index (and deletes its files) once the requests that began before the swap are
	 * surely done with it.
	 */
	private void retire(Snapshot old) {
		retired.add(old);
		retirement.schedule(() -> {
			if (retired.remove(old)) {
				close(old);
			}
		}, RETIREMENT_DELAY.toMillis(), TimeUnit.MILLISECONDS);
	}

	private static void close(Snapshot snapshot) {
		try {
			snapshot.index().close();
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("Could not remove a replaced search index: " + ex.getMessage());
		}
	}

	@Override
	public void destroy() {
		retirement.shutdownNow();
		Snapshot waiting;
		while ((waiting = retired.poll()) != null) {
			close(waiting);
		}
		Snapshot last = current.get();
		if (last != null) {
			close(last);
		}
	}

	private Snapshot load(long generation) {
		Parsed parsed = parse();
		return new Snapshot(parsed.edition(), CompletableFuture.completedFuture(index(parsed)), parsed.redirects(),
				generation, clock.instant());
	}

	private Parsed parse() {
		long started = System.nanoTime();
		// A parser per load: building one is cheap once its classes are loaded, and so the first is built on the
		// loading thread, not on start-up's main thread (about 0.1 s of class loading on a cold JVM).
		EditionLoader loader = new EditionLoader(new LetterParser());
		Edition edition = folder == null ? loader.loadPackaged() : loader.load(folder);
		Redirects redirects = folder == null ? Redirects.loadPackaged(edition)
				: Redirects.load(folder.resolve(Redirects.FILE), edition);
		return new Parsed(edition, redirects, started, System.nanoTime());
	}

	private SearchIndex index(Parsed parsed) {
		SearchIndex index = SearchIndex.of(parsed.edition());
		long indexed = System.nanoTime();
		logger.info("Loaded " + parsed.edition().letters().size() + " letter(s) from "
				+ (folder == null ? "the packaged content" : folder.toAbsolutePath()) + " in "
				+ (indexed - parsed.started()) / 1_000_000 + " ms (parse "
				+ (parsed.parsed() - parsed.started()) / 1_000_000 + " ms, index "
				+ (indexed - parsed.parsed()) / 1_000_000 + " ms)");
		return index;
	}

	/** Letters and redirects read and checked, with when that began and ended ({@link System#nanoTime()}). */
	private record Parsed(Edition edition, Redirects redirects, long started, long parsed) {
	}

	/**
	 * A reload that failed.
	 * @param problem what was wrong, with file and line for bad content
	 * @param at when
	 */
	public record Failure(String problem, Instant at) {
	}

}
