package dev.readingedition.printings;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.readingedition.edition.ContentException;
import dev.readingedition.edition.ContentFolder;
import dev.readingedition.edition.Letter;

import com.vladsch.flexmark.ext.yaml.front.matter.AbstractYamlFrontMatterVisitor;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * Reads the second printings of letters from the content's {@value #FOLDER} folder,
 * collates each against its letter, and puts the apparatus into the letter. A printing is
 * two files: a Markdown file whose front matter says which letter it prints and where
 * (volume, document, first page, online address, the TEI file), and that TEI file, one
 * FRUS {@code <div type="document">} kept exactly as published. Thread-safe.
 */
public final class PrintingsLoader {

	/** The folder of the content that holds the letters' other printings. */
	public static final String FOLDER = "printings";

	private static final Set<String> REQUIRED = Set.of("letter", "siglum", "series", "volume", "volume-title",
			"first-page", "source-url", "tei");

	private static final Set<String> OPTIONAL = Set.of("editor", "general-editor", "publisher", "published");

	private final Parser parser = Parser
		.builder(new MutableDataSet().set(Parser.EXTENSIONS, List.of(YamlFrontMatterExtension.create())))
		.build();

	/**
	 * The letters with the printings found for them, and the printings by slug.
	 *
	 * @param letters the letters as parsed
	 * @param printings each letter's printings, by slug
	 */
	public record Loaded(List<Letter> letters, Map<String, Printings> printings) {
	}

	/**
	 * Reads the printings of a content folder on disk; a folder without {@value #FOLDER}
	 * has none.
	 */
	public Loaded load(Path contentFolder, List<Letter> letters) {
		Path folder = contentFolder.resolve(FOLDER);
		return load(folder.toString(), ContentFolder.onDisk(folder, List.of(".md", ".xml"), "the printings"), letters);
	}

	/**
	 * Reads the printings packaged on the class path under {@code content/printings/}.
	 */
	public Loaded loadPackaged(List<Letter> letters) {
		return load("content/" + FOLDER, ContentFolder.packaged(FOLDER, List.of(".md", ".xml"), "the printings"),
				letters);
	}

	/**
	 * Reads printings from their files' texts.
	 * @param folderName the folder's name as the editor knows it, for messages
	 * @param files each file's text by its name
	 * @param letters the letters they may print
	 */
	public Loaded load(String folderName, Map<String, String> files, List<Letter> letters) {
		Map<String, Letter> bySlug = new LinkedHashMap<>();
		letters.forEach((letter) -> bySlug.put(letter.slug(), letter));
		Map<String, Printings> printings = new LinkedHashMap<>();
		for (Map.Entry<String, String> file : files.entrySet()) {
			if (!file.getKey().endsWith(".md")) {
				continue;
			}
			String name = folderName + "/" + file.getKey();
			Map<String, String> fields = frontMatter(name, file.getValue());
			Letter letter = bySlug.get(fields.get("letter"));
			if (letter == null) {
				throw new ContentException(name, 0,
						"it prints the letter '" + fields.get("letter") + "', which the content does not hold");
			}
			String tei = files.get(fields.get("tei"));
			if (tei == null) {
				throw new ContentException(name, 0, "its TEI file '" + fields.get("tei") + "' is not in " + folderName);
			}
			Printings read = printings(letter, fields, folderName + "/" + fields.get("tei"), tei, name);
			if (printings.putIfAbsent(letter.slug(), read) != null) {
				throw new ContentException(name, 0, "the letter '" + letter.slug()
						+ "' already has a second printing; the edition collates two printings of a letter");
			}
			bySlug.put(letter.slug(), Apparatus.apply(letter, read));
		}
		return new Loaded(new ArrayList<>(bySlug.values()), printings);
	}

