package dev.readingedition.live;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import dev.readingedition.edition.Edition;
import dev.readingedition.edition.EditionLoader;
import dev.readingedition.edition.LetterParser;
import dev.readingedition.edition.Redirects;
import dev.readingedition.search.SearchIndex;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

class ContentHealthIndicatorTests {

	private static final Instant LOADED = Instant.parse("2026-11-28T05:00:00Z");

	private static Edition edition;

	private static SearchIndex index;

	@BeforeAll
	static void load() {
		edition = new EditionLoader(new LetterParser()).loadPackaged();
		index = SearchIndex.of(edition);
	}

	@AfterAll
	static void close() throws Exception {
		index.close();
	}

	private static Snapshot snapshot(CompletableFuture<SearchIndex> indexing) {
		return new Snapshot(edition, indexing, Redirects.none(), 1, LOADED, LOADED.minusSeconds(3600));
	}

	@Test
	void outOfServiceWhileTheFirstIndexIsBeingBuilt() {
		Health health = ContentHealthIndicator.health(snapshot(new CompletableFuture<>()), Optional.empty());
		assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
		assertThat(health.getDetails()).containsEntry("letters", edition.letters().size())
			.containsEntry("indexed", "not yet: the search index is being built");
	}

	@Test
	void downWhenTheIndexCouldNotBeBuilt() {
		Health health = ContentHealthIndicator
			.health(snapshot(CompletableFuture.failedFuture(new IllegalStateException("disk full"))), Optional.empty());
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("indexed",
				"no: the search index could not be built (see the log)");
	}

	@Test
	void upOnceIndexedWithTheLastReloadProblem() {
		LiveEdition.Failure failure = new LiveEdition.Failure("letter.md, line 3: an unknown note [^9]",
				LOADED.plusSeconds(60));
		Health health = ContentHealthIndicator.health(snapshot(CompletableFuture.completedFuture(index)),
				Optional.of(failure));
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("letters", edition.letters().size())
			.containsEntry("indexed", index.size())
			.containsEntry("generation", 1L)
			.containsEntry("loadedAt", "2026-11-28T05:00:00Z")
			.containsEntry("lastReloadFailedAt", "2026-11-28T05:01:00Z")
			.containsEntry("lastReloadProblem", "letter.md, line 3: an unknown note [^9]");
	}

}
