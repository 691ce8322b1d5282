package dev.readingedition.tei;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

/**
 * What the importer writes into each letter's front matter about the printed volume it
 * comes from. The cut TEI of a document does not carry it (the volume's own header does),
 * so the volumes the edition draws on are described once, in
 * {@code tei/frus-volumes.properties}, from their title pages.
 *
 * @param id the volume's FRUS id, e.g. {@code frus1961-63v06}
 * @param series "Foreign Relations of the United States, 1961–1963"
 * @param number the volume's number, e.g. "VI"
 * @param title the volume's title, e.g. "Kennedy-Khrushchev Exchanges"
 * @param editor the volume's editor, or {@code null}
 * @param generalEditor the series' general editor, or {@code null}
 * @param publisher the publisher, or {@code null}
 * @param published the year of publication, or {@code null} when not confirmed
 */
public record Volume(String id, String series, String number, String title, String editor, String generalEditor,
		String publisher, Integer published) {

	private static final String RESOURCE = "/tei/frus-volumes.properties";

	/** The volume as {@code tei/frus-volumes.properties} describes it, if it does. */
	public static Optional<Volume> known(String id) {
		Properties properties = new Properties();
		try (InputStream in = Volume.class.getResourceAsStream(RESOURCE)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + RESOURCE, ex);
		}
		String series = properties.getProperty(id + ".series");
		if (series == null) {
			return Optional.empty();
		}
		String published = properties.getProperty(id + ".published");
		return Optional
			.of(new Volume(id, series, properties.getProperty(id + ".number"), properties.getProperty(id + ".title"),
					properties.getProperty(id + ".editor"), properties.getProperty(id + ".general-editor"),
					properties.getProperty(id + ".publisher"), published == null ? null : Integer.valueOf(published)));
	}

}
