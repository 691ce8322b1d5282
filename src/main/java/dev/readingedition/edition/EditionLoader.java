package dev.readingedition.edition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Loads every {@code *.md} letter of a content folder (or of the copy packaged in the jar) into an {@link Edition}.
 * The one exception is {@value #REGISTER}, the register of names and terms that the letters' annotations refer to.
 */
public final class EditionLoader {

	/** The file of the content folder that holds the register of names and terms rather than a letter. */
	public static final String REGISTER = "register.md";

	private final LetterParser parser;

	public EditionLoader(LetterParser parser) {
		this.parser = parser;
	}

	/**
	 * Loads the letters of a folder on disk.
	 * @param folder the content folder; its {@code *.md} files are read, sub-folders are not
	 * @throws ContentException when a file is bad or two files share a slug
	 */
	public Edition load(Path folder) {
		List<Source> sources = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter((f) -> isLetter(f.getFileName().toString())).sorted().toList()) {
				sources.add(new Source(folder.resolve(file.getFileName()).toString(),
						Files.readString(file, StandardCharsets.UTF_8)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the content folder " + folder.toAbsolutePath(), ex);
		}
		return load(sources);
	}

	/**
	 * Loads the letters packaged on the class path under {@code content/}.
	 */
	public Edition loadPackaged() {
		List<Source> sources = new ArrayList<>();
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:content/*.md");
			for (Resource resource : resources) {
				if (!isLetter(resource.getFilename())) {
					continue;
				}
				try (InputStream in = resource.getInputStream()) {
					sources.add(new Source("content/" + resource.getFilename(),
							new String(in.readAllBytes(), StandardCharsets.UTF_8)));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the packaged content", ex);
		}
		return load(sources);
	}

	private static boolean isLetter(String fileName) {
		return fileName != null && fileName.endsWith(".md") && !fileName.equals(REGISTER);
	}

	private Edition load(List<Source> sources) {
		List<Letter> letters = new ArrayList<>();
		Map<String, String> fileBySlug = new HashMap<>();
		for (Source source : sources) {
			Letter letter = parser.parse(source.name(), source.text());
			String other = fileBySlug.putIfAbsent(letter.slug(), source.name());
			if (other != null) {
				throw new ContentException(source.name(), 0,
						"the slug '" + letter.slug() + "' is already used by " + other);
			}
			letters.add(letter);
		}
		return new Edition(letters);
	}

	private record Source(String name, String text) {
	}

}
