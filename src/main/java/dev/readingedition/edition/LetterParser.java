package dev.readingedition.edition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * Parses one letter's Markdown, once, into the immutable {@link Letter} model, and
 * refuses bad content with the file and line of the problem. Mentions of register
 * entities, {@code [Ambassador Thompson]{ref=thompson}}, are resolved against the
 * {@link Register} as the letter is read. This class reads the letter's blocks (title,
 * paragraphs, notes, page breaks); {@link LetterFrontMatter} reads its fields,
 * {@link Braces} what its braces mark, and {@link MarkdownText} the words of each block
 * with the places of its marks. Thread-safe: the Flexmark parser and renderer are built
 * once and shared.
 */
public final class LetterParser {

	/** Where a note cited on the title line points back to. */
	public static final String TITLE_ANCHOR = "title";

	private static final Pattern NOTE_LABEL = Pattern.compile("[A-Za-z0-9]+");

	/**
	 * A paragraph id: {@code p} and a number, with letters after it for a paragraph added
	 * between two others.
	 */
	static final Pattern PARAGRAPH_ID = Pattern.compile("p[0-9]+[a-z]*");

	private final Parser parser;

	private final HtmlRenderer renderer;

	public LetterParser() {
		this.parser = Parser
			.builder(new MutableDataSet().set(Parser.EXTENSIONS, List.of(YamlFrontMatterExtension.create(),
					FootnoteExtension.create(), new PageBreakExtension(), AttributesExtension.create())))
			.build();
		this.renderer = EditionRendering.renderer();
	}

	/**
	 * Parses a letter that marks no mentions of register entities.
	 * @param sourceName the file's name as the editor knows it, used in error messages
	 * @param markdown the file's text
	 * @return the letter
	 * @throws ContentException when the content is malformed or incomplete, naming file
	 * and line
	 */
	public Letter parse(String sourceName, String markdown) {
		return parse(sourceName, markdown, Register.EMPTY);
	}

	/**
	 * Parses a letter, resolving its mentions against the register.
	 * @param sourceName the file's name as the editor knows it, used in error messages
	 * @param markdown the file's text
	 * @param register the entities the letter's mentions may refer to
	 * @return the letter
	 * @throws ContentException when the content is malformed or incomplete, or a mention
	 * refers to no entity, naming file and line
	 */
	public Letter parse(String sourceName, String markdown, Register register) {
		if (markdown.isBlank()) {
			throw new ContentException(sourceName, 0, "the file is empty");
		}
		Document document = parser.parse(markdown);
		return new Reader(sourceName, markdown, document, register).read();
	}

	/**
	 * Reads one parsed document; holds the state of a single parse, so it is never
	 * shared.
	 */
	private final class Reader {

		private final String sourceName;

		private final String markdown;

		private final Document document;

		private final Problems problems;

		private final Braces braces;

		private final Map<String, Note> notes = new LinkedHashMap<>();

		private final List<PageBreak> pageBreaks = new ArrayList<>();

		private int page;

		Reader(String sourceName, String markdown, Document document, Register register) {
			this.sourceName = sourceName;
			this.markdown = markdown;
			this.document = document;
			this.problems = new Problems(sourceName, document);
			this.braces = new Braces(document, register, problems);
		}

		Letter read() {
			Node first = document.getFirstChild();
			Metadata meta = LetterFrontMatter.read(first, problems);
			page = meta.firstPage();
			braces.resolve();
			// "Page 820 of vol. XIV": the page's head names the series and the volume in
			// full.
			document.set(EditionRendering.PRINTED_IN, "vol. " + meta.volume());
			String titleHtml = null;
			String titleMarginHtml = "";
			List<Paragraph> paragraphs = new ArrayList<>();
			Map<String, Node> paragraphIds = new HashMap<>();
			Map<String, FootnoteBlock> definitions = new LinkedHashMap<>();
			for (Node node = first.getNext(); node != null; node = node.getNext()) {
				if (node instanceof Heading heading && heading.getLevel() == 1 && titleHtml == null
						&& paragraphs.isEmpty()) {
					braces.refuseAttributes(heading, null);
					MarkdownText words = new MarkdownText(heading);
					collectNotes(heading, TITLE_ANCHOR, 0, words);
					titleHtml = renderer.render(heading).strip();
					titleMarginHtml = MarginRendering.html(heading, 0, notes);
					String written = words.text();
					if (!written.equals(meta.title())) {
						throw problem(heading, "the heading \"" + written
								+ "\" differs from the front matter's title \"" + meta.title() + "\"");
					}
				}
				else if (node instanceof com.vladsch.flexmark.ast.Paragraph paragraph) {
					if (titleHtml == null) {
						throw problem(node, "the letter needs its title as a '# ' heading before the first paragraph");
					}
					Paragraph read = paragraph(paragraph, paragraphs.size() + 1);
					Node other = paragraphIds.putIfAbsent(read.id(), node);
					if (other != null) {
						throw problem(node,
								"this paragraph and the one on line " + line(other) + " both have the id '" + read.id()
										+ "'; a paragraph is p and its number unless it pins an id of its own "
										+ "with a trailing {#id}, so pin a new id (such as {#" + read.id()
										+ "a}) on the one " + "that is not the paragraph published as " + read.id());
					}
					paragraphs.add(read);
				}
				else if (node instanceof FootnoteBlock definition) {
					braces.refuseAttributes(definition, null);
					String label = definition.getText().toString();
					if (definitions.put(label, definition) != null) {
						throw problem(node, "note [^" + label + "] is defined twice");
					}
				}
				else {
					throw problem(node, "a letter holds front matter, one '# ' title, paragraphs and [^n]: notes; "
							+ "this " + describe(node) + " is none of those");
				}
			}
			if (titleHtml == null) {
				throw problem(null, "the letter has no '# ' title heading");
			}
			if (paragraphs.isEmpty()) {
				throw problem(null, "the letter has no paragraphs");
			}
			for (Map.Entry<String, FootnoteBlock> definition : definitions.entrySet()) {
				if (!notes.containsKey(definition.getKey())) {
					throw problem(definition.getValue(),
							"note [^" + definition.getKey() + "] is defined but never cited in the text");
				}
			}
			return new Letter(meta, titleHtml, titleMarginHtml, paragraphs, List.copyOf(notes.values()), pageBreaks,
					sourceName, markdown);
		}

