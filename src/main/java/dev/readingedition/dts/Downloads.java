package dev.readingedition.dts;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.readingedition.edition.Letter;
import dev.readingedition.tei.LetterTei;

/**
 * The files a DTS client can download a letter as, by media type: the DTS
 * {@code download} property of its Resource. Each is a route of the edition, served like
 * every page.
 */
final class Downloads {

	private Downloads() {
	}

	static Map<String, String> of(DtsCatalog catalog, Letter letter) {
		String address = catalog.resourceId(letter);
		Map<String, String> downloads = new LinkedHashMap<>();
		downloads.put(LetterTei.MEDIA_TYPE, address + ".xml");
		downloads.put("text/markdown", address + ".md");
		downloads.put("text/html", address);
		// The tagged PDF of the letter (dev.readingedition.export).
		downloads.put("application/pdf", address + ".pdf");
		return downloads;
	}

}
