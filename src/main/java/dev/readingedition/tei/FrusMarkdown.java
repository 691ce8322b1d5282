package dev.readingedition.tei;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.readingedition.edition.Entity;
import dev.readingedition.edition.Register;

/**
 * Writes a {@link FrusDocument} as a letter of the edition in its Markdown form (front
 * matter, title, paragraphs, notes), so that the pipeline stays Markdown → Flexmark →
 * model. FRUS's notes stay the FRUS editors' notes, at their places; page breaks stand
 * where they fall; a name or term becomes a mention where the register maps the volume's
 * id to an entity; a reference to a document the edition holds becomes a link to that
 * letter, and any other reference a link to the Office of the Historian's page. Not
 * thread-safe; one writer per document.
 */
public final class FrusMarkdown {

	/**
	 * Who the imported notes are by, as the front matter says so and the reading page
	 * labels them.
	 */
	public static final String NOTES_BY = "the FRUS editors";

	/**
	 * A written letter.
	 *
	 * @param slug the letter's address under {@code /letters/}
	 * @param markdown the file's text
	 * @param unmarked the volume's ids of names and terms that stay plain text because
	 * the register does not map them
	 * @param answers what the letter answers, as written into its front matter
	 */
	public record Result(String slug, String markdown, Set<String> unmarked, List<String> answers) {
	}

	private final FrusDocument document;

	private final Volume volume;

	private final ListOfNames names;

	private final Register register;

	private final Map<String, String> held;

	private final Set<String> unmarked = new LinkedHashSet<>();

	/**
	 * @param document the document read from TEI
	 * @param volume the volume it is printed in
	 * @param names the volume's List of Names, for the sender and addressee
	 * @param register the edition's register, whose entries map the volume's ids to
	 * entities
	 * @param held the documents the edition holds, {@code volume/dN} (e.g.
	 * {@code frus1961-63v06/d34}) to the letter's slug
	 */
	public FrusMarkdown(FrusDocument document, Volume volume, ListOfNames names, Register register,
			Map<String, String> held) {
		this.document = Objects.requireNonNull(document, "document");
		this.volume = Objects.requireNonNull(volume, "volume");
		this.names = Objects.requireNonNull(names, "names");
		this.register = Objects.requireNonNull(register, "register");
		this.held = Map.copyOf(held);
	}

	/**
	 * The letter's slug: sender, addressee and date, e.g.
	 * {@code khrushchev-to-kennedy-1961-12-13}.
	 */
	public String defaultSlug() {
		String date = document.when() != null ? document.when().toString()
				: document.notBefore() != null ? "undated-" + document.notBefore() : "undated";
		return surname(document.fromRef()) + "-to-" + surname(document.toRef()) + "-" + date;
	}

	public Result write(String slug) {
		ListOfNames.Person from = person(document.fromRef(), "sender (persName type=\"from\")");
		ListOfNames.Person to = person(document.toRef(), "addressee (persName type=\"to\")");
		String title = plain(document.title());
		List<String> answers = answers();
		StringBuilder md = new StringBuilder();
		md.append("---\n");
		field(md, "slug", slug);
		field(md, "document", String.valueOf(document.number()));
		field(md, "title", title);
		field(md, "author", from.name());
		field(md, "author-role", from.office());
		field(md, "recipient", to.name());
		field(md, "recipient-role", to.office());
		field(md, "place", document.place());
		if (document.when() != null) {
			field(md, "date", document.when().toString());
		}
		else if (document.notBefore() != null) {
			field(md, "date-not-before", document.notBefore().toString());
			field(md, "date-not-after", document.notAfter().toString());
		}
		else {
			throw new TeiException(document.file(), 0, document.id() + ": the <dateline> has no <date>");
		}
		field(md, "dateline", plain(document.dateline()));
		field(md, "series", volume.series());
		field(md, "volume", volume.number());
		field(md, "volume-title", volume.title());
		field(md, "editor", volume.editor());
		field(md, "general-editor", volume.generalEditor());
		field(md, "publisher", volume.publisher());
		if (volume.published() != null) {
			field(md, "published", volume.published().toString());
		}
		if (document.firstPage() < 1) {
			throw new TeiException(document.file(), 0, document.id() + " has no page break, so its first printed "
					+ "page is not known from the document alone");
		}
		field(md, "first-page", String.valueOf(document.firstPage()));
		field(md, "source-url", FrusDocument.historyStateGov(volume.id(), document.id()));
		field(md, "notes-by", NOTES_BY);
		if (!answers.isEmpty()) {
			md.append("answers:\n");
			for (String answer : answers) {
				md.append("  - ").append(answer).append('\n');
			}
		}
		md.append("---\n\n");
		md.append("# ").append(escape(title, true)).append(noteRefs(document.title())).append("\n\n");
		for (FrusDocument.Block block : document.blocks()) {
			md.append(block.kind() == FrusDocument.BlockKind.SIGNED ? signed(block)
					: inline(block.content(), true, true));
			md.append("\n\n");
		}
		for (FrusDocument.Note note : document.notes()) {
			md.append("[^")
				.append(note.label())
				.append("]: ")
				.append(inline(note.content(), false, true))
				.append("\n\n");
		}
		return new Result(slug, md.toString().stripTrailing() + "\n", Set.copyOf(unmarked), answers);
	}

