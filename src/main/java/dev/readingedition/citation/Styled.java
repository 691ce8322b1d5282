package dev.readingedition.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Citation text with the titles of works told apart, so that a page can set them in
 * italics while a clipboard or a test gets the plain text.
 *
 * @param parts the text in order
 */
public record Styled(List<Part> parts) {

	public Styled {
		parts = List.copyOf(parts);
	}

	/**
	 * A run of citation text.
	 *
	 * @param text the words
	 * @param title whether they are the title of a work, set in italics
	 */
	public record Part(String text, boolean title) {

		public Part {
			Objects.requireNonNull(text, "text");
		}

	}

	/** The citation as plain text. */
	public String text() {
		StringBuilder text = new StringBuilder();
		parts.forEach((part) -> text.append(part.text()));
		return text.toString();
	}

	/** Collects parts, joining neighbouring plain runs. */
	static final class Builder {

		private final List<Part> parts = new ArrayList<>();

		private final StringBuilder plain = new StringBuilder();

		Builder plain(String text) {
			plain.append(text);
			return this;
		}

		Builder title(String text) {
			flush();
			parts.add(new Part(text, true));
			return this;
		}

		Styled build() {
			flush();
			return new Styled(parts);
		}

		private void flush() {
			if (!plain.isEmpty()) {
				parts.add(new Part(plain.toString(), false));
				plain.setLength(0);
			}
		}

	}

}
