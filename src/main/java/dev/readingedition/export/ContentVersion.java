package dev.readingedition.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import dev.readingedition.edition.Edition;
import dev.readingedition.edition.Letter;
import dev.readingedition.live.Snapshot;

/**
 * Which content a download was made from: the SHA-256 of every source file (each letter's
 * Markdown and the register, with their file names) and when that content last changed.
 * The books and the zip carry it, and take their dates from it, so the same content
 * always gives the same files, in every process that serves it.
 *
 * @param hash the content's SHA-256, in hex
 * @param modifiedAt when the content's files last changed, to the second
 */
record ContentVersion(String hash, Instant modifiedAt) {

	static ContentVersion of(Snapshot snapshot) {
		return new ContentVersion(hash(snapshot.edition()), snapshot.modifiedAt());
	}

	static String hash(Edition edition) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (Letter letter : edition.letters()) {
				update(digest, fileName(letter.sourceName()));
				update(digest, letter.markdown());
			}
			update(digest, fileName(edition.register().sourceName()));
			update(digest, edition.register().markdown());
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A source's name without its folder: the same content copied to another folder
	 * (another replica's, say) is the same version.
	 */
	private static String fileName(String sourceName) {
		return sourceName.substring(Math.max(sourceName.lastIndexOf('/'), sourceName.lastIndexOf('\\')) + 1);
	}

	private static void update(MessageDigest digest, String part) {
		byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
		digest.update(java.nio.ByteBuffer.allocate(4).putInt(bytes.length).array());
		digest.update(bytes);
	}

	/**
	 * The first twelve hex digits, enough to tell versions apart in a file name or a
	 * sentence.
	 */
	String shortHash() {
		return hash.substring(0, 12);
	}

}
