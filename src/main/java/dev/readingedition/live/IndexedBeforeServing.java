package dev.readingedition.live;

import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Opens the port only once the first load's search index is built, when
 * {@code edition.serve-when-indexed} is set. A single server does better without it: its
 * reading pages are served while the index is still being built, and a search waits for
 * it. A replica behind a load balancer does better with it: a replica that opens its port
 * early takes searches it can answer only seconds later, while a refused connection sends
 * them at once to a replica that can answer.
 * <p>
 * It runs in the phase before the web server's, which Spring starts after it.
 */
@Component
class IndexedBeforeServing implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(IndexedBeforeServing.class);

	private final Supplier<Snapshot> snapshot;

	private final boolean enabled;

	private volatile boolean running;

	@Autowired
	IndexedBeforeServing(LiveEdition edition, @Value("${edition.serve-when-indexed:false}") boolean enabled) {
		this(edition::snapshot, enabled);
	}

	IndexedBeforeServing(Supplier<Snapshot> snapshot, boolean enabled) {
		this.snapshot = snapshot;
		this.enabled = enabled;
	}

	@Override
	public void start() {
		if (enabled) {
			try {
				snapshot.get().indexing().join();
			}
			catch (CompletionException ex) {
				// Logged where it failed; the letters are served without search.
				logger.warn("Serving without a search index: it could not be built");
			}
		}
		running = true;
	}

	@Override
	public void stop() {
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		// The web server starts in the phase 1,024 below the graceful shutdown's.
		return WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE - 2048;
	}

}
