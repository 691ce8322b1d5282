package dev.readingedition.live;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

import dev.readingedition.BackgroundWork;
import dev.readingedition.edition.ContentException;
import dev.readingedition.edition.Edition;
import dev.readingedition.edition.EditionLoader;
import dev.readingedition.edition.LetterParser;
import dev.readingedition.edition.Redirects;
import dev.readingedition.search.SearchIndex;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The edition being served: loaded at start-up (bad content stops start-up, naming file
 * and line), and loaded again whole when the content changes. A reload parses, indexes
 * and checks everything before it swaps the new snapshot in, atomically; broken content
 * keeps the last good edition in service and is reported. A replaced snapshot's index is
 * closed when the last request reading it lets it go (see {@link Snapshot}).
 */
@Component
public class LiveEdition implements InitializingBean, SmartInitializingSingleton, DisposableBean {

	private static final Log logger = LogFactory.getLog(LiveEdition.class);

	private final Path folder;

	private final Clock clock;

	private final Executor background;

	private final AtomicReference<Snapshot> current = new AtomicReference<>();

	private final CompletableFuture<Snapshot> firstLoad = new CompletableFuture<>();

	private volatile Failure lastFailure;

	/**
	 * @param contentDir the content folder; when it does not exist, the copy packaged in
	 * the jar is served
	 * @param clock the edition's clock, which says when each load was made (health
	 * reports it)
	 * @param background where the first load runs, beside the rest of start-up
	 */
	LiveEdition(@Value("${edition.content-dir:content}") Path contentDir, Clock clock,
			@Qualifier(BackgroundWork.EXECUTOR) Executor background) {
		this.folder = Files.isDirectory(contentDir) ? contentDir : null;
		this.clock = clock;
		this.background = background;
	}

	/**
	 * Starts the first load as soon as this bean exists. It runs beside the rest of
	 * start-up (it is mostly class loading on a cold JVM); start-up waits for the parsed
	 * letters in {@link #afterSingletonsInstantiated}, so bad content still stops
	 * start-up and the server never answers before the edition is whole. The search index
	 * is built next, by the same task, while the reading pages are already served:
	 * searches wait for it, and readiness reports it.
	 */
	@Override
	public void afterPropertiesSet() {
		background.execute(this::loadFirst);
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
		firstLoad.complete(
				new Snapshot(parsed.edition(), indexing, parsed.redirects(), 1, clock.instant(), parsed.modifiedAt()));
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

	/**
	 * The edition as it stands, for what reads no index after a reload could replace it
	 * (the letters, health). A request takes its snapshot with {@link #acquire()}.
	 */
	public Snapshot snapshot() {
		Snapshot snapshot = current.get();
		return snapshot != null ? snapshot : firstLoad.join();
	}

	/**
	 * The edition to answer one request from, held until {@link Snapshot#release()}: its
	 * index stays open until then, even if a reload replaces it meanwhile.
	 */
	public Snapshot acquire() {
		while (true) {
			Snapshot snapshot = snapshot();
			if (snapshot.tryAcquire()) {
				return snapshot;
			}
			if (current.get() == snapshot) {
				throw new IllegalStateException("The edition is shut down");
			}
			// Replaced and let go between the read and the hold: the next read finds its
			// successor.
		}
	}

	/** The folder the content is read from, or empty when the packaged copy is served. */
	public Optional<Path> folder() {
		return Optional.ofNullable(folder);
	}

	/**
	 * What went wrong with the last reload, if it failed; cleared by the next good one.
	 */
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
			// No longer served: the last request reading it closes its index.
			old.release();
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

	@Override
	public void destroy() {
		// Shutdown has let the last requests finish.
		Snapshot last = current.get();
		if (last != null && last.held()) {
			last.release();
		}
	}

	private Snapshot load(long generation) {
		Parsed parsed = parse();
		return new Snapshot(parsed.edition(), CompletableFuture.completedFuture(index(parsed)), parsed.redirects(),
				generation, clock.instant(), parsed.modifiedAt());
	}

	private Parsed parse() {
		long started = System.nanoTime();
		// A parser per load: building one is cheap once its classes are loaded, and so
		// the first is built on the
		// loading thread, not on start-up's main thread (about 0.1 s of class loading on
		// a cold JVM).
		EditionLoader loader = new EditionLoader(new LetterParser());
		// Read before the files, so a change made while they are read makes the next load
		// newer, never this one.
		Instant modifiedAt = folder == null ? ContentTime.packaged() : ContentTime.of(folder);
		Edition edition = folder == null ? loader.loadPackaged() : loader.load(folder);
		Redirects redirects = folder == null ? Redirects.loadPackaged(edition)
				: Redirects.load(folder.resolve(Redirects.FILE), edition);
		return new Parsed(edition, redirects, modifiedAt, started, System.nanoTime());
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

	/**
	 * Letters and redirects read and checked, when their files last changed, and when
	 * reading them began and ended ({@link System#nanoTime()}).
	 */
	private record Parsed(Edition edition, Redirects redirects, Instant modifiedAt, long started, long parsed) {
	}

	/**
	 * A reload that failed.
	 *
	 * @param problem what was wrong, with file and line for bad content
	 * @param at when
	 */
	public record Failure(String problem, Instant at) {
	}

}
