package dev.readingedition.about;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The facts the front matter's Markdown may ask for, written {@code {{name}}} or
 * {@code {{name argument …}}}: each is computed from the edition being served (its
 * letters, notes, printings, collation) or from the code (its citations, its downloads),
 * so a page never states a count, a date or an example that the edition does not bear
 * out. A block fact (a list, a table, a set of citations) stands alone in its paragraph;
 * an inline fact stands in a sentence.
 */
public enum Fact {

	/** How many letters the edition holds. */
	LETTERS_COUNT("letters.count", false, 0),

	/**
	 * The letters, in date order, each with its writer, recipient, date, printing and
	 * link.
	 */
	LETTERS_LIST("letters.list", true, 0),

	/** The date of the earliest letter. */
	LETTERS_FIRST_DATE("letters.first-date", false, 0),

	/** The date of the latest letter. */
	LETTERS_LAST_DATE("letters.last-date", false, 0),

	/** How many paragraphs the letters have in all. */
	PARAGRAPHS_COUNT("paragraphs.count", false, 0),

	/** How many notes the letters carry in all. */
	NOTES_COUNT("notes.count", false, 0),

	/** How many of the notes this edition wrote. */
	NOTES_EDITION_COUNT("notes.edition-count", false, 0),

	/** How many of the notes are the FRUS editors', reproduced from the volume. */
	NOTES_FRUS_COUNT("notes.frus-count", false, 0),

	/** How many glosses of names and terms the register holds. */
	GLOSSES_COUNT("glosses.count", false, 0),

	/** The edition's main work, as a link with its date. */
	MAIN_WORK("main-work", false, 0),

	/** What the main work answers and what answers it, as links. */
	MAIN_WORK_THREAD("main-work.thread", true, 0),

	/**
	 * Each letter printed twice, with both printings: volume, document, pages, address,
	 * the file it is read from.
	 */
	PRINTINGS_LIST("printings.list", true, 0),

	/** The source notes of the printings, as each printing has them. */
	PRINTINGS_SOURCE_NOTES("printings.source-notes", true, 0),

	/** The printed pages of every printing, each with its address in the edition. */
	PAGES_LIST("pages.list", true, 0),

	/** How many variants the collation shows. */
	VARIANTS_COUNT("variants.count", false, 0),

	/** The variants the collation found, in the order of the text, with their kinds. */
	VARIANTS_LIST("variants.list", true, 0),

	/**
	 * How many differences the collation found in the encoding alone, and does not show.
	 */
	VARIANTS_ENCODING_COUNT("variants.encoding-count", false, 0),

	/** The places of the differences of the encoding alone. */
	VARIANTS_ENCODING_LIST("variants.encoding-list", true, 0),

	/** The link to the page that sets the main work's printings side by side. */
	COMPARE_LINK("compare.link", false, 0),

	/** The main work cited whole, in every style the edition offers. */
	CITE_LETTER("cite.letter", true, 0),

	/**
	 * One paragraph of the main work cited, given its id: {@code {{cite.paragraph p6}}}.
	 */
	CITE_PARAGRAPH("cite.paragraph", true, 1),

	/**
	 * One printed page of the main work in a printing, given its siglum and page:
	 * {@code {{cite.page VI 94}}}.
	 */
	CITE_PAGE("cite.page", true, 2),

	/** Every download and programming interface, with its address and format. */
	DATA_LIST("data.list", true, 0),

	/** What may be done with what: the documents, the code, the notes. */
	LICENCES_LIST("licences.list", true, 0),

	/** The pages of the front matter, with their descriptions. */
	FRONT_MATTER_LIST("front-matter.list", true, 0);

	private final String key;

	private final boolean block;

	private final int arguments;

	Fact(String key, boolean block, int arguments) {
		this.key = key;
		this.block = block;
		this.arguments = arguments;
	}

	/** The name the Markdown asks for it by. */
	public String key() {
		return key;
	}

	/**
	 * Whether it is a list or a table that stands alone in its paragraph, rather than
	 * words in a sentence.
	 */
	public boolean block() {
		return block;
	}

	/** How many arguments it takes after its name. */
	public int arguments() {
		return arguments;
	}

	public static Optional<Fact> named(String key) {
		return Arrays.stream(values()).filter((fact) -> fact.key.equals(key)).findFirst();
	}

	/** Every name, for an editor who mistyped one. */
	static String names() {
		return Arrays.stream(values()).map(Fact::key).collect(Collectors.joining(", "));
	}

	/**
	 * One place where a page asks for a fact.
	 *
	 * @param fact the fact
	 * @param arguments what follows its name
	 * @param line the line of the page's file it is on, from 1
	 */
	public record Use(Fact fact, List<String> arguments, int line) {

		public Use {
			arguments = List.copyOf(arguments);
		}

	}

}
