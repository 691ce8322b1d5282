package dev.readingedition.edition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * Where the published id of a paragraph that a correction removed now leads, so that old
 * links still arrive. The entries come from the content folder's {@value #FILE}, one a
 * line: {@code slug#p11 -> p12}. They are checked against the edition when loaded: a
 * redirect that could never be followed, or that leads nowhere, stops start-up.
 */
public final class Redirects {

	/** The file of the content folder that holds the redirects. */
	public static final String FILE = "redirects.txt";

	private static final Pattern ENTRY = Pattern.compile("(\\S+)#(\\S+)\\s+->\\s+(\\S+)");

	private final Map<String, String> targets;

	private Redirects(Map<String, String> targets) {
		this.targets = Map.copyOf(targets);
	}

	/** No redirects at all. */
	public static Redirects none() {
		return new Redirects(Map.of());
	}

	/**
	 * Reads the redirects file of a content folder on disk; a folder without one has no
	 * redirects.
	 * @param file the file, {@value #FILE} in the content folder
	 * @param edition the letters the redirects must lead into
	 * @throws ContentException when an entry is malformed or cannot be followed, naming
	 * its line
	 */
	public static Redirects load(Path file, Edition edition) {
		if (!Files.exists(file)) {
			return none();
		}
		try {
			return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8), edition);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file.toAbsolutePath(), ex);
		}
	}

	/**
	 * Reads the redirects packaged in the jar with the content, if there are any.
	 * @param edition the packaged letters
	 */
	public static Redirects loadPackaged(Edition edition) {
		Resource resource = new ClassPathResource("content/" + FILE);
		if (!resource.exists()) {
			return none();
		}
		try (InputStream in = resource.getInputStream()) {
			return parse("content/" + FILE, new String(in.readAllBytes(), StandardCharsets.UTF_8), edition);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the packaged " + FILE, ex);
		}
	}

	static Redirects parse(String sourceName, String text, Edition edition) {
		Map<String, String> targets = new LinkedHashMap<>();
		String[] lines = text.split("\\R", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			int number = i + 1;
			Matcher entry = ENTRY.matcher(line);
			if (!entry.matches()) {
				throw new ContentException(sourceName, number,
						"a redirect is written 'slug#old-id -> new-id', such as 'my-letter#p11 -> p12', not '" + line
								+ "'");
			}
			String slug = entry.group(1);
			String from = entry.group(2);
			String to = entry.group(3);
			Letter letter = edition.letter(slug)
				.orElseThrow(() -> new ContentException(sourceName, number, "no letter has the slug '" + slug + "'"));
			if (!LetterParser.PARAGRAPH_ID.matcher(from).matches()) {
				throw new ContentException(sourceName, number, "only paragraph ids such as p11 can be redirected, "
						+ "not '" + from + "'; notes keep their printed numbers and pages their [Page n] marks");
			}
			if (letter.paragraph(from).isPresent()) {
				throw new ContentException(sourceName, number,
						"the letter still has a paragraph '" + from
								+ "', so this redirect would never be followed; to send its links elsewhere, pin {#"
								+ from + "} on the paragraph they should reach");
			}
			if (letter.paragraph(to).isEmpty()) {
				throw new ContentException(sourceName, number,
						"the letter '" + slug + "' has no paragraph '" + to + "' to lead to");
			}
			if (targets.put(slug + "#" + from, to) != null) {
				throw new ContentException(sourceName, number, "'" + slug + "#" + from + "' is redirected twice");
			}
		}
		return new Redirects(targets);
	}

	/**
	 * Where a removed paragraph id now leads.
	 * @param slug the letter
	 * @param id the paragraph id as published
	 * @return the id of the paragraph to go to instead, if the id was redirected
	 */
	public Optional<String> target(String slug, String id) {
		return Optional.ofNullable(targets.get(slug + "#" + id));
	}

}
