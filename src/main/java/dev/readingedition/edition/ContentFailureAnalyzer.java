package dev.readingedition.edition;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns bad content at start-up into one clear message naming file and line, instead of a
 * wall of stack trace.
 */
class ContentFailureAnalyzer extends AbstractFailureAnalyzer<ContentException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ContentException cause) {
		return new FailureAnalysis("The edition's content is not valid: " + cause.getMessage(),
				"Fix " + cause.file() + (cause.line() > 0 ? " at line " + cause.line() : "")
						+ " and start the edition again. The README's section 'Adding a letter' shows the format.",
				cause);
	}

}
