package dev.readingedition.edition;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterNode;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * Parses one letter's Markdown, once, into the immutable {@link Letter} model, and refuses bad content with the file
 * and line of the problem. Mentions of register entities, {@code [Ambassador Thompson]{ref=thompson}}, are resolved
 * against the {@link Register} as the letter is read. Thread-safe: the Flexmark parser and renderer are built once
 * and shared.
 */
public final class LetterParser {

	/** Where a note cited on the title line points back to. */
	public static final String TITLE_ANCHOR = "title";

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

	private static final Pattern NOTE_LABEL = Pattern.compile("[A-Za-z0-9]+");

	/** A paragraph id: {@code p} and a number, with letters after it for a paragraph added between two others. */
	static final Pattern PARAGRAPH_ID = Pattern.compile("p[0-9]+[a-z]*");

	private static final Set<String> KNOWN_FIELDS = Set.of("slug", "document", "title", "author", "author-role",
			"recipient", "recipient-role", "place", "date", "dateline", "series", "volume", "volume-title", "editor",
			"general-editor", "publisher", "first-page", "source-url", "also-printed", "also-printed-url",
			"description", "published", "date-not-before", "date-not-after", "answers", "answered-by", "notes-by",
			"main-work");

	/** Front matter fields that may hold a list, one "- value" line each (or a single value on the field's line). */
	private static final Set<String> LIST_FIELDS = Set.of("answers", "answered-by");

	/** A letter or document another letter answers: the slug of a letter of the edition, or a web address. */
	private static final Pattern CORRESPONDENT_REF = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*|https?://\\S+");

	private final Parser parser;

	private final HtmlRenderer renderer;

	public LetterParser() {
		this.parser = Parser
			.builder(new MutableDataSet().set(Parser.EXTENSIONS,
					List.of(YamlFrontMatterExtension.create(), FootnoteExtension.create(), new PageBreakExtension(),
							AttributesExtension.create())))
			.build();
		this.renderer = EditionRendering.renderer();
	}

	/**
	 * Parses a letter that marks no mentions of register entities.
	 * @param sourceName the file's name as the editor knows it, used in error messages
	 * @param markdown the file's text
	 * @return the letter
	 * @throws ContentException when the content is malformed or incomplete, naming file and line
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
	 * @throws ContentException when the content is malformed or incomplete, or a mention refers to no entity,
	 * naming file and line
	 */
	public Letter parse(String sourceName, String markdown, Register register) {
		if (markdown.isBlank()) {
			throw new ContentException(sourceName, 0, "the file is empty");
		}
		Document document = parser.parse(markdown);
		return new Reader(sourceName, markdown, document, register).read();
	}

	/** Reads one parsed document; holds the state of a single parse, so it is never shared. */
	private final class Reader {

		private final String sourceName;

		private final String markdown;

		private final Document document;

		private final Register register;

		private final Map<String, Note> notes = new LinkedHashMap<>();

		private final List<PageBreak> pageBreaks = new ArrayList<>();

		private int page;

		Reader(String sourceName, String markdown, Document document, Register register) {
			this.sourceName = sourceName;
			this.markdown = markdown;
			this.document = document;
			this.register = register;
		}

