package dev.readingedition.web;

import java.time.LocalDate;
import java.util.Locale;

import dev.readingedition.citation.Citation;
import dev.readingedition.edition.Letter;
import dev.readingedition.edition.Paragraph;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Makes the citations of the current request: addressed with its permalinks, accessed today, published by the site.
 * Its methods are public because the templates call them.
 */
@Component
class Citations {

	private final Permalinks permalinks;

	private final String siteName;

	Citations(Permalinks permalinks, MessageSource messages) {
		this.permalinks = permalinks;
		this.siteName = messages.getMessage("site.name", null, Locale.ENGLISH);
	}

	public Citation letter(Letter letter) {
		return Citation.of(letter, permalinks.letter(letter), LocalDate.now(), siteName);
	}

	public Citation paragraph(Letter letter, Paragraph paragraph) {
		return Citation.of(letter, paragraph, permalinks.paragraph(letter, paragraph), LocalDate.now(), siteName);
	}

}
