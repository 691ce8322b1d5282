package dev.readingedition.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A query as people type it (words, {@code "phrases"}, {@code -excluded},
 * {@code prefix*}, {@code OR}), turned into Lucene queries. Bad syntax is never an error:
 * Lucene's {@link SimpleQueryParser} takes stray quotes, brackets and operators in its
 * stride. Parsers are not thread-safe, so each query gets its own.
 */
final class UserQuery {

	/** The longest query we take; longer ones are refused with a message. */
	static final int MAX_LENGTH = 500;

	private static final int FLAGS = SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.NOT_OPERATOR
			| SimpleQueryParser.OR_OPERATOR | SimpleQueryParser.PREFIX_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR
			| SimpleQueryParser.PRECEDENCE_OPERATORS | SimpleQueryParser.ESCAPE_OPERATOR
			| SimpleQueryParser.WHITESPACE_OPERATOR;

	private final String text;

	private final Query match;

	private final Query ranked;

	private UserQuery(String text, Query match, Query ranked) {
		this.text = text;
		this.match = match;
		this.ranked = ranked;
	}

	/**
	 * Parses what a reader typed.
	 * @return the query, or {@code null} when it holds no words to search for
	 */
	static UserQuery parse(String typed, Analyzer analyzer) {
		String text = typed.strip();
		if (text.isEmpty()) {
			return null;
		}
		String lucene = wordOrToPipe(text);
		// A passage matches when every word matches, unstemmed or stemmed, in its words
		// or the names it mentions.
		Query match = parser(analyzer, Map.of(Analysis.EXACT, 1f, Analysis.TEXT, 1f, Analysis.NAMES, 1f)).parse(lucene);
		if (match == null || isEmpty(match)) {
			return null;
		}
		// Ranking in tiers, a passage scored by the highest it reaches (so tiers do not
		// add up and ties fall to
		// reading order): the entity's own gloss for a name query (an annotation whose
		// entity's name holds every
		// word), the exact phrase, all words as written, then stemmed matches.
		List<Query> tiers = new ArrayList<>();
		Query byName = parser(analyzer, Map.of(Analysis.NAMES, 1f)).parse(lucene);
		if (byName != null && !isEmpty(byName)) {
			Query ownGloss = new BooleanQuery.Builder().add(byName, Occur.MUST)
				.add(new TermQuery(new Term(Analysis.KIND, Hit.Kind.ANNOTATION.label())), Occur.FILTER)
				.build();
			tiers.add(new BoostQuery(new ConstantScoreQuery(ownGloss), 8f));
		}
		List<String> words = exactWords(text, analyzer);
		if (words.size() > 1) {
			tiers.add(new BoostQuery(
					new ConstantScoreQuery(new PhraseQuery(Analysis.EXACT, words.toArray(String[]::new))), 6f));
		}
		Query allExact = parser(analyzer, Map.of(Analysis.EXACT, 1f)).parse(lucene);
		if (allExact != null && !isEmpty(allExact)) {
			tiers.add(new BoostQuery(new ConstantScoreQuery(allExact), 2f));
		}
		BooleanQuery.Builder ranked = new BooleanQuery.Builder().add(new ConstantScoreQuery(match), Occur.MUST);
		if (!tiers.isEmpty()) {
			ranked.add(new DisjunctionMaxQuery(tiers, 0f), Occur.SHOULD);
		}
		return new UserQuery(text, match, ranked.build());
	}

	private static SimpleQueryParser parser(Analyzer analyzer, Map<String, Float> fields) {
		SimpleQueryParser parser = new SimpleQueryParser(analyzer, fields, FLAGS);
		parser.setDefaultOperator(Occur.MUST);
		return parser;
	}

	private static boolean isEmpty(Query query) {
		return query instanceof BooleanQuery bool && bool.clauses().isEmpty();
	}

	/**
	 * People write OR; the simple syntax writes |. Only a whole word OR outside quotes is
	 * the operator.
	 */
	static String wordOrToPipe(String text) {
		StringBuilder out = new StringBuilder(text.length());
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			boolean wordStart = i == 0 || Character.isWhitespace(text.charAt(i - 1));
			boolean wordEnd = i + 2 >= text.length() || Character.isWhitespace(text.charAt(i + 2));
			if (!quoted && c == 'O' && i + 1 < text.length() && text.charAt(i + 1) == 'R' && wordStart && wordEnd) {
				out.append('|');
				i++;
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * The query's words as the unstemmed field indexes them, for the exact-phrase boost.
	 */
	private static List<String> exactWords(String text, Analyzer analyzer) {
		List<String> words = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(Analysis.EXACT, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				words.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return words;
	}

	String text() {
		return text;
	}

	/** Which passages match. */
	Query match() {
		return match;
	}

	/** The same passages, scored by tier. */
	Query ranked() {
		return ranked;
	}

}