		Letter read() {
			Node first = document.getFirstChild();
			if (!(first instanceof YamlFrontMatterBlock frontMatter)) {
				throw problem(first, "the file must begin with front matter between two '---' lines");
			}
			String frontMatterText = frontMatter.getChars().trimEnd().toString();
			if (!frontMatterText.endsWith("\n---") && !frontMatterText.endsWith("\n...")) {
				throw problem(first, "the front matter that opens here is never closed by a '---' line");
			}
			Metadata meta = metadata(frontMatter);
			page = meta.firstPage();
			resolveMentions();
			// "Page 820 of vol. XIV": the page's head names the series and the volume in full.
			document.set(EditionRendering.PRINTED_IN, "vol. " + meta.volume());
			String titleHtml = null;
			String titleMarginHtml = "";
			List<Paragraph> paragraphs = new ArrayList<>();
			Map<String, Node> paragraphIds = new HashMap<>();
			Map<String, FootnoteBlock> definitions = new LinkedHashMap<>();
			for (Node node = first.getNext(); node != null; node = node.getNext()) {
				if (node instanceof Heading heading && heading.getLevel() == 1 && titleHtml == null
						&& paragraphs.isEmpty()) {
					refuseAttributes(heading, null);
					Words words = new Words(heading);
					collectNotes(heading, TITLE_ANCHOR, 0, words);
					titleHtml = renderer.render(heading).strip();
					titleMarginHtml = MarginRendering.html(heading, 0, notes);
					String written = words.text();
					if (!written.equals(meta.title())) {
						throw problem(heading,
								"the heading \"" + written + "\" differs from the front matter's title \""
										+ meta.title() + "\"");
					}
				}
				else if (node instanceof com.vladsch.flexmark.ast.Paragraph paragraph) {
					if (titleHtml == null) {
						throw problem(node, "the letter needs its title as a '# ' heading before the first paragraph");
					}
					Paragraph read = paragraph(paragraph, paragraphs.size() + 1);
					Node other = paragraphIds.putIfAbsent(read.id(), node);
					if (other != null) {
						throw problem(node, "this paragraph and the one on line " + line(other) + " both have the id '"
								+ read.id() + "'; a paragraph is p and its number unless it pins an id of its own "
								+ "with a trailing {#id}, so pin a new id (such as {#" + read.id() + "a}) on the one "
								+ "that is not the paragraph published as " + read.id());
					}
					paragraphs.add(read);
				}
				else if (node instanceof FootnoteBlock definition) {
					refuseAttributes(definition, null);
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
			refuseAttributes(node, pin);
			String id = pin == null ? "p" + number : pinnedId(pin);
			int startPage = page;
			Words words = new Words(node);
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
		 * Turns each marked phrase, {@code [phrase]{ref=id}}, into a {@link MentionNode} tied to its register entity,
		 * numbering each entity's mentions in reading order. Braces mean nothing else in a letter, so any other use
		 * of them is refused rather than silently dropped from the page.
		 */
		private void resolveMentions() {
			Map<String, Integer> counts = new HashMap<>();
			for (AttributesNode attributes : descendants(document, AttributesNode.class)) {
				if (isParagraphPin(attributes)) {
					// A paragraph's trailing {#p11} pins its id; paragraph() reads it.
					continue;
				}
				if (!(attributes.getPrevious() instanceof LinkRef phrase) || phrase.isDefined()) {
					throw strayBraces(attributes);
				}
				String words = plainText(phrase);
				RenditionNode.Rendition rendition = rendition(attributes);
				if (rendition != null) {
					if (words.isBlank()) {
						throw problem(attributes, "the phrase [" + words + "] in " + rendition.code()
								+ " must hold words of the letter");
					}
					RenditionNode rendered = new RenditionNode(
							phrase.getChars().baseSubSequence(phrase.getStartOffset(), attributes.getEndOffset()),
							rendition);
					rendered.takeChildren(phrase);
					phrase.insertBefore(rendered);
					phrase.unlink();
					attributes.unlink();
					continue;
				}
				Node block = phrase.getParent();
				while (!(block.getParent() instanceof Document)) {
					if (block instanceof LinkRef || block instanceof MentionNode) {
						throw problem(attributes, "the mention [" + words + "] stands inside another mention");
					}
					block = block.getParent();
				}
				if (!(block instanceof com.vladsch.flexmark.ast.Paragraph)) {
					throw problem(attributes, "the mention [" + words + "] is not in a paragraph of the letter; "
							+ "mentions are marked in the paragraphs, not in the title or the notes");
				}
				if (words.isBlank()) {
					throw problem(attributes, "the mention [" + words + "] must hold words of the letter");
				}
				Entity entity = entity(attributes, words);
				MentionNode mention = new MentionNode(
						phrase.getChars().baseSubSequence(phrase.getStartOffset(), attributes.getEndOffset()), entity,
						counts.merge(entity.id(), 1, Integer::sum));
				mention.takeChildren(phrase);
				phrase.insertBefore(mention);
				phrase.unlink();
				attributes.unlink();
			}
		}

		/**
		 * The rendition that braces holding one class alone name, such as {@code {.smallcaps}}, or {@code null} when
		 * they name none (then they must mark a mention).
		 */
		private static RenditionNode.Rendition rendition(AttributesNode attributes) {
			Node only = attributes.getFirstChild();
			if (only instanceof AttributeNode attribute && only.getNext() == null && attribute.isClass()) {
				return RenditionNode.Rendition.ofCode(attribute.getValue().toString()).orElse(null);
			}
			return null;
		}

		private static boolean isParagraphPin(AttributesNode attributes) {
			Node parent = attributes.getParent();
			return parent instanceof com.vladsch.flexmark.ast.Paragraph && parent.getParent() instanceof Document
					&& parent.getLastChild() == attributes && !(attributes.getPrevious() instanceof LinkRef)
					&& attributes.getFirstChild() instanceof AttributeNode attribute && attribute.isId();
		}

		/**
		 * Flexmark reads any {@code {…}} as attributes and would drop it from the text; the edition gives braces two
		 * meanings only, so that no braces in a letter vanish unnoticed.
		 */
		private ContentException strayBraces(AttributesNode attributes) {
			return problem(attributes, attributes.getChars() + " is read as attributes, which the edition allows only "
					+ "to mark a mention, as in '[Ambassador Thompson]{ref=thompson}', or at the end of a paragraph to "
					+ "pin its id, such as {#p12}; to keep braces as text, write \\{ and \\}");
		}

		/** The entity a mention's braces refer to: {@code ref=id}, and optionally the entity's kind as a class. */
		private Entity entity(AttributesNode attributes, String words) {
			String ref = null;
			String kind = null;
			for (Node child = attributes.getFirstChild(); child != null; child = child.getNext()) {
				AttributeNode attribute = (AttributeNode) child;
				if (!attribute.isImplicitName() && attribute.getName().equals("ref") && ref == null) {
					ref = attribute.getValue().toString();
				}
				else if (attribute.isClass() && kind == null) {
					kind = attribute.getValue().toString();
				}
				else {
					throw problem(attributes, "the mention [" + words + "] may carry only ref=<entity id> and the "
							+ "entity's kind, as in '{.person ref=thompson}', not '" + attribute.getChars() + "'");
				}
			}
			if (ref == null || ref.isEmpty()) {
				throw problem(attributes, "the mention [" + words + "] needs the id of its entity, as in '{ref=thompson}'");
			}
			String id = ref;
			Entity entity = register.entity(id)
				.orElseThrow(() -> problem(attributes, "the mention [" + words + "] refers to '" + id + "', which "
						+ (register == Register.EMPTY
								? "no register defines: the content folder needs its " + EditionLoader.REGISTER
								: "the register (" + register.sourceName() + ") does not define")));
			if (kind != null && !kind.equals(entity.kind().code())) {
				throw problem(attributes, "the mention [" + words + "] calls '" + id + "' a " + kind
						+ ", but the register has it as a " + entity.kind().code());
			}
			return entity;
		}

		/**
		 * The id a paragraph pins with a trailing {@code {#p11}}, so that links to it survive when paragraphs are
		 * added or removed before it.
		 */
		private String pinnedId(AttributesNode pin) {
			Node only = pin.getFirstChild();
			if (only instanceof AttributeNode attribute && only.getNext() == null && attribute.isId()
					&& PARAGRAPH_ID.matcher(attribute.getValue()).matches()) {
				return attribute.getValue().toString();
			}
			throw problem(pin, "a paragraph may end with its id alone, such as {#p12} (p, a number, perhaps letters), "
					+ "not " + pin.getChars());
		}

		/**
		 * Flexmark reads any {@code {…}} as attributes and would drop it from the text; the edition allows only a
		 * paragraph's trailing id, so that no braces in a letter vanish unnoticed.
		 */
		private void refuseAttributes(Node block, AttributesNode allowed) {
			for (AttributesNode attributes : descendants(block, AttributesNode.class)) {
				if (attributes != allowed) {
					throw strayBraces(attributes);
				}
			}
		}

		/**
		 * Walks a block in reading order, turning each note reference into a {@link Note} and following the page
		 * breaks, so each note knows the printed page it is cited on.
		 */
		private List<String> collectNotes(Node block, String anchor, int paragraphNumber, Words words) {
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
						throw problem(node, "note reference [^" + label + "] has no definition; add a line '[^"
								+ label + "]: …' at the end of the file");
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
					notes.put(label, new Note(label, renderer.render(definition).strip(), plainText(definition),
							anchor, paragraphNumber, page, words.start(reference)));
					labels.add(label);
				}
			}
			return labels;
		}

		private Metadata metadata(YamlFrontMatterBlock block) {
			Map<String, String> fields = new HashMap<>();
			Map<String, List<String>> lists = new HashMap<>();
			Map<String, Node> lines = new HashMap<>();
			for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
				if (child instanceof YamlFrontMatterNode field) {
					String key = field.getKey();
					if (!KNOWN_FIELDS.contains(key)) {
						throw problem(field, "unknown front matter field '" + key + "'; known fields are "
								+ String.join(", ", KNOWN_FIELDS.stream().sorted().toList()));
					}
					if (LIST_FIELDS.contains(key)) {
						lists.put(key, references(field));
						lines.put(key, field);
						continue;
					}
					if (field.getValues().size() != 1 || field.getValues().get(0).isBlank()) {
						throw problem(field, "front matter field '" + key + "' needs exactly one value on its line");
					}
					if (fields.put(key, field.getValues().get(0).strip()) != null) {
						throw problem(field, "front matter field '" + key + "' is given twice");
					}
					lines.put(key, field);
				}
			}
			Fields f = new Fields(block, fields, lines);
			String slug = f.required("slug");
			if (!SLUG.matcher(slug).matches()) {
				throw problem(lines.get("slug"),
						"slug '" + slug + "' may hold only lowercase letters, digits and single hyphens");
			}
			LocalDate notBefore = f.optionalDate("date-not-before");
			LocalDate notAfter = f.optionalDate("date-not-after");
			if ((notBefore == null) != (notAfter == null)) {
				throw problem(lines.get(notBefore == null ? "date-not-after" : "date-not-before"),
						"an undated letter gives both 'date-not-before' and 'date-not-after'");
			}
			LocalDate date;
			if (notBefore != null) {
				if (fields.containsKey("date")) {
					throw problem(lines.get("date"), "a letter has either an exact 'date' or the range "
							+ "'date-not-before' … 'date-not-after', not both");
				}
				if (notAfter.isBefore(notBefore)) {
					throw problem(lines.get("date-not-after"), "'date-not-after' comes before 'date-not-before'");
				}
				date = notBefore;
			}
			else {
				date = f.date("date");
			}
			String mainWork = f.optional("main-work");
			if (mainWork != null && !mainWork.equals("true") && !mainWork.equals("false")) {
				throw problem(lines.get("main-work"), "front matter field 'main-work' is true or false, not '"
						+ mainWork + "'");
			}
			return new Metadata(slug, f.number("document"), f.required("title"), f.required("author"),
					f.optional("author-role"), f.required("recipient"), f.optional("recipient-role"),
					f.required("dateline"), date, f.required("series"), f.required("volume"),
					f.required("volume-title"), f.optional("editor"), f.optional("general-editor"),
					f.optional("publisher"), f.number("first-page"), f.url("source-url", true),
					f.optional("also-printed"), f.url("also-printed-url", false), f.optional("description"),
					f.optionalNumber("published"), f.optional("place"), notBefore, notAfter,
					lists.getOrDefault("answers", List.of()), lists.getOrDefault("answered-by", List.of()),
					f.optional("notes-by"), "true".equals(mainWork));
		}

