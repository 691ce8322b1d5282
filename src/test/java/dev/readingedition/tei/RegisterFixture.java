package dev.readingedition.tei;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.readingedition.edition.EditionLoader;
import dev.readingedition.edition.LetterParser;
import dev.readingedition.edition.Register;

/**
 * A register from Markdown text, read the way the importer reads a content folder's
 * register.
 */
final class RegisterFixture {

	private RegisterFixture() {
	}

	static Register parse(String markdown) {
		try {
			Path folder = Files.createTempDirectory("register");
			Path file = folder.resolve(EditionLoader.REGISTER);
			Files.writeString(file, markdown, StandardCharsets.UTF_8);
			Register register = new EditionLoader(new LetterParser()).readRegister(folder);
			Files.delete(file);
			Files.delete(folder);
			return register;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
