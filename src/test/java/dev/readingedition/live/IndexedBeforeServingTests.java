package dev.readingedition.live;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.readingedition.edition.Edition;
import dev.readingedition.edition.EditionLoader;
import dev.readingedition.edition.LetterParser;
import dev.readingedition.edition.Redirects;
import dev.readingedition.search.SearchIndex;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;

import static org.assertj.core.api.Assertions.assertThat;

class IndexedBeforeServingTests {

	private static final Instant LOADED = Instant.parse("2026-12-02T07:00:00Z");

	private static Edition edition;

	@BeforeAll
	static void load() {
		edition = new EditionLoader(new LetterParser()).loadPackaged();
	}

	private static Snapshot snapshot(CompletableFuture<SearchIndex> indexing) {
		return new Snapshot(edition, indexing, Redirects.none(), 1, LOADED, LOADED);
	}

	@Test
	void whenSetTheWebServerWaitsForTheFirstIndex() throws Exception {
		CompletableFuture<SearchIndex> indexing = new CompletableFuture<>();
		IndexedBeforeServing gate = new IndexedBeforeServing(() -> snapshot(indexing), true);
		Thread starting = new Thread(gate::start);
		starting.start();
		// No sleep: start() is seen parked, waiting, not guessed to be after a while.
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (starting.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
			Thread.onSpinWait();
		}
		assertThat(starting.getState()).as("start() waits for the index").isEqualTo(Thread.State.WAITING);
		assertThat(gate.isRunning()).isFalse();
		try (SearchIndex index = SearchIndex.of(edition)) {
			indexing.complete(index);
			starting.join(TimeUnit.SECONDS.toMillis(10));
		}
		assertThat(starting.isAlive()).as("start() returns once the index is built").isFalse();
		assertThat(gate.isRunning()).isTrue();
	}

	@Test
	void byDefaultTheReadingPagesAreServedWhileTheIndexIsBuilt() {
		IndexedBeforeServing gate = new IndexedBeforeServing(() -> snapshot(new CompletableFuture<>()), false);
		gate.start();
		assertThat(gate.isRunning()).isTrue();
	}

	@Test
	void anIndexThatFailedDoesNotKeepThePortClosed() {
		IndexedBeforeServing gate = new IndexedBeforeServing(
				() -> snapshot(CompletableFuture.failedFuture(new IllegalStateException("no index"))), true);
		gate.start();
		assertThat(gate.isRunning()).isTrue();
	}

	@Test
	void runsBeforeTheWebServerStarts() {
		IndexedBeforeServing gate = new IndexedBeforeServing(() -> snapshot(new CompletableFuture<>()), false);
		// Spring starts lower phases first; the servlet web server's is 1,024 below the
		// graceful shutdown's.
		assertThat(gate.getPhase()).isLessThan(WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE - 1024);
	}

}
