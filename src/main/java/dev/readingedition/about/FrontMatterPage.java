package dev.readingedition.about;

import java.util.List;
import java.util.Objects;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * One page of the edition's front matter (about the edition, its principles, its text,
 * how to cite it, its data, its accessibility), parsed from Markdown once per load of the
 * content, its facts checked against the edition. Its HTML is made when it is served,
 * with the facts computed for that request; the page that results is cached like every
 * other.
 */
public final class FrontMatterPage {

	/**
	 * Raw HTML in the Markdown is shown as text, not passed through; headings get ids,
	 * for links into a page.
	 */
	static final DataHolder RENDERING = new MutableDataSet().set(HtmlRenderer.ESCAPE_HTML, true)
		.set(HtmlRenderer.GENERATE_HEADER_ID, true)
		.set(HtmlRenderer.RENDER_HEADER_ID, true)
		.toImmutable();

	private final String slug;

	private final String title;

	private final String navLabel;

	private final String description;

	private final int order;

	private final String sourceName;

	private final Document body;

	private final List<Fact.Use> facts;

	FrontMatterPage(String slug, String title, String navLabel, String description, int order, String sourceName,
			Document body, List<Fact.Use> facts) {
		this.slug = Objects.requireNonNull(slug, "slug");
		this.title = Objects.requireNonNull(title, "title");
		this.navLabel = Objects.requireNonNull(navLabel, "navLabel");
		this.description = Objects.requireNonNull(description, "description");
		this.order = order;
		this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
		this.body = Objects.requireNonNull(body, "body");
		this.facts = List.copyOf(facts);
	}

	/**
	 * Its name in the address, from its file's name; empty for {@code index.md}, the page
	 * {@code /about}.
	 */
	public String slug() {
		return slug;
	}

	/** Its address on the site: {@code /about} or {@code /about/how-to-cite}. */
	public String path() {
		return slug.isEmpty() ? "/" + FrontMatterLoader.FOLDER : "/" + FrontMatterLoader.FOLDER + "/" + slug;
	}

	/** Its title, the level-1 heading it opens with. */
	public String title() {
		return title;
	}

	/**
	 * Its name in the site's footer, shorter than the title where the front matter gives
	 * one.
	 */
	public String navLabel() {
		return navLabel;
	}

	/**
	 * One sentence on what it holds, for its description and the front matter's table of
	 * contents.
	 */
	public String description() {
		return description;
	}

	/** Where it stands among the front matter's pages. */
	public int order() {
		return order;
	}

	/** The Markdown file it was read from. */
	public String sourceName() {
		return sourceName;
	}

	/** Every fact it asks for, in the order they stand in it. */
	public List<Fact.Use> facts() {
		return facts;
	}

	/**
	 * Its body as HTML (without the title), with every fact computed.
	 * @param values computes the facts, for the request being answered
	 */
	public String html(FactValues values) {
		HtmlRenderer renderer = HtmlRenderer.builder(RENDERING)
			.extensions(List.of(FactExtension.rendering(values)))
			.build();
		// Rendering reads the tree; it is kept from one load of the content and shared by
		// requests, so one at a time.
		synchronized (body) {
			return renderer.render(body);
		}
	}

}
