package dev.readingedition.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import dev.readingedition.edition.EditionLoader;
import dev.readingedition.edition.LetterParser;
import dev.readingedition.search.SearchIndex;
import dev.readingedition.search.SearchResults;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The search call in process, as the search page and the API make it: parse the query, rank, count (up to the
 * count limit), check the spelling, highlight the ten hits of the first page.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class SearchBenchmark {

	/** The content folder to index: the bundled letter, or a synthetic corpus that bench/run writes. */
	@Param({ "content" })
	public String corpus;

	/** A phrase, a rare word, a common word (in most synthetic letters) and a prefix. */
	@Param({ "\"modus vivendi\"", "Adzhubei", "Berlin", "negot*" })
	public String query;

	private SearchIndex index;

	@Setup
	public void index() {
		index = SearchIndex.of(new EditionLoader(new LetterParser()).load(Path.of(corpus)));
	}

	@TearDown
	public void close() throws IOException {
		index.close();
	}

	@Benchmark
	public SearchResults search() {
		return index.search(query, 1);
	}

}
