package dev.readingedition.live;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Watches the content folder on disk, and every folder inside it ({@code printings/},
 * {@code about/}, {@code help/}, and any made later), and reloads the edition in the
 * background when a file changes. Editors' tools write a file in several steps, so a
 * reload waits until the folder has been quiet for a moment.
 */
@Component
class ContentWatcher implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(ContentWatcher.class);

	private final LiveEdition edition;

	private final boolean enabled;

	private final long quietMillis;

	private volatile WatchService watcher;

	private volatile Thread thread;

	ContentWatcher(LiveEdition edition, @Value("${edition.watch:true}") boolean enabled,
			@Value("${edition.watch-quiet-ms:200}") long quietMillis) {
		this.edition = edition;
		this.enabled = enabled;
		this.quietMillis = quietMillis;
	}

	@Override
	public void start() {
		if (!enabled || edition.folder().isEmpty()) {
			return;
		}
		Path folder = edition.folder().get();
		try {
			watcher = FileSystems.getDefault().newWatchService();
			register(folder);
		}
		catch (IOException ex) {
			logger.warn("Cannot watch " + folder.toAbsolutePath() + " for changes; restart to load new content", ex);
			return;
		}
		thread = new Thread(this::watch, "content-watcher");
		thread.setDaemon(true);
		thread.start();
		logger.info("Watching " + folder.toAbsolutePath() + " for changes");
	}

	private void watch() {
		try {
			while (true) {
				WatchKey key = watcher.take();
				drain(key);
				// Let the burst of events from one save settle before loading.
				WatchKey more;
				while ((more = watcher.poll(quietMillis, TimeUnit.MILLISECONDS)) != null) {
					drain(more);
				}
				edition.reload();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ClosedWatchServiceException ex) {
			// stopped
		}
	}

	/**
	 * Watches a folder and the folders inside it: a WatchService sees one folder's own
	 * entries only.
	 */
	private void register(Path folder) throws IOException {
		try (Stream<Path> folders = Files.walk(folder)) {
			for (Path each : folders.filter(Files::isDirectory).toList()) {
				each.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
						StandardWatchEventKinds.ENTRY_DELETE);
			}
		}
	}

	private void drain(WatchKey key) {
		for (WatchEvent<?> event : key.pollEvents()) {
			// A folder made inside the content (or moved there) is watched from now on,
			// with what it holds.
			if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && key.watchable() instanceof Path parent
					&& event.context() instanceof Path name && Files.isDirectory(parent.resolve(name))) {
				try {
					register(parent.resolve(name));
				}
				catch (IOException ex) {
					logger.warn("Cannot watch the new folder " + parent.resolve(name) + " for changes", ex);
				}
			}
		}
		key.reset();
	}

	@Override
	public void stop() {
		WatchService service = watcher;
		if (service != null) {
			try {
				service.close();
			}
			catch (IOException ex) {
				// closing anyway
			}
		}
		Thread running = thread;
		if (running != null) {
			running.interrupt();
		}
		watcher = null;
		thread = null;
	}

	@Override
	public boolean isRunning() {
		return thread != null;
	}

}
