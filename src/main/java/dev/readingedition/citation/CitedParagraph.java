package dev.readingedition.citation;

import java.util.regex.Pattern;

import dev.readingedition.edition.Letter;
import dev.readingedition.edition.Paragraph;
import dev.readingedition.reading.LetterNotFoundException;

/**
 * The paragraph a citation file is asked for, {@code ?p=11} or {@code ?p=p11}: both name
 * the paragraph with the id {@code p11}, the number the margin shows. Read from the
 * parameter by {@link CitedParagraphParameter}.
 *
 * @param id the paragraph's id, such as {@code p11}
 */
public record CitedParagraph(String id) {

	/** A paragraph's id as the letters' Markdown pins it: {@code p12}, {@code p12a}. */
	static final Pattern ID = Pattern.compile("p[0-9]+[a-z]*");

	public CitedParagraph {
		if (!ID.matcher(id).matches()) {
			throw new IllegalArgumentException("not a paragraph's id: " + id);
		}
	}

	/**
	 * The paragraph in the letter cited.
	 * @throws LetterNotFoundException when the letter has no paragraph of that id
	 */
	public Paragraph in(Letter letter) {
		return letter.paragraph(id)
			.orElseThrow(() -> new LetterNotFoundException(
					"The letter '" + letter.slug() + "' has no paragraph '" + id + "' to cite."));
	}

}
