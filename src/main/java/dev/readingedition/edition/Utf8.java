package dev.readingedition.edition;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a content file as UTF-8, strictly: a file in another encoding is refused with
 * its name, the line and the byte at fault, rather than read with replacement characters
 * or reported as an unreadable folder.
 */
public final class Utf8 {

	private Utf8() {
	}

	/**
	 * @param name the file's name as the editor knows it
	 * @param bytes the file's bytes
	 * @throws ContentException naming the file, the line, the byte and its offset when
	 * the bytes are not UTF-8
	 */
	public static String decode(String name, byte[] bytes) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			int offset = in.position();
			int line = 1;
			for (int i = 0; i < offset; i++) {
				if (bytes[i] == '\n') {
					line++;
				}
			}
			throw new ContentException(name, line,
					String.format(
							"is not valid UTF-8: byte 0x%02X at offset %d "
									+ "(line %d) does not begin a UTF-8 character; save the file as UTF-8",
							bytes[offset] & 0xff, offset, line));
		}
		result = decoder.flush(out);
		if (result.isError()) {
			throw new ContentException(name, 0, "is not valid UTF-8: it ends inside a character");
		}
		out.flip();
		return out.toString();
	}

}