		/**
		 * The values of a list field such as {@code answers}: each the slug of a letter of the edition or a web
		 * address (checked against the edition once every letter is loaded).
		 */
		private List<String> references(YamlFrontMatterNode field) {
			List<String> values = new ArrayList<>();
			for (String value : field.getValues()) {
				String v = value.strip();
				if (v.isEmpty()) {
					continue;
				}
				if (!CORRESPONDENT_REF.matcher(v).matches()) {
					throw problem(field, "front matter field '" + field.getKey() + "' lists letters by their slug "
							+ "(or documents outside the edition by their web address), not '" + v + "'");
				}
				if (values.contains(v)) {
					throw problem(field, "front matter field '" + field.getKey() + "' names '" + v + "' twice");
				}
				values.add(v);
			}
			if (values.isEmpty()) {
				throw problem(field, "front matter field '" + field.getKey() + "' names no letter");
			}
			return List.copyOf(values);
		}

		/** Typed access to front matter fields, each failure naming the field and its line. */
		private final class Fields {

			private final Node block;

			private final Map<String, String> values;

			private final Map<String, Node> lines;

			Fields(Node block, Map<String, String> values, Map<String, Node> lines) {
				this.block = block;
				this.values = values;
				this.lines = lines;
			}

			String optional(String key) {
				return values.get(key);
			}

