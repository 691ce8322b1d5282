package dev.readingedition.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * When the content last changed: the newest modification time in its folder (files and
 * folders, so a file deleted counts too), or of the files packaged in the jar, to the
 * second. Unlike the moment a process loads it, this is the same for every process that
 * serves the same content copied with its times (rsync -a, cp -p, an image, the same
 * jar), so their renderings, dates and {@code Last-Modified} agree, and a revalidation
 * that lands on another replica gets a 304.
 */
final class ContentTime {

	private ContentTime() {
	}

	static Instant of(Path folder) {
		try (Stream<Path> paths = Files.walk(folder)) {
			long newest = paths.mapToLong(ContentTime::modified).max().orElse(0);
			return Instant.ofEpochMilli(newest).truncatedTo(ChronoUnit.SECONDS);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the times of " + folder, ex);
		}
	}

	static Instant packaged() {
		try {
			long newest = 0;
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:content/**")) {
				newest = Math.max(newest, modified(resource));
			}
			return Instant.ofEpochMilli(newest).truncatedTo(ChronoUnit.SECONDS);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the times of the packaged content", ex);
		}
	}

	private static long modified(Resource resource) {
		try {
			return resource.lastModified();
		}
		catch (IOException ex) {
			// a folder entry without a time of its own
			return 0;
		}
	}

	private static long modified(Path path) {
		try {
			return Files.getLastModifiedTime(path).toMillis();
		}
		catch (IOException ex) {
			// A file removed while the folder is walked: the folder's own time records
			// the change.
			return 0;
		}
	}

}
