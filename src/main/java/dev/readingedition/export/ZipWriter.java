package dev.readingedition.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A zip archive whose entries all carry the content's load time, so the same content
 * gives the same bytes.
 */
final class ZipWriter implements AutoCloseable {

	private final ZipOutputStream zip;

	private final FileTime time;

	ZipWriter(OutputStream out, Instant time) {
		this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		this.time = FileTime.from(time);
	}

	/** An entry kept uncompressed, as EPUB requires of its {@code mimetype}. */
	void stored(String name, byte[] bytes) throws IOException {
		ZipEntry entry = entry(name);
		entry.setMethod(ZipEntry.STORED);
		entry.setSize(bytes.length);
		entry.setCompressedSize(bytes.length);
		CRC32 crc = new CRC32();
		crc.update(bytes);
		entry.setCrc(crc.getValue());
		zip.putNextEntry(entry);
		zip.write(bytes);
		zip.closeEntry();
	}

	void deflated(String name, String text) throws IOException {
		deflated(name, text.getBytes(StandardCharsets.UTF_8));
	}

	void deflated(String name, byte[] bytes) throws IOException {
		ZipEntry entry = entry(name);
		entry.setMethod(ZipEntry.DEFLATED);
		zip.putNextEntry(entry);
		zip.write(bytes);
		zip.closeEntry();
	}

	private ZipEntry entry(String name) {
		ZipEntry entry = new ZipEntry(name);
		// DOS time alone: the extended timestamp fields would differ with the time zone.
		entry.setTime(time.toMillis());
		return entry;
	}

	@Override
	public void close() throws IOException {
		zip.close();
	}

}