			String required(String key) {
				String value = values.get(key);
				if (value == null) {
					throw problem(block, "the front matter lacks the required field '" + key + "'");
				}
				return value;
			}

			int number(String key) {
				return number(key, required(key));
			}

			Integer optionalNumber(String key) {
				String value = optional(key);
				return value == null ? null : number(key, value);
			}

			private int number(String key, String value) {
				try {
					int number = Integer.parseInt(value);
					if (number > 0) {
						return number;
					}
				}
				catch (NumberFormatException ex) {
					// reported below, with the line
				}
				throw problem(lines.get(key), "front matter field '" + key + "' must be a positive whole number, not '"
						+ value + "'");
			}

			LocalDate optionalDate(String key) {
				return values.containsKey(key) ? date(key) : null;
			}

			LocalDate date(String key) {
				String value = required(key);
				try {
					return LocalDate.parse(value);
				}
				catch (DateTimeParseException ex) {
					throw problem(lines.get(key),
							"front matter field '" + key + "' must be a date like 1962-02-15, not '" + value + "'");
				}
			}

			URI url(String key, boolean required) {
				String value = required ? required(key) : optional(key);
				if (value == null) {
					return null;
				}
				try {
					URI uri = new URI(value);
					if ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) {
						return uri;
					}
				}
				catch (URISyntaxException ex) {
					// reported below, with the line
				}
				throw problem(lines.get(key),
						"front matter field '" + key + "' must be an http(s) address, not '" + value + "'");
			}

		}

