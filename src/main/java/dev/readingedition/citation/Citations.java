package dev.readingedition.citation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.readingedition.edition.Letter;
import dev.readingedition.edition.Paragraph;
import dev.readingedition.printings.Printing;
import dev.readingedition.reading.Permalinks;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes the citations of the current request: addressed with its permalinks, accessed
 * today by the injected {@link Clock} (so a cached page is kept per day: the day is one
 * of a rendering's dependencies, see {@code system.Dependencies}), rendered by the CSL
 * processor. Its methods are public because the templates call them.
 * <p>
 * To cite another printing of a letter (its second printing, say), pass a
 * {@link Printing} and, for a paragraph, a {@link Pinpoint} with that printing's pages:
 * {@code citations.of(letter, printing, pinpoint, url)}.
 */
@Component
public class Citations {

	private static final Log logger = LogFactory.getLog(Citations.class);

	private final Permalinks permalinks;

	private final Clock clock;

	private final CitationStyles styles = new CitationStyles();

	/** As many renderings as a few letters' paragraphs at a few addresses. */
	private static final int KEPT = 512;

	private final Map<Citation, CitationTexts> renderings = new LinkedHashMap<>(64, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Citation, CitationTexts> eldest) {
			return size() > KEPT;
		}
	};

	public Citations(Permalinks permalinks, Clock clock) {
		this.permalinks = permalinks;
		this.clock = clock;
	}

	/**
	 * Reads the citation styles once the server is ready, off the thread that answers the
	 * readiness check, so the first page with a citation does not wait seconds for the
	 * processor.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		Thread warmUp = new Thread(() -> {
			try {
				styles.warmUp();
			}
			catch (RuntimeException ex) {
				// The first page will render the citation itself and report what is
				// wrong.
				logger.debug("Could not get the citation styles ready ahead of the first page", ex);
			}
		}, "citation-styles-warm-up");
		warmUp.setDaemon(true);
		warmUp.start();
	}

	/** Today, the access date of what is cited now. */
	public LocalDate today() {
		return LocalDate.now(clock);
	}

	public CitationTexts letter(Letter letter) {
		return rendered(record(letter));
	}

	public CitationTexts paragraph(Letter letter, Paragraph paragraph) {
		return rendered(record(letter, paragraph));
	}

	/**
	 * A letter, or one paragraph of it, in the printing given: the way to cite a printing
	 * other than the one the front matter describes.
	 * @param pinpoint the paragraph with its pages in that printing, or {@code null} for
	 * the whole letter
	 * @param url the edition's address of what is cited
	 */
	public CitationTexts of(Letter letter, Printing printing, Pinpoint pinpoint, String url) {
		return rendered(Citation.of(letter, printing, pinpoint, url, permalinks.letter(letter), today()));
	}

	/**
	 * A citation's texts, rendered once: the processor takes a few milliseconds a style,
	 * and a letter reached from a search is rendered for every query. A citation is its
	 * content, address and day, so a correction or a new day is a new key; the oldest
	 * renderings go first.
	 */
	private CitationTexts rendered(Citation citation) {
		synchronized (renderings) {
			CitationTexts texts = renderings.get(citation);
			if (texts != null) {
				return texts;
			}
		}
		CitationTexts texts = styles.texts(citation);
		synchronized (renderings) {
			renderings.put(citation, texts);
		}
		return texts;
	}

	/** The whole letter's citation record (CSL, BibTeX, Highwire), not rendered. */
	public Citation record(Letter letter) {
		return Citation.of(letter, permalinks.letter(letter), today());
	}

	/** One paragraph's citation record, not rendered. */
	public Citation record(Letter letter, Paragraph paragraph) {
		return Citation.of(letter, paragraph, permalinks.paragraph(letter, paragraph), permalinks.letter(letter),
				today());
	}

}
