package dev.readingedition.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import dev.readingedition.edition.EditionLoader;
import dev.readingedition.edition.Letter;
import dev.readingedition.edition.LetterParser;
import dev.readingedition.edition.Register;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parsing one letter's Markdown into the model (front matter, paragraphs, notes, page breaks, rendered HTML).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ParseBenchmark {

	/** A letter file: the real one, or one of the synthetic corpus that bench/run writes. */
	@Param({ "content/kennedy-to-khrushchev-1962-02-15.md" })
	public String file;

	private final LetterParser parser = new LetterParser();

	private String markdown;

	private Register register;

	@Setup
	public void read() throws IOException {
		Path path = Path.of(file);
		markdown = Files.readString(path);
		// Mentions resolve against the register of the letter's own content folder.
		Path registerFile = path.resolveSibling(EditionLoader.REGISTER);
		register = Files.exists(registerFile)
				? new EditionLoader(parser).load(path.getParent()).register() : Register.EMPTY;
	}

	@Benchmark
	public Letter parse() {
		return parser.parse(file, markdown, register);
	}

}
