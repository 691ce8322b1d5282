package dev.readingedition.system;

import java.io.IOException;

import dev.readingedition.live.LiveEdition;
import dev.readingedition.live.Snapshot;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Pins one snapshot of the edition to each request, before anything reads it: the
 * response cache keys on it and controllers are handed it
 * ({@link SnapshotArgumentResolver}), so every part of one answer comes from the same
 * load of the content. The request holds the snapshot until it ends, so a reload
 * meanwhile cannot close the index it reads; the last request to let an old snapshot go
 * closes it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 8)
class SnapshotPinning extends OncePerRequestFilter {

	private final LiveEdition live;

	SnapshotPinning(LiveEdition live) {
		this.live = live;
	}

	/** The snapshot pinned to a request, or null outside a pinned request. */
	static Snapshot of(HttpServletRequest request) {
		return request.getAttribute(SnapshotArgumentResolver.ATTRIBUTE) instanceof Snapshot pinned ? pinned : null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Snapshot snapshot = live.acquire();
		request.setAttribute(SnapshotArgumentResolver.ATTRIBUTE, snapshot);
		try {
			chain.doFilter(request, response);
		}
		finally {
			snapshot.release();
		}
	}

}
