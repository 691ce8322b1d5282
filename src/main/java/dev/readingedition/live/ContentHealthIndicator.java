package dev.readingedition.live;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.readingedition.search.SearchIndex;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The content's health: up once a whole edition is loaded and indexed, with what is
 * served and, when the last reload failed, when and why (the last good edition stays in
 * service meanwhile). Out of service while the first index is still being built after
 * start-up (the reading pages are served, searches wait), and down if it could not be
 * built.
 */
@Component("content")
class ContentHealthIndicator implements HealthIndicator {

	private final LiveEdition live;

	ContentHealthIndicator(LiveEdition live) {
		this.live = live;
	}

	@Override
	public Health health() {
		// Held while it is read: a reload may replace it and close its index meanwhile.
		Snapshot snapshot = live.acquire();
		try {
			return health(snapshot, live.lastFailure());
		}
		finally {
			snapshot.release();
		}
	}

	static Health health(Snapshot snapshot, Optional<LiveEdition.Failure> lastFailure) {
		int letters = snapshot.edition().letters().size();
		if (!snapshot.indexing().isDone()) {
			return Health.outOfService()
				.withDetail("letters", letters)
				.withDetail("indexed", "not yet: the search index is being built")
				.build();
		}
		Optional<SearchIndex> index = snapshot.indexIfBuilt();
		if (index.isEmpty()) {
			return Health.down()
				.withDetail("letters", letters)
				.withDetail("indexed", "no: the search index could not be built (see the log)")
				.build();
		}
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("letters", letters);
		details.put("indexed", index.get().size());
		details.put("loadedAt", snapshot.loadedAt().toString());
		details.put("generation", snapshot.generation());
		lastFailure.ifPresent((failure) -> {
			details.put("lastReloadFailedAt", failure.at().toString());
			details.put("lastReloadProblem", failure.problem());
		});
		return Health.up().withDetails(details).build();
	}

}
