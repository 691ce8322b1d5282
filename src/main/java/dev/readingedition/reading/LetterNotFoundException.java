package dev.readingedition.reading;

/**
 * A reader asked for a letter, paragraph or page the edition does not have.
 */
public class LetterNotFoundException extends RuntimeException {

	public LetterNotFoundException(String what) {
		super(what);
	}

	/** The letter a page is about does not exist. */
	public static LetterNotFoundException letter(String slug) {
		return new LetterNotFoundException("There is no letter called '" + slug + "' in the edition.");
	}

}
