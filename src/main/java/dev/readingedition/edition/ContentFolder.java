package dev.readingedition.edition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The files of one subfolder of the content ({@code content/about},
 * {@code content/printings}), each one's text by its name, read from disk or from the
 * class path where the packaged edition carries them. Every file is decoded by
 * {@link Utf8}, so a file that is not UTF-8 is refused with its name and place, whichever
 * loader reads it.
 */
public final class ContentFolder {

	private ContentFolder() {
	}

	/**
	 * The files of a folder on disk whose names end with one of the extensions, in the
	 * order of their names; none when the folder does not exist.
	 * @param what what the folder holds, for the message when it cannot be read: "the
	 * front matter"
	 */
	public static Map<String, String> onDisk(Path folder, List<String> extensions, String what) {
		Map<String, String> files = new LinkedHashMap<>();
		if (!Files.isDirectory(folder)) {
			return files;
		}
		try (Stream<Path> list = Files.list(folder)) {
			for (Path file : list.sorted().toList()) {
				String name = file.getFileName().toString();
				if (extensions.stream().anyMatch(name::endsWith)) {
					files.put(name, Utf8.decode(file.toString(), Files.readAllBytes(file)));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + what + " folder " + folder.toAbsolutePath(), ex);
		}
		return files;
	}

	/**
	 * The files packaged on the class path under {@code content/<folder>/}, one extension
	 * after the other.
	 * @param what what the folder holds, for the message when it cannot be read: "the
	 * front matter"
	 */
	public static Map<String, String> packaged(String folder, List<String> extensions, String what) {
		Map<String, String> files = new LinkedHashMap<>();
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		try {
			for (String extension : extensions) {
				for (Resource resource : resolver.getResources("classpath*:content/" + folder + "/*" + extension)) {
					try (InputStream in = resource.getInputStream()) {
						String name = resource.getFilename();
						files.put(name, Utf8.decode("content/" + folder + "/" + name, in.readAllBytes()));
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the packaged " + what.replaceFirst("^the ", ""), ex);
		}
		return files;
	}

}
