package dev.readingedition.about;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import dev.readingedition.edition.ContentException;
import dev.readingedition.edition.ContentFolder;
import dev.readingedition.edition.Edition;
import dev.readingedition.edition.Letter;
import dev.readingedition.printings.Printing;
import dev.readingedition.printings.Printings;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterNode;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * Reads the edition's front matter from the content's {@value #FOLDER} folder: one
 * Markdown file a page, its front matter giving its place ({@code order}), its
 * description and, optionally, its shorter name in the footer ({@code nav}); its title is
 * the level-1 heading it opens with. {@code index.md} is {@code /about}. Every fact a
 * page asks for is checked against the edition when it is loaded, so a mistyped name, a
 * missing argument or a paragraph the letter does not have is reported with its file and
 * line, and never reaches a reader. Thread-safe.
 */
public final class FrontMatterLoader {

	/**
	 * The content folder that holds the front matter, and the first segment of its pages'
	 * addresses.
	 */
	public static final String FOLDER = "about";

	private static final String INDEX = "index.md";

	private static final Pattern FILE_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*\\.md");

	private static final Set<String> FIELDS = Set.of("order", "description", "nav");

	private final Parser parser = Parser
		.builder(new MutableDataSet().set(Parser.EXTENSIONS,
				List.of(YamlFrontMatterExtension.create(), FactExtension.parsing())))
		.build();

	/**
	 * The front matter of a content folder on disk; a folder without {@value #FOLDER} has
	 * none.
	 */
	public FrontMatter load(Path contentFolder, Edition edition) {
		Path folder = contentFolder.resolve(FOLDER);
		return load(folder.toString(), ContentFolder.onDisk(folder, List.of(".md"), "the front matter"), edition);
	}

	/** The front matter packaged on the class path under {@code content/about/}. */
	public FrontMatter loadPackaged(Edition edition) {
		return load("content/" + FOLDER, ContentFolder.packaged(FOLDER, List.of(".md"), "the front matter"), edition);
	}

	/**
	 * Reads the front matter from its files' texts.
	 * @param folderName the folder's name as the editor knows it, for messages
	 * @param files each file's text by its name
	 * @param edition the edition whose facts the pages ask for
	 * @throws ContentException naming the file and line of what is wrong
	 */
	public FrontMatter load(String folderName, Map<String, String> files, Edition edition) {
		if (files.isEmpty()) {
			return FrontMatter.EMPTY;
		}
		if (!files.containsKey(INDEX)) {
			throw new ContentException(folderName, 0, "the front matter needs an " + INDEX + ", the page /" + FOLDER
					+ " that the others are reached from");
		}
		List<FrontMatterPage> pages = new ArrayList<>();
		for (Map.Entry<String, String> file : files.entrySet()) {
			pages.add(page(folderName + "/" + file.getKey(), file.getKey(), file.getValue(), edition));
		}
		return new FrontMatter(pages);
	}

	private FrontMatterPage page(String name, String fileName, String markdown, Edition edition) {
		if (!FILE_NAME.matcher(fileName).matches()) {
			throw new ContentException(name, 0, "a front-matter file is named in lower-case words joined by hyphens, "
					+ "like how-to-cite.md: its name is its address");
		}
		Document document = parser.parse(markdown);
		Map<String, String> fields = fields(name, document);
		Node first = document.getFirstChild();
		while (first instanceof YamlFrontMatterBlock) {
			first = first.getNext();
		}
		if (!(first instanceof Heading heading) || heading.getLevel() != 1) {
			throw new ContentException(name, first == null ? 0 : first.getStartLineNumber() + 1,
					"a front-matter page opens with its title, a level-1 heading ('# About this edition')");
		}
		String title = heading.getText().toString().strip();
		heading.unlink();
		List<Fact.Use> facts = new ArrayList<>();
		resolve(name, document, edition, facts);
		String slug = fileName.equals(INDEX) ? "" : fileName.substring(0, fileName.length() - 3);
		return new FrontMatterPage(slug, title, fields.getOrDefault("nav", title), fields.get("description"),
				order(name, fields.get("order")), name, document, facts);
	}

	private static Map<String, String> fields(String name, Document document) {
		Map<String, String> fields = new LinkedHashMap<>();
		Node block = document.getFirstChild();
		if (block instanceof YamlFrontMatterBlock) {
			for (Node child : block.getChildren()) {
				if (child instanceof YamlFrontMatterNode field) {
					int line = field.getStartLineNumber() + 1;
					if (!FIELDS.contains(field.getKey())) {
						throw new ContentException(name, line, "unknown front matter field '" + field.getKey()
								+ "'; a front-matter page has order, description and optionally nav");
					}
					if (field.getValues().size() != 1 || field.getValues().get(0).isBlank()) {
						throw new ContentException(name, line,
								"front matter field '" + field.getKey() + "' needs one value");
					}
					fields.put(field.getKey(), field.getValues().get(0).strip());
				}
			}
		}
		for (String required : List.of("order", "description")) {
			if (!fields.containsKey(required)) {
				throw new ContentException(name, 1, "the front matter lacks the required field '" + required + "'");
			}
		}
		return fields;
	}

	private static int order(String name, String value) {
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			throw new ContentException(name, 1,
					"order is a whole number, the page's place in the front matter, not '" + value + "'");
		}
	}

	/**
	 * Resolves every placeholder to its fact, checks it against the edition, and lifts
	 * block facts out of their paragraphs.
	 */
	private static void resolve(String name, Node node, Edition edition, List<Fact.Use> facts) {
		Node child = node.getFirstChild();
		while (child != null) {
			Node next = child.getNext();
			if (child instanceof FactNode placeholder) {
				Fact.Use use = use(name, placeholder, edition);
				placeholder.resolve(use);
				facts.add(use);
				if (use.fact().block()) {
					liftOut(name, placeholder, use);
				}
			}
			else if (child instanceof Text text && text.getChars().toString().contains("{{")) {
				throw new ContentException(name, text.getStartLineNumber() + 1,
						"'{{' starts a fact, written "
								+ "{{name}} or {{name argument}} with a name of lower-case words joined by dots: "
								+ text.getChars().toString().strip());
			}
			else {
				resolve(name, child, edition, facts);
			}
			child = next;
		}
	}

	private static Fact.Use use(String name, FactNode placeholder, Edition edition) {
		int line = placeholder.getStartLineNumber() + 1;
		Fact fact = Fact.named(placeholder.name())
			.orElseThrow(() -> new ContentException(name, line,
					"unknown fact {{" + placeholder.name() + "}}; the facts a page can ask for are " + Fact.names()));
		List<String> arguments = placeholder.arguments();
		if (arguments.size() != fact.arguments()) {
			throw new ContentException(name, line, "{{" + fact.key() + "}} takes " + fact.arguments()
					+ " argument(s), not " + arguments.size() + usage(fact));
		}
		String problem = problem(fact, arguments, edition);
		if (problem != null) {
			throw new ContentException(name, line,
					"{{" + placeholder.name() + " " + String.join(" ", arguments) + "}}: " + problem);
		}
		return new Fact.Use(fact, arguments, line);
	}

	private static String usage(Fact fact) {
		return switch (fact) {
			case CITE_PARAGRAPH -> ", e.g. {{cite.paragraph p6}}";
			case CITE_PAGE -> ", e.g. {{cite.page VI 94}}";
			default -> "";
		};
	}

	/** What is wrong with a fact's arguments for this edition, or {@code null}. */
	private static String problem(Fact fact, List<String> arguments, Edition edition) {
		if (fact != Fact.CITE_PARAGRAPH && fact != Fact.CITE_PAGE && fact != Fact.CITE_LETTER && fact != Fact.MAIN_WORK
				&& fact != Fact.MAIN_WORK_THREAD && fact != Fact.COMPARE_LINK) {
			return null;
		}
		Optional<Letter> main = edition.mainWork();
		if (main.isEmpty()) {
			return "the edition has no main work (a letter with 'main-work: true') to take the example from";
		}
		Letter letter = main.get();
		Optional<Printings> printings = edition.printings(letter.slug());
		return switch (fact) {
			case CITE_PARAGRAPH -> letter.paragraph(arguments.get(0)).isPresent() ? null
					: "the main work has no paragraph '" + arguments.get(0) + "'";
			case CITE_PAGE -> pageProblem(letter, printings, arguments.get(0), arguments.get(1));
			case COMPARE_LINK -> printings.isPresent() ? null : "the main work has only one printing";
			default -> null;
		};
	}

	private static String pageProblem(Letter letter, Optional<Printings> printings, String siglum, String page) {
		if (printings.isEmpty()) {
			return "the main work has no second printing; cite its pages with {{cite.page " + letter.meta().volume()
					+ " N}} once it has";
		}
		Optional<Printing> printing = printings.get()
			.all()
			.stream()
			.filter((p) -> p.siglum().equals(siglum))
			.findFirst();
		if (printing.isEmpty()) {
			return "the main work has no printing '" + siglum + "'; its printings are "
					+ String.join(" and ", printings.get().all().stream().map(Printing::siglum).toList());
		}
		int number;
		try {
			number = Integer.parseInt(page);
		}
		catch (NumberFormatException ex) {
			return "'" + page + "' is not a page number";
		}
		return printing.get().hasPage(number) ? null
				: "the letter stands on " + printing.get().pages() + " of " + printing.get().shortName();
	}

	/**
	 * A block fact replaces the paragraph it stands alone in; anywhere else it is a
	 * content error.
	 */
	private static void liftOut(String name, FactNode placeholder, Fact.Use use) {
		Node parent = placeholder.getParent();
		boolean alone = parent instanceof Paragraph && parent.getFirstChild() == placeholder
				&& parent.getLastChild() == placeholder;
		if (!alone) {
			throw new ContentException(name, use.line(), "{{" + use.fact().key() + "}} is a list or a table: put it "
					+ "in a paragraph of its own, with blank lines around it");
		}
		parent.insertBefore(new FactBlockNode(placeholder.getChars(), use));
		parent.unlink();
	}

}
