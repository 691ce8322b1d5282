package dev.readingedition.edition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.readingedition.about.FrontMatterLoader;
import dev.readingedition.printings.PrintingsLoader;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Loads every {@code *.md} letter of a content folder (or of the copy packaged in the
 * jar) into an {@link Edition}. The one exception is {@value #REGISTER}, the register of
 * names and terms that the letters' annotations refer to; it is read first, so the
 * letters' mentions resolve against it, and each of its entities must be mentioned.
 */
public final class EditionLoader {

	/**
	 * The file of the content folder that holds the register of names and terms rather
	 * than a letter.
	 */
	public static final String REGISTER = "register.md";

	private final LetterParser parser;

	private final RegisterParser registerParser = new RegisterParser();

	public EditionLoader(LetterParser parser) {
		this.parser = parser;
	}

	/**
	 * Loads the letters of a folder on disk, and its register when it has one.
	 * @param folder the content folder; its {@code *.md} files are the letters and the
	 * register, its {@code printings/} the letters' other printings, its {@code about/}
	 * the front matter
	 * @throws ContentException when a file is bad, two files share a slug, or a register
	 * entity is never mentioned
	 */
	public Edition load(Path folder) {
		Sources sources = read(folder);
		Edition letters = load(sources.register(), sources.letters());
		Edition edition = withPrintings(letters, new PrintingsLoader().load(folder, letters.letters()));
		return edition.withFrontMatter(new FrontMatterLoader().load(folder, edition));
	}

	/**
	 * Reads the register of a content folder alone, as the TEI importer needs it: its
	 * entities need not be mentioned yet, since the letter being imported may be the
	 * first to mention them.
	 * @throws ContentException when the register is bad
	 */
	public Register readRegister(Path folder) {
		Source register = read(folder).register();
		return register == null ? Register.EMPTY : registerParser.parse(register.name(), register.text());
	}

	/**
	 * Reads each letter of a content folder on its own, against a register, without the
	 * checks that need the whole edition (unique slugs, every entity mentioned).
	 * @throws ContentException when a letter is bad
	 */
	public List<Letter> readLetters(Path folder, Register register) {
		return read(folder).letters().stream().map((s) -> parser.parse(s.name(), s.text(), register)).toList();
	}

	private Sources read(Path folder) {
		List<Source> sources = new ArrayList<>();
		Source register = null;
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter((f) -> f.getFileName().toString().endsWith(".md")).sorted().toList()) {
				String name = folder.resolve(file.getFileName()).toString();
				Source source = new Source(name, Utf8.decode(name, Files.readAllBytes(file)));
				if (isLetter(file.getFileName().toString())) {
					sources.add(source);
				}
				else {
					register = source;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the content folder " + folder.toAbsolutePath(), ex);
		}
		return new Sources(register, sources);
	}

	private record Sources(Source register, List<Source> letters) {
	}

	/**
	 * Loads the letters packaged on the class path under {@code content/}.
	 */
	public Edition loadPackaged() {
		List<Source> sources = new ArrayList<>();
		Source register = null;
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:content/*.md");
			for (Resource resource : resources) {
				try (InputStream in = resource.getInputStream()) {
					String name = "content/" + resource.getFilename();
					Source source = new Source(name, Utf8.decode(name, in.readAllBytes()));
					if (isLetter(resource.getFilename())) {
						sources.add(source);
					}
					else if (REGISTER.equals(resource.getFilename())) {
						register = source;
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the packaged content", ex);
		}
		Edition letters = load(register, sources);
		Edition edition = withPrintings(letters, new PrintingsLoader().loadPackaged(letters.letters()));
		return edition.withFrontMatter(new FrontMatterLoader().loadPackaged(edition));
	}

	/**
	 * The edition with its letters' second printings collated and their apparatus in the
	 * letters' text.
	 */
	private static Edition withPrintings(Edition edition, PrintingsLoader.Loaded printings) {
		return printings.printings().isEmpty() ? edition
				: new Edition(printings.letters(), edition.register(), printings.printings());
	}

	private static boolean isLetter(String fileName) {
		return fileName != null && fileName.endsWith(".md") && !fileName.equals(REGISTER);
	}

	private Edition load(Source registerSource, List<Source> sources) {
		Register register = registerSource == null ? Register.EMPTY
				: registerParser.parse(registerSource.name(), registerSource.text());
		List<Letter> letters = new ArrayList<>();
		Map<String, String> fileBySlug = new HashMap<>();
		// Letters are independent of each other and the parser is thread-safe: a large
		// edition parses on every core.
		List<Letter> parsed = sources.parallelStream()
			.map((source) -> parser.parse(source.name(), source.text(), register))
			.toList();
		for (int i = 0; i < sources.size(); i++) {
			Source source = sources.get(i);
			Letter letter = parsed.get(i);
			String other = fileBySlug.putIfAbsent(letter.slug(), source.name());
			if (other != null) {
				throw new ContentException(source.name(), 0,
						"the slug '" + letter.slug() + "' is already used by " + other);
			}
			letters.add(letter);
		}
		List<ContentException> threadProblems = Correspondence.problems(letters);
		if (!threadProblems.isEmpty()) {
			throw threadProblems.get(0);
		}
		long mainWorks = letters.stream().filter((l) -> l.meta().mainWork()).count();
		if (mainWorks > 1) {
			Letter second = letters.stream().filter((l) -> l.meta().mainWork()).skip(1).findFirst().orElseThrow();
			throw new ContentException(second.sourceName(), 0, "a second letter says 'main-work: true'; the front "
					+ "page opens one letter, the edition's main work");
		}
		Set<String> mentioned = letters.stream()
			.flatMap((letter) -> letter.mentions().stream())
			.map(Mention::entityId)
			.collect(Collectors.toSet());
		for (Entity entity : register.entities()) {
			if (!mentioned.contains(entity.id())) {
				throw new ContentException(register.sourceName(), register.line(entity.id()),
						"the entity '" + entity.id()
								+ "' is defined but no letter mentions it; mark a phrase of a letter as [phrase]{ref="
								+ entity.id() + "}, or remove the entry");
			}
		}
		return new Edition(letters, register);
	}

	private record Source(String name, String text) {
	}

}
