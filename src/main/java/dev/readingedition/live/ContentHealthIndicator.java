package dev.readingedition.live;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The content's health: up once a whole edition is loaded and indexed (start-up waits for that), with what is
 * served and, when the last reload failed, when and why; the last good edition stays in service meanwhile.
 */
@Component("content")
class ContentHealthIndicator implements HealthIndicator {

	private final LiveEdition live;

	ContentHealthIndicator(LiveEdition live) {
		this.live = live;
	}

	@Override
	public Health health() {
		Snapshot snapshot = live.snapshot();
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("letters", snapshot.edition().letters().size());
		details.put("indexed", snapshot.index().size());
		details.put("loadedAt", snapshot.loadedAt().toString());
		details.put("generation", snapshot.generation());
		live.lastFailure().ifPresent((failure) -> {
			details.put("lastReloadFailedAt", failure.at().toString());
			details.put("lastReloadProblem", failure.problem());
		});
		return Health.up().withDetails(details).build();
	}

}
