package dev.readingedition.dts;

import dev.readingedition.live.Snapshot;
import dev.readingedition.reading.Permalinks;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Makes the catalog of one request: the edition as it stands for the request, at the
 * site's public address ({@code edition.base-url}, or the request's own), which every DTS
 * id starts with.
 */
@Component
class DtsCatalogs {

	static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");

	private final Permalinks permalinks;

	DtsCatalogs(Permalinks permalinks) {
		this.permalinks = permalinks;
	}

	DtsCatalog of(Snapshot snapshot) {
		return new DtsCatalog(snapshot.edition(), permalinks.base());
	}

	/**
	 * The address of the request itself, query included, which a Navigation answer has as
	 * its {@code @id}.
	 */
	String requestUrl(jakarta.servlet.http.HttpServletRequest request) {
		String query = request.getQueryString();
		return permalinks.base() + request.getRequestURI() + (query == null ? "" : "?" + query);
	}

}