		private ContentException problem(Node node, String message) {
			return new ContentException(sourceName, node == null ? 0 : line(node), message);
		}

		private int line(Node node) {
			return document.getLineNumber(node.getStartOffset()) + 1;
		}

	}

	static String describe(Node node) {
		String name = node.getClass().getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase();
		return node instanceof Heading heading ? "level-" + heading.getLevel() + " heading" : name;
	}

	private static <T extends Node> List<T> descendants(Node root, Class<T> type) {
		List<T> found = new ArrayList<>();
		for (Node node : root.getDescendants()) {
			if (type.isInstance(node)) {
				found.add(type.cast(node));
			}
		}
		return found;
	}

	/**
	 * The words of a block as a reader would copy them: no note marks, no page marks, no pinned id, line breaks as
	 * spaces.
	 */
	static String plainText(Node block) {
		return new Words(block).text();
	}

	/**
	 * The words of a block as a reader would copy them, and where each note reference and each mention falls in
	 * them. White space is collapsed as it is read (as {@link TextMarker} reads the rendered HTML), so the places
	 * count characters of the final text.
	 */
	static final class Words {

		private final StringBuilder text = new StringBuilder();

		private final Map<Node, int[]> places = new IdentityHashMap<>();

		Words(Node block) {
			append(block);
			// A removed mark at the end leaves its space behind; the text ends with a word.
			if (!text.isEmpty() && text.charAt(text.length() - 1) == ' ') {
				text.setLength(text.length() - 1);
			}
		}

		String text() {
			return text.toString();
		}

		/**
		 * Where a mention's phrase starts, or where a note reference or page break stands: the number of characters
		 * before it.
		 */
		int start(Node node) {
			return Math.min(places.get(node)[0], text.length());
		}

		/** Where a mention's phrase ends (exclusive); for a note reference, the same as its start. */
		int end(Node node) {
			return Math.min(places.get(node)[1], text.length());
		}

		private void append(Node node) {
			for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
				if (child instanceof LinkRef reference && !reference.isDefined()) {
					// An unresolved [bracket] is shown as written, brackets and all.
					add(child.getChars().unescape());
				}
				else if (child instanceof Text || child instanceof HtmlEntity) {
					add(child.getChars().unescape());
				}
				else if (child instanceof Code code) {
					add(code.getText());
				}
				else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
					add(" ");
				}
				else if (child instanceof Footnote || child instanceof PageBreakNode) {
					places.put(child, new int[] { text.length(), text.length() });
				}
				else if (child instanceof MentionNode || child instanceof Link) {
					int start = text.length();
					append(child);
					// A phrase's edge spaces belong to the sentence around it, not to the phrase.
					while (start < text.length() && text.charAt(start) == ' ') {
						start++;
					}
					int end = text.length();
					while (end > start && text.charAt(end - 1) == ' ') {
						end--;
					}
					places.put(child, new int[] { start, end });
				}
				else if (!(child instanceof AttributesNode)) {
					append(child);
				}
			}
		}

		/** Appends text, collapsing each run of white space to one space and dropping it at the start. */
		private void add(CharSequence chars) {
			WhiteSpace.appendCollapsed(text, chars);
		}

	}

}
