package dev.readingedition.about;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The edition's front matter: its pages in their order, each found by its name in the
 * address.
 */
public record FrontMatter(List<FrontMatterPage> pages) {

	/** An edition whose content has no {@code about/} folder. */
	public static final FrontMatter EMPTY = new FrontMatter(List.of());

	public FrontMatter {
		pages = pages.stream()
			.sorted(Comparator.comparingInt(FrontMatterPage::order).thenComparing(FrontMatterPage::slug))
			.toList();
	}

	/**
	 * @param slug the page's name in its address, empty for {@code /about} itself
	 */
	public Optional<FrontMatterPage> page(String slug) {
		return pages.stream().filter((page) -> page.slug().equals(slug)).findFirst();
	}

}
