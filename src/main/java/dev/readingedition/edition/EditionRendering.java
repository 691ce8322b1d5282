package dev.readingedition.edition;

import java.util.List;
import java.util.Set;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * How the edition turns Flexmark nodes into HTML: blocks render their inline content only
 * (the templates own the block elements and their anchors), note references and mentions
 * become links to the notes and glosses that {@link MarginRendering} sets beside the
 * paragraph, and page breaks become DPUB-ARIA page-break markers. What this renders for a
 * paragraph holds the letter's words and nothing else as text.
 */
final class EditionRendering implements HtmlRenderer.HtmlRendererExtension {

	/**
	 * The printed volume a letter's page breaks refer to, set on its parsed document
	 * before it is rendered.
	 */
	static final DataKey<String> PRINTED_IN = new DataKey<>("EDITION_PRINTED_IN", "the printed volume");

	/**
	 * The renderer for letters and the register alike. It gets only this extension: it
	 * alone decides how notes, mentions and page breaks look. We render blocks one at a
	 * time, not whole documents, and Flexmark leaves links out of such partial renders
	 * unless DO_NOT_RENDER_LINKS is set (its flag counts "link nesting" from the
	 * document, which we never render). Raw HTML in content is escaped: editors write
	 * Markdown, and templates trust only what we render. Thread-safe; build it once.
	 */
	static HtmlRenderer renderer() {
		return HtmlRenderer
			.builder(new MutableDataSet().set(Parser.EXTENSIONS, List.of(new EditionRendering()))
				.set(HtmlRenderer.DO_NOT_RENDER_LINKS, true)
				.set(HtmlRenderer.ESCAPE_HTML, true))
			.build();
	}

	@Override
	public void rendererOptions(MutableDataHolder options) {
	}

	@Override
	public void extend(HtmlRenderer.Builder builder, String rendererType) {
		builder.nodeRendererFactory((options) -> new Renderer());
	}

	private static final class Renderer implements NodeRenderer {

		@Override
		public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
			return Set.of(
					new NodeRenderingHandler<>(com.vladsch.flexmark.ast.Paragraph.class,
							(node, context, html) -> context.renderChildren(node)),
					new NodeRenderingHandler<>(Heading.class, (node, context, html) -> context.renderChildren(node)),
					new NodeRenderingHandler<>(FootnoteBlock.class,
							(node, context, html) -> context.renderChildren(node)),
					new NodeRenderingHandler<>(Footnote.class, Renderer::renderNoteReference),
					new NodeRenderingHandler<>(MentionNode.class, Renderer::renderMention),
					new NodeRenderingHandler<>(RenditionNode.class, Renderer::renderRendition),
					new NodeRenderingHandler<>(PageBreakNode.class, Renderer::renderPageBreak));
		}

		/**
		 * The reference mark alone: the note stands in the paragraph's margin
		 * ({@link MarginRendering}), so the paragraph holds only the letter's words. The
		 * number is the link's label, shown by CSS from {@code data-note}, so that a
		 * reader who copies the sentence copies no digit the letter does not have.
		 */
		private static void renderNoteReference(Footnote reference, NodeRendererContext context, HtmlWriter html) {
			String label = reference.getText().toString();
			html.attr("id", "nref" + label)
				.attr("href", "#n" + label)
				.attr("role", "doc-noteref")
				.attr("aria-label", "Note " + label)
				.attr("data-note", label)
				.withAttr()
				.tag("a");
			html.closeTag("a");
		}

		/**
		 * The phrase as a link to its entity's gloss, which stands in the margin of the
		 * paragraph that first mentions it ({@link MarginRendering}).
		 */
		private static void renderMention(MentionNode mention, NodeRendererContext context, HtmlWriter html) {
			Entity entity = mention.entity();
			String anchor = entity.mentionAnchor(mention.number());
			html.attr("id", anchor).attr("href", "#" + entity.anchor()).attr("class", "mention").withAttr().tag("a");
			context.renderChildren(mention);
			html.closeTag("a");
		}

		/**
		 * A phrase in small capitals or a signature: a span whose class says which, for
		 * CSS to set.
		 */
		private static void renderRendition(RenditionNode node, NodeRendererContext context, HtmlWriter html) {
			html.attr("class", node.rendition().code()).withAttr().tag("span");
			context.renderChildren(node);
			html.closeTag("span");
		}

		/**
		 * The marker of a printed page: empty, its number shown by CSS from
		 * {@code data-page} (so a copied sentence holds no page number), saying which
		 * volume's page it is in its title: a screen reader's name for it, and what the
		 * eye sees on hover.
		 */
		private static void renderPageBreak(PageBreakNode pageBreak, NodeRendererContext context, HtmlWriter html) {
			String label = "Page " + pageBreak.page() + " of " + context.getDocument().get(PRINTED_IN);
			html.attr("id", "page" + pageBreak.page())
				.attr("class", "pagebreak")
				.attr("role", "doc-pagebreak")
				.attr("title", label)
				.attr("data-page", String.valueOf(pageBreak.page()))
				.withAttr()
				.tag("span");
			html.closeTag("span");
		}

	}

}
