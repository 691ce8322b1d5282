package dev.readingedition.edition;

import java.nio.file.Path;

/**
 * The real {@code content/} folder, loaded as the server loads it (register first, then the letters), for tests of
 * what the edition actually ships.
 */
public final class RealContent {

	public static final String SLUG = "kennedy-to-khrushchev-1962-02-15";

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
