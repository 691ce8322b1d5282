package dev.readingedition.citation;

import java.util.List;
import java.util.Objects;

/**
 * A citation with its renderings in the styles the page offers, each made by the CSL
 * processor from the citation's CSL-JSON item.
 *
 * @param citation the citation
 * @param chicago Chicago full note
 * @param mla MLA works-cited entry
 * @param apa APA reference
 */
public record CitationTexts(Citation citation, Styled chicago, Styled mla, Styled apa) {

	public CitationTexts {
		Objects.requireNonNull(citation, "citation");
		Objects.requireNonNull(chicago, "chicago");
		Objects.requireNonNull(mla, "mla");
		Objects.requireNonNull(apa, "apa");
	}

	public String bibtex() {
		return citation.bibtex();
	}

	public List<Citation.MetaTag> highwire() {
		return citation.highwire();
	}

	public String key() {
		return citation.key();
	}

}
