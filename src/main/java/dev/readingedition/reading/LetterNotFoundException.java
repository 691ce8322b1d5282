package dev.readingedition.reading;

import dev.readingedition.edition.Edition;
import dev.readingedition.edition.Letter;

/**
 * A reader asked for a letter, paragraph or page the edition does not have.
 */
public class LetterNotFoundException extends RuntimeException {

	public LetterNotFoundException(String what) {
		super(what);
	}

	/**
	 * The letter an address names: the lookup every page and file of one letter starts
	 * with.
	 * @throws LetterNotFoundException when the edition has no letter of that slug
	 */
	public static Letter requireLetter(Edition edition, String slug) {
		return edition.letter(slug).orElseThrow(() -> letter(slug));
	}

	/** The letter a page is about does not exist. */
	public static LetterNotFoundException letter(String slug) {
		return new LetterNotFoundException("There is no letter called '" + slug + "' in the edition.");
	}

}
