package dev.readingedition.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;

/**
 * A scratch folder on disk holding one load's index, memory-mapped: a large edition
 * (thousands of letters) then costs page cache, which the kernel shares and reclaims,
 * rather than heap. Closing it deletes it.
 */
final class IndexFolder implements Closeable {

	private final Path path;

	private final Directory directory;

	private final AtomicBoolean closed = new AtomicBoolean();

	private IndexFolder(Path path, Directory directory) {
		this.path = path;
		this.directory = directory;
	}

	static IndexFolder create() {
		try {
			Path path = Files.createTempDirectory("edition-index-");
			return new IndexFolder(path, new MMapDirectory(path));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot create a folder for the search index", ex);
		}
	}

	Directory directory() {
		return directory;
	}

	/**
	 * Closes the directory and deletes the folder with every file in it, once however
	 * often called.
	 */
	@Override
	public void close() throws IOException {
		if (!closed.compareAndSet(false, true)) {
			return;
		}
		directory.close();
		try (Stream<Path> files = Files.walk(path)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
	}

	/**
	 * Deletes a folder that will never serve, so a failed load leaves nothing behind, and
	 * rethrows the failure.
	 */
	RuntimeException discard(RuntimeException failure) {
		try {
			close();
		}
		catch (IOException ex) {
			failure.addSuppressed(ex);
		}
		return failure;
	}

}
