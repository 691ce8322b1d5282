package dev.readingedition.live;

import java.time.Instant;
import java.util.Objects;

import dev.readingedition.edition.Edition;
import dev.readingedition.edition.Redirects;
import dev.readingedition.search.SearchIndex;

/**
 * One whole, good load of the content: the letters, their search index and their redirects, made together and
 * swapped in together. A request reads everything from one snapshot, so it never sees half an old edition and
 * half a new one.
 *
 * @param edition the parsed letters and register
 * @param index the search index built from exactly these letters
 * @param redirects the redirects of old paragraph ids, checked against these letters
 * @param generation which load this is, from 1
 * @param loadedAt when it was loaded
 */
public record Snapshot(Edition edition, SearchIndex index, Redirects redirects, long generation, Instant loadedAt) {

	public Snapshot {
		Objects.requireNonNull(edition, "edition");
		Objects.requireNonNull(index, "index");
		Objects.requireNonNull(redirects, "redirects");
		Objects.requireNonNull(loadedAt, "loadedAt");
	}

}
