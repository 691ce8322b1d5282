package dev.readingedition.system;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.readingedition.live.Snapshot;

/**
 * The renderings kept in memory, least recently used first, within a budget of bytes. All
 * of them come from one snapshot on one day: when a rendering of another arrives, the
 * content or the day changed, and everything made before can never be found again under
 * its {@link Dependencies}, so it goes at once.
 */
final class Renderings {

	private final long budget;

	private Snapshot content;

	private LocalDate day;

	private final LinkedHashMap<Dependencies, Rendering> kept = new LinkedHashMap<>(64, 0.75f, true);

	private long bytes;

	Renderings(long budgetBytes) {
		this.budget = budgetBytes;
	}

	synchronized Rendering get(Dependencies key) {
		return kept.get(key);
	}

	synchronized void put(Dependencies key, Rendering rendering) {
		if (content != null && (key.content().generation() < content.generation() || key.day().isBefore(day))) {
			// A late answer from a load or a day already replaced: serve it, but do not
			// let it clear the new ones.
			return;
		}
		if (key.content() != content || !key.day().equals(day)) {
			kept.clear();
			bytes = 0;
			content = key.content();
			day = key.day();
		}
		Rendering old = kept.put(key, rendering);
		bytes += rendering.size() - (old == null ? 0 : old.size());
		while (bytes > budget && !kept.isEmpty()) {
			Map.Entry<Dependencies, Rendering> eldest = kept.entrySet().iterator().next();
			bytes -= eldest.getValue().size();
			kept.remove(eldest.getKey());
		}
	}

}
