package dev.readingedition.edition;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A content file that is not UTF-8 is refused with its name, its line and the byte at
 * fault.
 */
class Utf8Tests {

	@Test
	void aLatin1LetterIsRefusedWithFileLineAndByte(@TempDir Path folder) throws Exception {
		byte[] latin1 = "---\nslug: x\n---\n\n# T\n\nCaf\u00e9 au lait.\n"
			.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		Files.write(folder.resolve("letter.md"), latin1);

		assertThatThrownBy(() -> new EditionLoader(new LetterParser()).load(folder))
			.isInstanceOf(ContentException.class)
			.hasMessageStartingWith(folder.resolve("letter.md") + ":7: is not valid UTF-8: byte 0xE9 at offset 25");
	}

}
