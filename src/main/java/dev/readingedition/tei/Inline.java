package dev.readingedition.tei;

import java.util.List;

/**
 * A piece of the running text of a FRUS document, as the importer reads it from TEI:
 * words with their white space already collapsed as TEI defines it, and the marks that
 * stand among them.
 */
public sealed interface Inline {

	/** Words, white space collapsed to single spaces. */
	record Text(String text) implements Inline {
	}

	/**
	 * Where an editors' note is cited: {@code <note n="1">}, its content kept in the
	 * document's notes.
	 */
	record NoteRef(String label) implements Inline {
	}

	/** A printed page that begins here: {@code <pb n="70"/>}. */
	record PageBreak(int page) implements Inline {
	}

	/**
	 * A name or term the volume identifies: {@code <persName corresp="#p_KNS2">} or
	 * {@code <gloss target="#t_USSR1">}.
	 *
	 * @param ref the volume's id, without the {@code #}, e.g. {@code p_KNS2}
	 */
	record Name(String ref, List<Inline> content) implements Inline {
	}

	/**
	 * A rendition: {@code <hi rend="italic|strong|smallcaps">}.
	 *
	 * @param rend the rendition as TEI names it
	 */
	record Rendition(String rend, List<Inline> content) implements Inline {
	}

	/**
	 * A reference: {@code <ref target="#d34">} to a document of the same volume, or
	 * {@code target="frus1961-63v14#pg_859"} to a page of another.
	 *
	 * @param volume the volume the target is in
	 * @param fragment what is pointed to there, e.g. {@code d34}, {@code d26fn1} or
	 * {@code pg_859}
	 */
	record Ref(String volume, String fragment, List<Inline> content) implements Inline {

		/**
		 * The document the reference points into ({@code d26} for {@code d26fn1}), or
		 * {@code null} for a page.
		 */
		public String document() {
			if (!fragment.matches("d[0-9]+(fn[0-9]+)?")) {
				return null;
			}
			int fn = fragment.indexOf("fn");
			return fn < 0 ? fragment : fragment.substring(0, fn);
		}

		/**
		 * Whether the reference is to a whole document, not to one of its notes or a
		 * page.
		 */
		public boolean wholeDocument() {
			return fragment.matches("d[0-9]+");
		}

	}

}