	private Printings printings(Letter letter, Map<String, String> fields, String teiName, String tei, String name) {
		URI sourceUrl = url(name, fields.get("source-url"));
		String url = sourceUrl.toString();
		TeiWitnessReader.Read read = new TeiWitnessReader(teiName, url.substring(0, url.lastIndexOf('/') + 1))
			.read(tei);
		int firstPage = number(name, "first-page", fields.get("first-page"));
		if (read.lastPageBreak() != 0 && read.lastPageBreak() <= firstPage) {
			throw new ContentException(name, 0,
					"first-page " + firstPage + " is not before the TEI's page breaks (" + read.lastPageBreak() + ")");
		}
		Printing printing = new Printing(fields.get("siglum"), fields.get("series"), fields.get("volume"),
				fields.get("volume-title"), read.document(), firstPage, Math.max(firstPage, read.lastPageBreak()),
				fields.get("editor"), fields.get("general-editor"), fields.get("publisher"),
				fields.containsKey("published") ? number(name, "published", fields.get("published")) : null, sourceUrl);
		if (printing.siglum().equals(letter.meta().volume())) {
			throw new ContentException(name, 0,
					"the siglum '" + printing.siglum() + "' is the letter's own printing's; give the other volume's");
		}
		Witness witness = new Witness(printing, read.heading(), read.dateline(), read.paragraphs(), read.notes(),
				teiName);
		Collation collation = Collator.collate(letter.paragraphs().stream().map((p) -> p.text()).toList(),
				witness.texts());
		List<Printings.BasePageBreak> basePageBreaks = letter.pageBreaks()
			.stream()
			.flatMap((pageBreak) -> letter.paragraph(pageBreak.paragraphId())
				.map((paragraph) -> new Printings.BasePageBreak(pageBreak.page(), paragraph.number(),
						pageBreak.position()))
				.stream())
			.toList();
		Printings printings = new Printings(letter.slug(), Printing.of(letter.meta(), letter.lastPage()), witness,
				collation, basePageBreaks, Map.of());
		return new Printings(printings.slug(), printings.base(), witness, collation, basePageBreaks,
				Apparatus.entries(letter, printings));
	}

	private Map<String, String> frontMatter(String name, String markdown) {
		Document document = parser.parse(markdown);
		AbstractYamlFrontMatterVisitor visitor = new AbstractYamlFrontMatterVisitor();
		visitor.visit(document);
		Map<String, String> fields = new HashMap<>();
		for (Map.Entry<String, List<String>> field : visitor.getData().entrySet()) {
			if (!REQUIRED.contains(field.getKey()) && !OPTIONAL.contains(field.getKey())) {
				throw new ContentException(name, 0,
						"unknown front matter field '" + field.getKey() + "'; a printing " + "has "
								+ String.join(", ", REQUIRED.stream().sorted().toList()) + " and optionally "
								+ String.join(", ", OPTIONAL.stream().sorted().toList()));
			}
			if (field.getValue().size() != 1 || field.getValue().get(0).isBlank()) {
				throw new ContentException(name, 0, "front matter field '" + field.getKey() + "' needs one value");
			}
			fields.put(field.getKey(), field.getValue().get(0).strip());
		}
		for (String required : REQUIRED) {
			if (!fields.containsKey(required)) {
				throw new ContentException(name, 0, "the front matter lacks the required field '" + required + "'");
			}
		}
		return fields;
	}

	private static int number(String name, String field, String value) {
		try {
			int number = Integer.parseInt(value);
			if (number > 0) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new ContentException(name, 0,
				"front matter field '" + field + "' must be a positive whole number, not '" + value + "'");
	}

	private static URI url(String name, String value) {
		try {
			URI uri = new URI(value);
			if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getPath() != null
					&& uri.getPath().lastIndexOf('/') > 0) {
				return uri;
			}
		}
		catch (URISyntaxException ex) {
			// reported below
		}
		throw new ContentException(name, 0,
				"source-url must be the document's http(s) address in the online edition, " + "not '" + value + "'");
	}

}
