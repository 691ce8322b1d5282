package dev.readingedition.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.util.List;

import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;

/**
 * Sentence boundaries for snippets that do not end a sentence at an abbreviation ("Mr.
 * Adzhubei", "Messrs. Thompson", "vol. VI", "doc. 27", "i.e.", "Robert F. Kennedy"):
 * ICU4J's filtered sentence break iterator, with CLDR's English exceptions and the ones
 * these letters and their notes use, handed to Lucene's highlighter (which takes the
 * JDK's {@link BreakIterator}) through this adapter. Not thread-safe, like every break
 * iterator: one per highlighting, cloned from one built once.
 */
final class SentenceBreaks extends BreakIterator {

	/**
	 * Abbreviations the letters and notes use that CLDR's English list may lack; a break
	 * is never made after them. Single capitals with a period are initials ("F." of
	 * Robert F. Kennedy).
	 */
	static final List<String> ABBREVIATIONS = List.of("Mr.", "Mrs.", "Messrs.", "Dr.", "St.", "Jr.", "Sr.", "vol.",
			"Vol.", "vols.", "doc.", "Doc.", "docs.", "p.", "pp.", "No.", "no.", "i.e.", "e.g.", "cf.", "ca.", "ed.",
			"eds.", "U.S.", "U.N.", "U.S.S.R.", "Gen.", "Amb.", "Sen.", "Rep.", "Lt.", "Col.", "Capt.", "Gov.");

	/**
	 * Built once: building the filter's tries costs milliseconds, a clone microseconds.
	 * ICU's clone copies the iterator, its text and its tries, so each clone is
	 * independent; the prototype itself never gets a text.
	 */
	private static final com.ibm.icu.text.BreakIterator PROTOTYPE = prototype();

	private final com.ibm.icu.text.BreakIterator icu;

	SentenceBreaks() {
		synchronized (PROTOTYPE) {
			this.icu = (com.ibm.icu.text.BreakIterator) PROTOTYPE.clone();
		}
	}

	private static com.ibm.icu.text.BreakIterator prototype() {
		FilteredBreakIteratorBuilder builder = FilteredBreakIteratorBuilder.getInstance(ULocale.ENGLISH);
		for (String abbreviation : ABBREVIATIONS) {
			builder.suppressBreakAfter(abbreviation);
		}
		for (char initial = 'A'; initial <= 'Z'; initial++) {
			builder.suppressBreakAfter(initial + ".");
		}
		return builder.wrapIteratorWithFilter(com.ibm.icu.text.BreakIterator.getSentenceInstance(ULocale.ENGLISH));
	}

	@Override
	public int first() {
		return icu.first();
	}

	@Override
	public int last() {
		return icu.last();
	}

	@Override
	public int next(int n) {
		return icu.next(n);
	}

	@Override
	public int next() {
		return icu.next();
	}

	@Override
	public int previous() {
		return icu.previous();
	}

	@Override
	public int following(int offset) {
		return icu.following(offset);
	}

	@Override
	public int preceding(int offset) {
		return icu.preceding(offset);
	}

	@Override
	public boolean isBoundary(int offset) {
		return icu.isBoundary(offset);
	}

	@Override
	public int current() {
		return icu.current();
	}

	@Override
	public CharacterIterator getText() {
		return icu.getText();
	}

	@Override
	public void setText(String text) {
		icu.setText(text);
	}

	@Override
	public void setText(CharacterIterator text) {
		icu.setText(text);
	}

	/** A fresh iterator over the same text. */
	@Override
	public Object clone() {
		SentenceBreaks copy = new SentenceBreaks();
		copy.setText((CharacterIterator) getText().clone());
		return copy;
	}

}
