package dev.readingedition.edition;

/**
 * Bad content in a Markdown file: says which file, which line and what is wrong, so an
 * editor can fix it.
 */
public class ContentException extends RuntimeException {

	private final String file;

	private final int line;

	/**
	 * @param file the content file's name as the editor knows it, e.g.
	 * {@code content/letter.md}
	 * @param line the 1-based line the problem is on, or 0 when it concerns the whole
	 * file
	 * @param problem what is wrong, in words an editor can act on
	 */
	public ContentException(String file, int line, String problem) {
		super(line > 0 ? file + ":" + line + ": " + problem : file + ": " + problem);
		this.file = file;
		this.line = line;
	}

	public String file() {
		return file;
	}

	public int line() {
		return line;
	}

}
