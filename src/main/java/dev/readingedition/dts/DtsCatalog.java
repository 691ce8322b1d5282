package dev.readingedition.dts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.readingedition.edition.Edition;
import dev.readingedition.edition.Letter;

/**
 * The edition as DTS collections, and the addresses of everything in it. The root
 * collection is the edition, at its own address; it holds one collection, the
 * correspondence (the letters, at {@code /letters}); each letter is a Resource whose
 * {@code @id} is its reading page's address. Every id and URI template is absolute.
 */
final class DtsCatalog {

	static final String CONTEXT = "https://dtsapi.org/context/v1.0.json";

	static final String VERSION = "1.0";

	static final String API = "/api/dts";

	private final Edition edition;

	private final String base;

	/**
	 * @param base the site's address without a trailing slash, as permalinks begin with
	 * it
	 */
	DtsCatalog(Edition edition, String base) {
		this.edition = edition;
		this.base = base;
	}

	Edition edition() {
		return edition;
	}

	String entryId() {
		return base + API;
	}

	String rootId() {
		return base + "/";
	}

	String correspondenceId() {
		return base + "/letters";
	}

	String resourceId(Letter letter) {
		return base + "/letters/" + letter.slug();
	}

	List<Letter> letters() {
		return edition.letters();
	}

	/** The letter a Resource id names. */
	Optional<Letter> letter(String id) {
		String prefix = base + "/letters/";
		if (!id.startsWith(prefix)) {
			return Optional.empty();
		}
		return edition.letter(id.substring(prefix.length()));
	}

	/**
	 * The resource named by a request's parameter, or a 404 that says what the ids look
	 * like.
	 */
	Letter resource(String id) {
		return letter(id).orElseThrow(() -> DtsException.notFound("There is no Resource with the @id '" + id
				+ "'. A letter's @id is its address, e.g. " + example() + "; the Collection endpoint lists them."));
	}

	String example() {
		return letters().isEmpty() ? base + "/letters/{slug}" : resourceId(letters().get(0));
	}

	/**
	 * What the edition's letters are: "John F. Kennedy and Nikita S. Khrushchev", from
	 * their senders and addressees.
	 */
	String correspondents() {
		Set<String> people = new LinkedHashSet<>();
		for (Letter letter : letters()) {
			people.add(letter.meta().author());
			people.add(letter.meta().recipient());
		}
		List<String> names = List.copyOf(people);
		if (names.size() <= 2) {
			return String.join(" and ", names);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
	}

	String collectionTemplate() {
		return base + API + "/collection{?id,page,nav}";
	}

	String navigationTemplate() {
		return base + API + "/navigation{?resource,ref,start,end,down,tree,page}";
	}

	String documentTemplate() {
		return base + API + "/document{?resource,ref,start,end,tree,mediaType}";
	}

	String collectionOf(String id) {
		return base + API + "/collection?id=" + encode(id) + "{&page,nav}";
	}

	String navigationOf(Letter letter) {
		return base + API + "/navigation?resource=" + encode(resourceId(letter)) + "{&ref,start,end,down,tree,page}";
	}

	String documentOf(Letter letter) {
		return base + API + "/document?resource=" + encode(resourceId(letter)) + "{&ref,start,end,tree,mediaType}";
	}

	/**
	 * The Collection endpoint's answer for a letter, which a Document answer's
	 * {@code Link} header points to.
	 */
	String collectionUrl(Letter letter) {
		return base + API + "/collection?id=" + encode(resourceId(letter));
	}

	String address(Letter letter, String path) {
		return resourceId(letter) + path;
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
