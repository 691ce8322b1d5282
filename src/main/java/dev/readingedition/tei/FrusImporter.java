package dev.readingedition.tei;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.readingedition.edition.ContentException;
import dev.readingedition.edition.EditionLoader;
import dev.readingedition.edition.Letter;
import dev.readingedition.edition.LetterParser;
import dev.readingedition.edition.Register;

/**
 * The TEI importer's command: turns FRUS documents ({@code <div type="document">}, as the
 * Office of the Historian publishes them) into letters of the edition, each a Markdown
 * file in the content folder with its TEI kept beside it ({@code slug.md} and
 * {@code slug.xml}), so that the provenance travels with the content. Run it with
 *
 * <pre>
 * ./mvnw -q compile exec:java -Dexec.args="--volume frus1961-63v06 --names persons.xml d27.xml d30.xml"
 * </pre>
 *
 * Each written file is parsed back as the server would parse it before the command
 * reports success; nothing is written when a document holds what the importer cannot
 * convert. Spring-free: a plain main class.
 */
public final class FrusImporter {

	/**
	 * An online FRUS document: its volume and its id, from a front matter's
	 * {@code source-url}.
	 */
	private static final Pattern FRUS_URL = Pattern
		.compile("https?://history\\.state\\.gov/historicaldocuments/([a-z0-9-]+)/(d[0-9]+)");

	private final Path content;

	private final Volume volume;

	private final ListOfNames names;

	private final boolean force;

	private final PrintStream out;

	public FrusImporter(Path content, Volume volume, ListOfNames names, boolean force, PrintStream out) {
		this.content = content;
		this.volume = volume;
		this.names = names;
		this.force = force;
		this.out = out;
	}

	public static void main(String[] args) {
		try {
			System.exit(run(args, System.out));
		}
		catch (TeiException | ContentException | IllegalArgumentException ex) {
			System.err.println("import refused: " + ex.getMessage());
			System.exit(1);
		}
	}

	static int run(String[] args, PrintStream out) {
		String volumeId = null;
		Path namesFile = null;
		Path contentDir = Path.of("content");
		boolean force = false;
		List<Path> files = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--volume" -> volumeId = value(args, ++i, "--volume");
				case "--names" -> namesFile = Path.of(value(args, ++i, "--names"));
				case "--content" -> contentDir = Path.of(value(args, ++i, "--content"));
				case "--force" -> force = true;
				case "--help", "-h" -> {
					out.println(USAGE);
					return 0;
				}
				default -> {
					if (args[i].startsWith("--")) {
						throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
					}
					files.add(Path.of(args[i]));
				}
			}
		}
		if (volumeId == null || namesFile == null || files.isEmpty()) {
			throw new IllegalArgumentException("give --volume, --names and at least one TEI file\n" + USAGE);
		}
		String id = volumeId;
		Volume volume = Volume.known(id)
			.orElseThrow(() -> new IllegalArgumentException(
					"the volume " + id + " is not described in tei/frus-volumes.properties; add its title page there"));
		new FrusImporter(contentDir, volume, ListOfNames.read(namesFile), force, out).importAll(files);
		return 0;
	}

	private static final String USAGE = """
			usage: FrusImporter --volume <frus id> --names <List of Names TEI> [--content <folder>] [--force] <TEI file>…
			  --volume   the FRUS volume the documents come from, e.g. frus1961-63v06
			  --names    the volume's List of Names (<div xml:id="persons">), for senders and addressees
			  --content  the edition's content folder (default: content)
			  --force    replace letters already imported (their description and answered-by are kept)""";

	private static String value(String[] args, int i, String option) {
		if (i >= args.length) {
			throw new IllegalArgumentException(option + " needs a value");
		}
		return args[i];
	}

	/**
	 * Imports the documents: reads them all first (so that they may link to each other),
	 * then writes each letter and its TEI, and parses each written letter back.
	 * @return the slugs written, in the order of the files
	 */
	public List<String> importAll(List<Path> files) {
		EditionLoader loader = new EditionLoader(new LetterParser());
		Register register = loader.readRegister(content);
		List<Letter> existing = loader.readLetters(content, register);
		Map<String, String> held = new HashMap<>();
		Map<String, Letter> bySlug = new HashMap<>();
		for (Letter letter : existing) {
			bySlug.put(letter.slug(), letter);
			for (URI url : new URI[] { letter.meta().sourceUrl(), letter.meta().alsoPrintedUrl() }) {
				Matcher m = url == null ? null : FRUS_URL.matcher(url.toString());
				if (m != null && m.matches()) {
					held.put(m.group(1) + "/" + m.group(2), letter.slug());
				}
			}
		}
		FrusDocumentReader reader = new FrusDocumentReader(volume.id());
		Map<Path, FrusDocument> documents = new LinkedHashMap<>();
		for (Path file : files) {
			FrusDocument document = reader.read(file);
			documents.put(file, document);
			String slug = new FrusMarkdown(document, volume, names, register, Map.of()).defaultSlug();
			held.putIfAbsent(volume.id() + "/" + document.id(), slug);
		}
		List<String> written = new ArrayList<>();
		LetterParser parser = new LetterParser();
		for (Map.Entry<Path, FrusDocument> entry : documents.entrySet()) {
			FrusDocument document = entry.getValue();
			FrusMarkdown writer = new FrusMarkdown(document, volume, names, register, held);
			String slug = writer.defaultSlug();
			Letter previous = bySlug.get(slug);
			if (previous != null && !force) {
				throw new IllegalArgumentException(
						content.resolve(slug + ".md") + " exists; give --force to replace it");
			}
			FrusMarkdown.Result result = writer.write(slug);
			String markdown = keepEditorsFields(result.markdown(), previous);
			Path target = content.resolve(slug + ".md");
			// Parsed back before it is written: what the server would refuse is not
			// written at all.
			parser.parse(target.toString(), markdown, register);
			try {
				Files.writeString(target, markdown, StandardCharsets.UTF_8);
				Files.copy(entry.getKey(), content.resolve(slug + ".xml"), StandardCopyOption.REPLACE_EXISTING);
			}
			catch (IOException ex) {
				throw new TeiException(target.toString(), "cannot be written: " + ex.getMessage(), ex);
			}
			out.println(entry.getKey() + " -> " + target + " (" + document.blocks().size() + " blocks, "
					+ document.notes().size() + " notes"
					+ (result.answers().isEmpty() ? "" : ", answers " + String.join(", ", result.answers())) + ")");
			if (!result.unmarked().isEmpty()) {
				out.println("  names and terms left unmarked (the register maps no entity to them): "
						+ String.join(", ", result.unmarked().stream().sorted().toList()));
			}
			written.add(slug);
		}
		return written;
	}

	/**
	 * The front matter an editor writes by hand and a new import would not know: the
	 * one-line description and what answered the letter. A re-import keeps them.
	 */
	private static String keepEditorsFields(String markdown, Letter previous) {
		if (previous == null) {
			return markdown;
		}
		StringBuilder fields = new StringBuilder();
		if (previous.meta().description() != null) {
			fields.append("description: ").append(previous.meta().description()).append('\n');
		}
		if (!previous.meta().answeredBy().isEmpty()) {
			fields.append("answered-by:\n");
			previous.meta().answeredBy().forEach((a) -> fields.append("  - ").append(a).append('\n'));
		}
		if (previous.meta().mainWork()) {
			fields.append("main-work: true\n");
		}
		int end = markdown.indexOf("\n---\n", 4);
		return markdown.substring(0, end + 1) + fields + markdown.substring(end + 1);
	}

}
