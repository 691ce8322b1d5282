import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Writes a synthetic corpus in the edition's real content format: front matter, a title with its source note,
 * about 1,400 words in twelve paragraphs, four more notes and two printed page breaks per letter.
 *
 * Run: java bench/CorpusGenerator.java OUTPUT_FOLDER LETTERS [SEED]
 */
public class CorpusGenerator {

	public static void main(String[] args) throws IOException {
		if (args.length < 2) {
			System.err.println("usage: java bench/CorpusGenerator.java OUTPUT_FOLDER LETTERS [SEED]");
			System.exit(2);
		}
		Path folder = Path.of(args[0]);
		int letters = Integer.parseInt(args[1]);
		long seed = args.length > 2 ? Long.parseLong(args[2]) : 1962L;
		Files.createDirectories(folder);
		try (Stream<Path> old = Files.list(folder)) {
			for (Path file : old.filter((f) -> f.toString().endsWith(".md")).toList()) {
				Files.delete(file);
			}
		}
		String[] vocabulary = vocabulary();
		SplittableRandom random = new SplittableRandom(seed);
		for (int n = 1; n <= letters; n++) {
			Files.writeString(folder.resolve(String.format("letter-%05d.md", n)), letter(n, random, vocabulary),
					StandardCharsets.UTF_8);
		}
		System.out.println("wrote " + letters + " letters to " + folder);
	}

	static String letter(int n, SplittableRandom random, String[] vocabulary) {
		LocalDate date = LocalDate.of(1961, 1, 1).plusDays(n % 1400);
		int firstPage = 100 + (n * 3) % 900;
		StringBuilder md = new StringBuilder();
		md.append("---\n")
			.append("slug: synthetic-letter-").append(String.format("%05d", n)).append('\n')
			.append("document: ").append(n).append('\n')
			.append("title: Synthetic Letter Number ").append(n).append('\n')
			.append("author: Writer ").append(n % 17).append('\n')
			.append("recipient: Reader ").append(n % 23).append('\n')
			.append("dateline: Washington, ").append(date).append('\n')
			.append("date: ").append(date).append('\n')
			.append("series: Synthetic Relations of the United States\n")
			.append("volume: ").append(1 + n % 20).append('\n')
			.append("volume-title: Benchmarks\n")
			.append("first-page: ").append(firstPage).append('\n')
			.append("source-url: https://example.org/synthetic/").append(n).append('\n')
			.append("---\n\n")
			.append("# Synthetic Letter Number ").append(n).append("[^1]\n\n");
		List<String> paragraphs = new ArrayList<>();
		for (int p = 1; p <= 12; p++) {
			StringBuilder paragraph = new StringBuilder();
			int words = 105 + random.nextInt(25);
			for (int w = 0; w < words; w++) {
				if (w > 0) {
					paragraph.append(' ');
				}
				String word = vocabulary[random.nextInt(vocabulary.length)];
				paragraph.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
				if (p == 3 && w == words / 2) {
					paragraph.append(" [Page ").append(firstPage + 1).append(']');
				}
				if (p == 7 && w == words / 2) {
					paragraph.append(" [Page ").append(firstPage + 2).append(']');
				}
				if (w % 17 == 16) {
					paragraph.append(random.nextInt(4) == 0 ? ";" : ",");
				}
			}
			if (random.nextInt(50) == 0) {
				paragraph.append(" some modus vivendi in regard to Berlin");
			}
			paragraph.append('.');
			if (p == 1) {
				paragraph.append("[^2] And a second sentence.[^3]");
			}
			if (p == 6) {
				paragraph.append("[^4]");
			}
			if (p == 9) {
				paragraph.append("[^5]");
			}
			paragraphs.add(paragraph.toString());
		}
		md.append(String.join("\n\n", paragraphs)).append("\n\n");
		for (int note = 1; note <= 5; note++) {
			md.append("[^").append(note).append("]: A note on letter ").append(n).append(", printed in ")
				.append("[volume ").append(1 + n % 20).append("](https://example.org/v").append(1 + n % 20)
				.append(") as document ").append(n).append(", about ")
				.append(vocabulary[random.nextInt(vocabulary.length)]).append(" and ")
				.append(vocabulary[random.nextInt(vocabulary.length)]).append(".\n\n");
		}
		return md.toString();
	}

	/** Words of the kind the letters use, and some rarer ones, so searches have common and rare terms. */
	static String[] vocabulary() {
		String common = "the of and to in that we a is be this it which would not as our on with are for by have "
				+ "I you your my Berlin Germany German Soviet Union West East peace negotiations agreement position "
				+ "talks conversations letter channel government question forces troops access city status treaty "
				+ "tension pressure understanding situation possibility progress arrangement recognize believe "
				+ "concerned difficulties confidence proposal discussion representatives ambassador minister "
				+ "chairman president frank secret private sovereignty frontiers nuclear weapons disarmament "
				+ "corridors air harassment stability long-range solution interim accommodation years months";
		String rare = "Adzhubei Gromyko Thompson Bolshakov Sorensen Bohlen Dobrynin Macmillan Adenauer Geneva "
				+ "Moscow Washington autobahn Potsdam Hanover Frankfurt Hamburg Tempelhof Gatow Checkpoint";
		List<String> words = new ArrayList<>(List.of(common.split(" ")));
		words.addAll(List.of(common.split(" ")));
		words.addAll(List.of(rare.split(" ")));
		return words.toArray(String[]::new);
	}

}
