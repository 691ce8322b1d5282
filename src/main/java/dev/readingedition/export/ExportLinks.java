package dev.readingedition.export;

import dev.readingedition.edition.Letter;

/**
 * The addresses a download links to, all starting with the site's address for the request
 * that asked for it (or {@code edition.base-url}): what a download depends on besides the
 * content, and so part of its cache key.
 *
 * @param base the site's address, without a trailing slash
 * @param siteName the edition's name
 */
record ExportLinks(String base, String siteName) {

	static final String EPUB = "/edition.epub";

	static final String ZIP = "/edition.zip";

	String letter(Letter letter) {
		return base + "/letters/" + letter.slug();
	}

	String paragraph(Letter letter, String id) {
		return letter(letter) + "/" + id;
	}

	String pdf(Letter letter) {
		return letter(letter) + ".pdf";
	}

	String epub() {
		return base + EPUB;
	}

	String zip() {
		return base + ZIP;
	}

}
