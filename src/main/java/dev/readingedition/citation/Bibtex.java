package dev.readingedition.citation;

import java.util.Set;

/**
 * Writes text for BibTeX fields, so that titles with LaTeX's special characters,
 * typographic dashes or proper names come out as written.
 */
final class Bibtex {

	/**
	 * The words a title in headline style capitalises without their being names: the
	 * styles that set titles in sentence case may lower them.
	 */
	private static final Set<String> MINOR_WORDS = Set.of("a", "an", "and", "as", "at", "but", "by", "for", "from",
			"in", "into", "nor", "of", "on", "or", "over", "the", "to", "upon", "with");

	private Bibtex() {
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> out.append("\\textbackslash{}");
				case '{', '}', '%', '&', '$', '#', '_' -> out.append('\\').append(c);
				case '^' -> out.append("\\^{}");
				case '~' -> out.append("\\~{}");
				// LaTeX writes the dashes as hyphens: the en dash of "1961–1963" as --,
				// the em dash as ---.
				case '\u2013' -> out.append("--");
				case '\u2014' -> out.append("---");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * Braces every capitalised word of a title after its first, except the minor words of
	 * headline style: plain and its kin lower-case a title but its first letter
	 * ({@code change.case$} with "t"), and a braced word keeps its case, so "Letter From
	 * {President} {Kennedy} to {Chairman} {Khrushchev}" prints as "Letter from President
	 * Kennedy to Chairman Khrushchev". Which capitalised words are names is not stated in
	 * the content, so every one is kept as printed: a noun kept capitalised is a small
	 * fault, a name set in lower case a bad one. Words holding a backslash or a brace
	 * (escaped text) are left as they are.
	 */
	static String protectNames(String title) {
		String[] words = title.split(" ", -1);
		StringBuilder out = new StringBuilder(title.length() + 16);
		for (int i = 0; i < words.length; i++) {
			String word = words[i];
			if (i > 0) {
				out.append(' ');
			}
			boolean name = i > 0 && !word.isEmpty() && Character.isUpperCase(word.codePointAt(0))
					&& !MINOR_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT)) && word.indexOf('\\') < 0
					&& word.indexOf('{') < 0;
			out.append(name ? "{" + word + "}" : word);
		}
		return out.toString();
	}

}
