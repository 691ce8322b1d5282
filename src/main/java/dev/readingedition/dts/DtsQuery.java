package dev.readingedition.dts;

import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The query parameters of one DTS request, each given at most once. Parameters DTS does
 * not define are ignored, as a web API ignores what it does not know; one given twice is
 * refused, since DTS allows no batch requests.
 */
final class DtsQuery {

	/** Longer values than this name nothing in the edition. */
	private static final int LONGEST = 2000;

	private final Map<String, String[]> parameters;

	private DtsQuery(Map<String, String[]> parameters) {
		this.parameters = parameters;
	}

	static DtsQuery of(HttpServletRequest request, Set<String> known) {
		Map<String, String[]> parameters = request.getParameterMap();
		for (String name : known) {
			String[] values = parameters.get(name);
			if (values != null && values.length > 1) {
				throw DtsException.badRequest("The parameter '" + name + "' is given " + values.length
						+ " times; give it once (DTS answers one request at a time).");
			}
			if (values != null && values[0].length() > LONGEST) {
				throw DtsException.badRequest("The parameter '" + name + "' is longer than " + LONGEST
						+ " characters, which no identifier here is.");
			}
		}
		return new DtsQuery(parameters);
	}

	/**
	 * The parameter's value, or null when it is not given (an empty value counts as not
	 * given).
	 */
	String get(String name) {
		String[] values = parameters.get(name);
		return values == null || values[0].isEmpty() ? null : values[0];
	}

	boolean has(String name) {
		return get(name) != null;
	}

	/**
	 * The parameter that names the resource, which every Navigation and Document request
	 * needs.
	 */
	String required(String name, String example) {
		String value = get(name);
		if (value == null) {
			throw DtsException.badRequest(
					"The parameter '" + name + "' is required: give the @id of a Resource, e.g. " + example + ".");
		}
		return value;
	}

	/** {@code page}: the answers are not paginated, so only page 1 exists. */
	void onlyFirstPage() {
		String page = get("page");
		if (page != null && !page.equals("1")) {
			throw DtsException.badRequest("The parameter 'page' must be 1: these answers are not paginated, so every "
					+ "member is on the first page.");
		}
	}

	/**
	 * {@code down}: a depth of the citation tree, -1 for its bottom; absent is null.
	 */
	Integer down() {
		String down = get("down");
		if (down == null) {
			return null;
		}
		try {
			int depth = Integer.parseInt(down);
			if (depth >= -1) {
				return depth;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw DtsException.badRequest("The parameter 'down' must be a whole number: 0 or more for that many levels "
				+ "below the reference, or -1 for the bottom of the citation tree.");
	}

	/** Checks the rules DTS gives for {@code ref}, {@code start} and {@code end}. */
	void checkReferences() {
		if (has("ref") && (has("start") || has("end"))) {
			throw DtsException.badRequest("Give either 'ref' or 'start' and 'end', not both.");
		}
		if (has("start") != has("end")) {
			throw DtsException.badRequest("A range needs both 'start' and 'end'; this request gives only '"
					+ (has("start") ? "start" : "end") + "'.");
		}
	}

}
