package dev.readingedition.dts;

import org.springframework.http.HttpStatus;

/**
 * A DTS request the specification says to refuse: 400 for a bad combination of
 * parameters, 404 for a resource, tree, reference or media type that does not exist. The
 * message says which, in words a client's author can act on.
 */
final class DtsException extends RuntimeException {

	private final HttpStatus status;

	private DtsException(HttpStatus status, String message) {
		super(message);
		this.status = status;
	}

	static DtsException badRequest(String message) {
		return new DtsException(HttpStatus.BAD_REQUEST, message);
	}

	static DtsException notFound(String message) {
		return new DtsException(HttpStatus.NOT_FOUND, message);
	}

	HttpStatus status() {
		return status;
	}

}
