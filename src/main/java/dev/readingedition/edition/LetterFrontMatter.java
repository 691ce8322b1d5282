package dev.readingedition.edition;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterNode;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Reads a letter's front matter, the fields between its two {@code ---} lines, into its
 * {@link Metadata}: each field known, given once, of its type (a slug, a number, a date,
 * a web address, a list of letters), every refusal naming the field and its line.
 */
final class LetterFrontMatter {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

	private static final Set<String> KNOWN_FIELDS = Set.of("slug", "document", "title", "author", "author-role",
			"recipient", "recipient-role", "place", "date", "dateline", "series", "volume", "volume-title", "editor",
			"general-editor", "publisher", "first-page", "source-url", "also-printed", "also-printed-url",
			"description", "published", "date-not-before", "date-not-after", "answers", "answered-by", "notes-by",
			"main-work");

	/**
	 * Front matter fields that may hold a list, one "- value" line each (or a single
	 * value on the field's line).
	 */
	private static final Set<String> LIST_FIELDS = Set.of("answers", "answered-by");

	/**
	 * A letter or document another letter answers: the slug of a letter of the edition,
	 * or a web address.
	 */
	private static final Pattern CORRESPONDENT_REF = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*|https?://\\S+");

	private LetterFrontMatter() {
	}

	/**
	 * The metadata of the front matter a letter's file must begin with.
	 * @param first the file's first block
	 * @throws ContentException when there is no front matter, or a field is unknown,
	 * repeated, missing or malformed
	 */
	static Metadata read(Node first, Problems problems) {
		if (!(first instanceof YamlFrontMatterBlock block)) {
			throw problems.at(first, "the file must begin with front matter between two '---' lines");
		}
		String text = block.getChars().trimEnd().toString();
		if (!text.endsWith("\n---") && !text.endsWith("\n...")) {
			throw problems.at(first, "the front matter that opens here is never closed by a '---' line");
		}
		Map<String, String> fields = new HashMap<>();
		Map<String, List<String>> lists = new HashMap<>();
		Map<String, Node> lines = new HashMap<>();
		for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
			if (child instanceof YamlFrontMatterNode field) {
				String key = field.getKey();
				if (!KNOWN_FIELDS.contains(key)) {
					throw problems.at(field, "unknown front matter field '" + key + "'; known fields are "
							+ String.join(", ", KNOWN_FIELDS.stream().sorted().toList()));
				}
				if (LIST_FIELDS.contains(key)) {
					lists.put(key, references(field, problems));
					lines.put(key, field);
					continue;
				}
				if (field.getValues().size() != 1 || field.getValues().get(0).isBlank()) {
					throw problems.at(field, "front matter field '" + key + "' needs exactly one value on its line");
				}
				if (fields.put(key, field.getValues().get(0).strip()) != null) {
					throw problems.at(field, "front matter field '" + key + "' is given twice");
				}
				lines.put(key, field);
			}
		}
		Fields f = new Fields(block, fields, lines, problems);
		String slug = f.required("slug");
		if (!SLUG.matcher(slug).matches()) {
			throw problems.at(lines.get("slug"),
					"slug '" + slug + "' may hold only lowercase letters, digits and single hyphens");
		}
		LocalDate notBefore = f.optionalDate("date-not-before");
		LocalDate notAfter = f.optionalDate("date-not-after");
		if ((notBefore == null) != (notAfter == null)) {
			throw problems.at(lines.get(notBefore == null ? "date-not-after" : "date-not-before"),
					"an undated letter gives both 'date-not-before' and 'date-not-after'");
		}
		LocalDate date;
		if (notBefore != null) {
			if (fields.containsKey("date")) {
				throw problems.at(lines.get("date"), "a letter has either an exact 'date' or the range "
						+ "'date-not-before' … 'date-not-after', not both");
			}
			if (notAfter.isBefore(notBefore)) {
				throw problems.at(lines.get("date-not-after"), "'date-not-after' comes before 'date-not-before'");
			}
			date = notBefore;
		}
		else {
			date = f.date("date");
		}
		String mainWork = f.optional("main-work");
		if (mainWork != null && !mainWork.equals("true") && !mainWork.equals("false")) {
			throw problems.at(lines.get("main-work"),
					"front matter field 'main-work' is true or false, not '" + mainWork + "'");
		}
		return new Metadata(slug, f.number("document"), f.required("title"), f.required("author"),
				f.optional("author-role"), f.required("recipient"), f.optional("recipient-role"),
				f.required("dateline"), date, f.required("series"), f.required("volume"), f.required("volume-title"),
				f.optional("editor"), f.optional("general-editor"), f.optional("publisher"), f.number("first-page"),
				f.url("source-url", true), f.optional("also-printed"), f.url("also-printed-url", false),
				f.optional("description"), f.optionalNumber("published"), f.optional("place"), notBefore, notAfter,
				lists.getOrDefault("answers", List.of()), lists.getOrDefault("answered-by", List.of()),
				f.optional("notes-by"), "true".equals(mainWork));
	}

	/**
	 * The values of a list field such as {@code answers}: each the slug of a letter of
	 * the edition or a web address (checked against the edition once every letter is
	 * loaded).
	 */
	private static List<String> references(YamlFrontMatterNode field, Problems problems) {
		List<String> values = new ArrayList<>();
		for (String value : field.getValues()) {
			String v = value.strip();
			if (v.isEmpty()) {
				continue;
			}
			if (!CORRESPONDENT_REF.matcher(v).matches()) {
				throw problems.at(field, "front matter field '" + field.getKey() + "' lists letters by their slug "
						+ "(or documents outside the edition by their web address), not '" + v + "'");
			}
			if (values.contains(v)) {
				throw problems.at(field, "front matter field '" + field.getKey() + "' names '" + v + "' twice");
			}
			values.add(v);
		}
		if (values.isEmpty()) {
			throw problems.at(field, "front matter field '" + field.getKey() + "' names no letter");
		}
		return List.copyOf(values);
	}

	/**
	 * Typed access to front matter fields, each failure naming the field and its line.
	 */
	private static final class Fields {

		private final Node block;

		private final Problems problems;

		private final Map<String, String> values;

		private final Map<String, Node> lines;

		Fields(Node block, Map<String, String> values, Map<String, Node> lines, Problems problems) {
			this.block = block;
			this.problems = problems;
			this.values = values;
			this.lines = lines;
		}

		String optional(String key) {
			return values.get(key);
		}

		String required(String key) {
			String value = values.get(key);
			if (value == null) {
				throw problems.at(block, "the front matter lacks the required field '" + key + "'");
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
			throw problems.at(lines.get(key),
					"front matter field '" + key + "' must be a positive whole number, not '" + value + "'");
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
				throw problems.at(lines.get(key),
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
			throw problems.at(lines.get(key),
					"front matter field '" + key + "' must be an http(s) address, not '" + value + "'");
		}

	}

}
