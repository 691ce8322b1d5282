package dev.readingedition.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.readingedition.live.LiveEdition;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The TEI files in the content folder (or in the copy packaged in the jar), such as the
 * FRUS documents the letters are imported from: the edition's download carries them as
 * they are, under their paths in the folder.
 */
@Component
class SourceFiles {

	private final LiveEdition live;

	SourceFiles(LiveEdition live) {
		this.live = live;
	}

	/**
	 * Each TEI source by its path inside the content folder, e.g.
	 * {@code tei/frus1961-63v06-d34.xml}.
	 */
	Map<String, byte[]> tei() {
		return live.folder().map(SourceFiles::fromFolder).orElseGet(SourceFiles::packaged);
	}

	private static Map<String, byte[]> fromFolder(Path folder) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (Stream<Path> walk = Files.walk(folder)) {
			List<Path> paths = walk.filter(Files::isRegularFile)
				.filter((path) -> path.getFileName().toString().endsWith(".xml"))
				.sorted(Comparator.comparing(Path::toString))
				.toList();
			for (Path path : paths) {
				files.put(folder.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return files;
	}

	private static Map<String, byte[]> packaged() {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:content/**/*.xml");
			List<Resource> sorted = new ArrayList<>(List.of(resources));
			sorted.sort(Comparator.comparing(SourceFiles::path));
			for (Resource resource : sorted) {
				try (InputStream in = resource.getInputStream()) {
					files.put(path(resource), in.readAllBytes());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return files;
	}

	private static String path(Resource resource) {
		try {
			String url = resource.getURL().toString();
			return url.substring(url.lastIndexOf("content/") + "content/".length());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