	/**
	 * What the letter answers: the documents that the notes of its first paragraph refer
	 * to as a whole, the way FRUS identifies the letter a reply begins by acknowledging
	 * ("I have received your message …", note 1: "Document 34"). References to a note or
	 * a page are not answers.
	 */
	private List<String> answers() {
		Set<String> answers = new LinkedHashSet<>();
		FrusDocument.Block first = document.blocks().get(0);
		for (Inline inline : first.content()) {
			if (inline instanceof Inline.NoteRef ref) {
				FrusDocument.Note note = document.notes()
					.stream()
					.filter((n) -> n.label().equals(ref.label()))
					.findFirst()
					.orElseThrow();
				for (Inline.Ref target : refs(note.content(), new ArrayList<>())) {
					if (target.wholeDocument()) {
						answers.add(target(target));
					}
				}
			}
		}
		return List.copyOf(answers);
	}

	private static List<Inline.Ref> refs(List<Inline> content, List<Inline.Ref> found) {
		for (Inline inline : content) {
			if (inline instanceof Inline.Ref ref) {
				found.add(ref);
			}
			else if (inline instanceof Inline.Rendition rendition) {
				refs(rendition.content(), found);
			}
		}
		return found;
	}

	/**
	 * Where a reference leads: the slug of a letter the edition holds, or the online
	 * edition's page.
	 */
	private String target(Inline.Ref ref) {
		String documentId = ref.document();
		if (documentId != null) {
			String slug = held.get(ref.volume() + "/" + documentId);
			if (slug != null) {
				return slug;
			}
			return FrusDocument.historyStateGov(ref.volume(), documentId);
		}
		return FrusDocument.historyStateGov(ref.volume(), ref.fragment());
	}

	private String href(Inline.Ref ref) {
		String target = target(ref);
		if (target.startsWith("https://")) {
			return target;
		}
		// A note of a letter the edition holds: its margin note on the reading page.
		String fragment = ref.fragment();
		int fn = fragment.indexOf("fn");
		return "/letters/" + target + (fn < 0 ? "" : "#n" + fragment.substring(fn + 2));
	}

	private String signed(FrusDocument.Block block) {
		List<Inline> content = new ArrayList<>(block.content());
		StringBuilder notes = new StringBuilder();
		while (!content.isEmpty() && content.get(content.size() - 1) instanceof Inline.NoteRef ref) {
			notes.insert(0, "[^" + ref.label() + "]");
			content.remove(content.size() - 1);
		}
		for (Inline inline : content) {
			if (inline instanceof Inline.NoteRef || inline instanceof Inline.PageBreak) {
				throw new TeiException(document.file(), block.line(), "a note or page break inside the <signed> "
						+ "of " + document.id() + "; the edition keeps them after the signature");
			}
		}
		// Names in a signature stay plain: a mention cannot stand inside the signature's
		// own brackets.
		return "[" + inline(content, false, false) + "]{.signed}" + notes;
	}

	/**
	 * Inline content as Markdown.
	 * @param mentions whether names become mentions (in paragraphs) or stay plain text
	 * (notes, renditions)
	 * @param blockStart whether the content opens a block, where Markdown would read some
	 * characters as syntax
	 */
	private String inline(List<Inline> content, boolean mentions, boolean blockStart) {
		StringBuilder md = new StringBuilder();
		for (Inline inline : content) {
			boolean start = blockStart && md.isEmpty();
			if (inline instanceof Inline.Text text) {
				md.append(escape(text.text(), start));
			}
			else if (inline instanceof Inline.NoteRef ref) {
				md.append("[^").append(ref.label()).append(']');
			}
			else if (inline instanceof Inline.PageBreak pb) {
				md.append("[Page ").append(pb.page()).append(']');
			}
			else if (inline instanceof Inline.Name name) {
				md.append(name(name, mentions, start));
			}
			else if (inline instanceof Inline.Rendition rendition) {
				md.append(rendition(rendition, mentions, start));
			}
			else if (inline instanceof Inline.Ref ref) {
				md.append('[').append(inline(ref.content(), false, false)).append("](").append(href(ref)).append(')');
			}
		}
		return md.toString();
	}

