package dev.readingedition.citation;

import dev.readingedition.search.BadQueryException;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Reads the {@code p} parameter of a citation file ({@code cite.bib?p=11}) as the
 * paragraph it names: its number, with or without the {@code p} of its id. Anything else
 * is refused with a {@link BadQueryException} that says what the parameter takes, which
 * {@code BadQueryAdvice} answers with a 400; a well-formed number the letter has no
 * paragraph for is a 404, from {@link CitedParagraph#in}.
 */
@Component
class CitedParagraphParameter implements Converter<String, CitedParagraph> {

	/** The longest value echoed in the message. */
	private static final int ECHOED = 40;

	@Override
	public CitedParagraph convert(String value) {
		String given = value.strip();
		if (given.isEmpty()) {
			return null;
		}
		String id = given.startsWith("p") ? given : "p" + given;
		if (!CitedParagraph.ID.matcher(id).matches()) {
			throw new BadQueryException("The parameter p takes the number of a paragraph as its margin shows it, "
					+ "such as 11 (or p11), not '" + BadQueryException.echoed(given, ECHOED) + "'.");
		}
		return new CitedParagraph(id);
	}

}
