package dev.readingedition.live;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import dev.readingedition.edition.Edition;
import dev.readingedition.edition.Redirects;
import dev.readingedition.search.SearchIndex;

/**
 * One whole, good load of the content: the letters, their search index and their redirects, made together and
 * swapped in together. A request reads everything from one snapshot, so it never sees half an old edition and
 * half a new one.
 *
 * @param edition the parsed letters and register
 * @param indexing the search index built from exactly these letters; complete for every reload, still being built
 * for a short while after start-up, when the reading pages are already served
 * @param redirects the redirects of old paragraph ids, checked against these letters
 * @param generation which load this is, from 1
 * @param loadedAt when it was loaded
 */
public record Snapshot(Edition edition, CompletableFuture<SearchIndex> indexing, Redirects redirects,
		long generation, Instant loadedAt) {

	public Snapshot {
		Objects.requireNonNull(edition, "edition");
		Objects.requireNonNull(indexing, "indexing");
		Objects.requireNonNull(redirects, "redirects");
		Objects.requireNonNull(loadedAt, "loadedAt");
	}

	/**
	 * The search index, waiting for it if it is still being built.
	 * @throws IllegalStateException if it could not be built
	 */
	public SearchIndex index() {
		try {
			return indexing.join();
		}
		catch (CompletionException ex) {
			throw new IllegalStateException("The search index could not be built", ex.getCause());
		}
	}

	/** The search index if it is built, without waiting. */
	public Optional<SearchIndex> indexIfBuilt() {
		return indexing.isDone() && !indexing.isCompletedExceptionally() ? Optional.of(indexing.join())
				: Optional.empty();
	}

}