	private String name(Inline.Name name, boolean mentions, boolean start) {
		String words = inline(name.content(), false, start);
		if (!mentions) {
			return words;
		}
		Entity entity = register.entityByFrusId(name.ref()).orElse(null);
		if (entity == null) {
			unmarked.add(name.ref());
			return words;
		}
		return "[" + inline(name.content(), false, false) + "]{ref=" + entity.id() + "}";
	}

	private String rendition(Inline.Rendition rendition, boolean mentions, boolean start) {
		if (rendition.rend().equals("smallcaps")) {
			return "[" + inline(rendition.content(), false, false) + "]{.smallcaps}";
		}
		String delimiter = rendition.rend().equals("strong") ? "**" : "*";
		// Emphasis opens and closes on words: white space at its edges stands outside the
		// delimiters.
		String inner = inline(rendition.content(), mentions, false);
		String leading = inner.substring(0, inner.length() - inner.stripLeading().length());
		String trailing = inner.substring(inner.stripTrailing().length());
		String core = inner.strip();
		if (core.isEmpty()) {
			return inner;
		}
		return leading + delimiter + core + delimiter + trailing;
	}

	/**
	 * Text without its marks: names and references as their words, notes and page breaks
	 * left out.
	 */
	private static String plain(List<Inline> content) {
		StringBuilder text = new StringBuilder();
		for (Inline inline : content) {
			if (inline instanceof Inline.Text t) {
				text.append(t.text());
			}
			else if (inline instanceof Inline.Name name) {
				text.append(plain(name.content()));
			}
			else if (inline instanceof Inline.Rendition rendition) {
				text.append(plain(rendition.content()));
			}
			else if (inline instanceof Inline.Ref ref) {
				text.append(plain(ref.content()));
			}
		}
		return text.toString().strip();
	}

	private static String noteRefs(List<Inline> content) {
		StringBuilder refs = new StringBuilder();
		for (Inline inline : content) {
			if (inline instanceof Inline.NoteRef ref) {
				refs.append("[^").append(ref.label()).append(']');
			}
		}
		return refs.toString();
	}

	/**
	 * Escapes what Markdown (with the edition's extensions) would read as syntax, so the
	 * letter's words arrive as written: emphasis, brackets, braces, code, HTML and
	 * entities anywhere; at the start of a block, headings, quotes, list markers.
	 */
	static String escape(String text, boolean blockStart) {
		StringBuilder out = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ("\\`*_[]{}<>&~^|".indexOf(c) >= 0) {
				out.append('\\');
			}
			else if (blockStart && i == 0 && "#+-=".indexOf(c) >= 0) {
				out.append('\\');
			}
			out.append(c);
		}
		if (blockStart) {
			// "1. " or "1) " at the start of a block opens a numbered list.
			int digits = 0;
			while (digits < out.length() && Character.isDigit(out.charAt(digits))) {
				digits++;
			}
			if (digits > 0 && digits < out.length() && (out.charAt(digits) == '.' || out.charAt(digits) == ')')) {
				out.insert(digits, '\\');
			}
		}
		return out.toString();
	}

	private static void field(StringBuilder md, String key, String value) {
		if (value != null && !value.isBlank()) {
			if (value.contains("\n")) {
				throw new IllegalArgumentException(key + " holds a line break");
			}
			md.append(key).append(": ").append(value.strip()).append('\n');
		}
	}

	private ListOfNames.Person person(String ref, String what) {
		if (ref == null) {
			throw new TeiException(document.file(), 0, document.id() + ": the <head> names no " + what);
		}
		return names.person(ref)
			.orElseThrow(() -> new TeiException(document.file(), 0,
					document.id() + ": the " + what + " '" + ref + "' is not in the List of Names"));
	}

	private String surname(String ref) {
		ListOfNames.Person person = person(ref, "correspondent");
		String surname = person.sortName();
		int comma = surname.indexOf(',');
		surname = comma < 0 ? surname : surname.substring(0, comma);
		String ascii = Normalizer.normalize(surname, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
	}

}
