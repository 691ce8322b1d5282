package dev.readingedition.web;

/**
 * A reader asked for a letter, paragraph or page the edition does not have.
 */
class LetterNotFoundException extends RuntimeException {

	LetterNotFoundException(String what) {
		super(what);
	}

}
