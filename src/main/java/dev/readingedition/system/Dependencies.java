package dev.readingedition.system;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import dev.readingedition.live.Snapshot;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What a cached rendering was made from, and so what must be the same for it to be served
 * again. This is the cache's key: a rendering is found only under the dependencies it was
 * made with, so it cannot outlive any of them.
 * <ul>
 * <li>the content: one snapshot of the edition, so a reload starts afresh;</li>
 * <li>the address: host, port, path and query, because links, canonicals and citations
 * are absolute, and taken from the request's own address when {@code edition.base-url} is
 * not set;</li>
 * <li>the day of the edition's {@link Clock}: a citation's access date is today, so what
 * holds one is made again the next day, and no rendering is trusted to hold no date.</li>
 * </ul>
 * Nothing else is read by a cached rendering: answers that depend on a header or a cookie
 * are not cached (see {@link ResponseCache}).
 *
 * @param content the snapshot the rendering was made from
 * @param address host, port, path and query
 * @param day the day it was made on
 */
record Dependencies(Snapshot content, String address, LocalDate day) {

	static Dependencies of(Snapshot content, HttpServletRequest request, Clock clock) {
		String query = request.getQueryString();
		return new Dependencies(content, request.getServerName() + ":" + request.getServerPort()
				+ request.getRequestURI() + (query == null ? "" : "?" + query), LocalDate.now(clock));
	}

	/**
	 * When what it depends on last changed: the content's own time (the same on every
	 * replica serving it), and no earlier than the start of the day, since it is made
	 * again each day.
	 */
	Instant lastModified(Clock clock) {
		Instant dayStart = day.atStartOfDay(clock.getZone()).toInstant();
		return content.modifiedAt().isAfter(dayStart) ? content.modifiedAt() : dayStart;
	}

	/**
	 * Snapshots are compared by identity: two loads of the same files are still two
	 * loads.
	 */
	@Override
	public boolean equals(Object other) {
		return other instanceof Dependencies that && content == that.content && address.equals(that.address)
				&& day.equals(that.day);
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(content) * 31 * 31 + address.hashCode() * 31 + day.hashCode();
	}

}
