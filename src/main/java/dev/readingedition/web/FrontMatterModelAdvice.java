package dev.readingedition.web;

import java.util.List;

import dev.readingedition.about.FrontMatterPage;
import dev.readingedition.live.Snapshot;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page of this package the front matter's pages, for the one line of links in the site's footer.
 */
@ControllerAdvice(basePackageClasses = FrontMatterModelAdvice.class)
class FrontMatterModelAdvice {

	@ModelAttribute("frontMatterPages")
	List<FrontMatterPage> frontMatterPages(Snapshot snapshot) {
		return snapshot.edition().frontMatter().pages();
	}

}
