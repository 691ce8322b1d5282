package dev.readingedition.tei;

/**
 * TEI the importer cannot convert: names the file, the line and the element, so an editor
 * knows what to fix or what the importer would have to learn. The importer never drops
 * text silently; it stops with this instead.
 */
public class TeiException extends RuntimeException {

	/**
	 * @param file the TEI file as given
	 * @param line the line of the element, or 0 when not known
	 * @param problem what is wrong, naming the element
	 */
	public TeiException(String file, int line, String problem) {
		super(line > 0 ? file + ":" + line + ": " + problem : file + ": " + problem);
	}

	public TeiException(String file, String problem, Throwable cause) {
		super(file + ": " + problem, cause);
	}

}
