package dev.readingedition.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.BytesRef;

/**
 * "Did you mean": a spelling of a query whose words all occur in the edition, taken from
 * the index's own vocabulary and given in the text's own form ("Gromiko" → "Gromyko", not
 * "gromyko"), the rest of the query kept as typed (quotes, operators, the other words:
 * {@code "Gromiko Thompson"} → {@code "Gromyko Thompson"}).
 */
final class Spelling {

	/**
	 * A word of a query as typed, and the {@code *} that makes it a prefix; the rest is
	 * syntax.
	 */
	private static final Pattern WORD = Pattern.compile("([^\\s\"()|+\\-*~\\\\]+)(\\*?)");

	private final IndexReader reader;

	private final Vocabulary vocabulary;

	Spelling(IndexReader reader, Vocabulary vocabulary) {
		this.reader = reader;
		this.vocabulary = vocabulary;
	}

	/**
	 * A spelling of the query that finds something. A prefix ({@code negot*}) needs no
	 * other spelling when some word of the edition starts with it; {@code OR} is an
	 * operator, not a word.
	 * @param typed the query as typed
	 * @param findsSomething whether a candidate spelling matches any passage
	 * @return the suggestion, or {@code null} when every word is known or no other
	 * spelling finds anything
	 */
	String suggest(String typed, Predicate<String> findsSomething) {
		DirectSpellChecker checker = new DirectSpellChecker();
		checker.setMinQueryLength(3);
		StringBuilder suggestion = new StringBuilder();
		boolean changed = false;
		try {
			Matcher words = WORD.matcher(typed);
			while (words.find()) {
				String word = words.group(1);
				boolean prefix = !words.group(2).isEmpty();
				String replacement = word;
				if (!word.equals("OR")) {
					BytesRef folded = vocabulary.fold(word);
					boolean known = prefix ? vocabulary.startsAWord(folded) : vocabulary.frequency(folded) > 0;
					if (!known) {
						SuggestWord[] similar = checker.suggestSimilar(new Term(Analysis.EXACT, folded), 1, reader);
						if (similar.length > 0) {
							replacement = vocabulary.written(similar[0].string);
							changed = true;
						}
					}
				}
				words.appendReplacement(suggestion, Matcher.quoteReplacement(replacement + words.group(2)));
			}
			words.appendTail(suggestion);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the search index could not be read", ex);
		}
		if (!changed) {
			return null;
		}
		String candidate = suggestion.toString();
		return findsSomething.test(candidate) ? candidate : null;
	}

}