		private Paragraph paragraph(com.vladsch.flexmark.ast.Paragraph node, int number) {
			AttributesNode pin = node.getLastChild() instanceof AttributesNode attributes ? attributes : null;
			braces.refuseAttributes(node, pin);
			String id = pin == null ? "p" + number : braces.pinnedId(pin);
			int startPage = page;
			MarkdownText words = new MarkdownText(node);
			List<String> labels = collectNotes(node, id, number, words);
			List<Integer> breaks = new ArrayList<>();
			List<Integer> breakOffsets = new ArrayList<>();
			for (PageBreakNode pageBreak : descendants(node, PageBreakNode.class)) {
				breaks.add(pageBreak.page());
				breakOffsets.add(words.start(pageBreak));
			}
			List<Mention> mentions = new ArrayList<>();
			for (MentionNode mention : descendants(node, MentionNode.class)) {
				int start = words.start(mention);
				int end = words.end(mention);
				mentions.add(new Mention(mention.entity(), mention.number(), id, words.text().substring(start, end),
						start, end));
			}
			List<TextLink> links = new ArrayList<>();
			for (Link link : descendants(node, Link.class)) {
				int start = words.start(link);
				int end = words.end(link);
				links.add(new TextLink(words.text().substring(start, end), start, end, link.getUrl().unescape()));
			}
			return new Paragraph(number, id, renderer.render(node).strip(), MarginRendering.html(node, number, notes),
					words.text(), startPage, labels, breaks, breakOffsets, mentions, links);
		}

		/**
		 * Walks a block in reading order, turning each note reference into a {@link Note}
		 * and following the page breaks, so each note knows the printed page it is cited
		 * on.
		 */
		private List<String> collectNotes(Node block, String anchor, int paragraphNumber, MarkdownText words) {
			List<String> labels = new ArrayList<>();
			for (Node node : descendants(block, Node.class)) {
				if (node instanceof PageBreakNode pageBreak) {
					if (pageBreak.page() <= page) {
						throw problem(node, "page break [Page " + pageBreak.page() + "] does not follow page " + page);
					}
					page = pageBreak.page();
					pageBreaks.add(new PageBreak(page, anchor, words.start(pageBreak)));
				}
				else if (node instanceof Footnote reference) {
					String label = reference.getText().toString();
					FootnoteBlock definition = reference.getFootnoteBlock();
					if (definition == null) {
						throw problem(node, "note reference [^" + label + "] has no definition; add a line '[^" + label
								+ "]: …' at the end of the file");
					}
					if (!NOTE_LABEL.matcher(label).matches()) {
						throw problem(node, "note label [^" + label + "] may hold only letters and digits");
					}
					if (notes.containsKey(label)) {
						throw problem(node, "note [^" + label + "] is cited twice; each note is cited once");
					}
					if (definition.getFirstChild() == null || definition.getFirstChild() != definition.getLastChild()
							|| !(definition.getFirstChild() instanceof com.vladsch.flexmark.ast.Paragraph)) {
						throw problem(definition, "note [^" + label + "] must be a single paragraph of text");
					}
					if (!descendants(definition, Footnote.class).isEmpty()
							|| !descendants(definition, PageBreakNode.class).isEmpty()) {
						throw problem(definition, "note [^" + label + "] may not cite notes or mark page breaks");
					}
					notes.put(label, new Note(label, renderer.render(definition).strip(), MarkdownText.of(definition),
							anchor, paragraphNumber, page, words.start(reference)));
					labels.add(label);
				}
			}
			return labels;
		}

		private ContentException problem(Node node, String message) {
			return problems.at(node, message);
		}

		private int line(Node node) {
			return problems.line(node);
		}

	}

	static String describe(Node node) {
		String name = node.getClass().getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase();
		return node instanceof Heading heading ? "level-" + heading.getLevel() + " heading" : name;
	}

	/** The nodes of a type under a node, in reading order. */
	static <T extends Node> List<T> descendants(Node root, Class<T> type) {
		List<T> found = new ArrayList<>();
		for (Node node : root.getDescendants()) {
			if (type.isInstance(node)) {
				found.add(type.cast(node));
			}
		}
		return found;
	}

}
