package dev.readingedition.testing;

import java.nio.file.Path;
import java.util.List;

import dev.readingedition.edition.Edition;
import dev.readingedition.edition.EditionLoader;
import dev.readingedition.edition.Letter;
import dev.readingedition.edition.LetterParser;

/**
 * The real {@code content/} folder, loaded as the server loads it (register first, then
 * the letters), for tests of what the edition actually ships, and the addresses of its
 * pages that tests keep coming back to.
 */
public final class RealContent {

	/** The letter of 15 February 1962, the edition's first. */
	public static final String SLUG = "kennedy-to-khrushchev-1962-02-15";

	/** Its reading page. */
	public static final String LETTER = "/letters/" + SLUG;

	/** The front matter's pages, in the order of its table of contents. */
	public static final List<String> FRONT_MATTER = List.of("/about", "/about/editorial-principles",
			"/about/text-and-printings", "/about/how-to-cite", "/about/data-and-formats", "/about/accessibility");

	public static final Path FOLDER = Path.of("content");

	private RealContent() {
	}

	public static Edition edition() {
		return new EditionLoader(new LetterParser()).load(FOLDER);
	}

	public static Letter letter() {
		return edition().letter(SLUG).orElseThrow();
	}

}
