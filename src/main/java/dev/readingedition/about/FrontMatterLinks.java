package dev.readingedition.about;

import java.util.List;

import dev.readingedition.live.LiveEdition;
import dev.readingedition.live.Snapshot;
import dev.readingedition.system.SnapshotArgumentResolver;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The front matter's pages for the line of links in every page's footer, which the layout
 * asks for as {@code @frontMatterLinks.pages()}: a bean, not a model attribute, so that
 * error pages, which no controller's model reaches, have the line too. The pages come
 * from the request's own snapshot of the edition where it has one.
 */
@Component("frontMatterLinks")
class FrontMatterLinks {

	private final LiveEdition live;

	FrontMatterLinks(LiveEdition live) {
		this.live = live;
	}

	public List<FrontMatterPage> pages() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		Object taken = request == null ? null
				: request.getAttribute(SnapshotArgumentResolver.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		Snapshot snapshot = taken instanceof Snapshot given ? given : live.snapshot();
		return snapshot.edition().frontMatter().pages();
	}

}
