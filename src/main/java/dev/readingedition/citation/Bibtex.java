package dev.readingedition.citation;

/**
 * Writes text for BibTeX fields, so that titles with LaTeX's special characters or typographic dashes come out as
 * written.
 */
final class Bibtex {

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
				// LaTeX writes the dashes as hyphens: the en dash of "1961–1963" as --, the em dash as ---.
				case '\u2013' -> out.append("--");
				case '\u2014' -> out.append("---");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

}
