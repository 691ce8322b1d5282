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
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * How the edition turns Flexmark nodes into HTML: blocks render their inline content only (the templates own the
 * block elements and their anchors), note references carry their note beside them for the margin, the first mention
 * of a register entity carries its gloss the same way, and page breaks become DPUB-ARIA page-break markers.
 */
final class EditionRendering implements HtmlRenderer.HtmlRendererExtension {

	/**
	 * The renderer for letters and the register alike. It gets only this extension: it alone decides how notes,
	 * mentions and page breaks look. We render blocks one at a time, not whole documents, and Flexmark leaves links
	 * out of such partial renders unless DO_NOT_RENDER_LINKS is set (its flag counts "link nesting" from the
	 * document, which we never render). Raw HTML in content is escaped: editors write Markdown, and templates trust
	 * only what we render. Thread-safe; build it once.
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
		 * The reference mark, then the note itself in a span that CSS sets in the margin beside this line on wide
		 * screens and opens in place (as the link's target) on narrow ones; spans, because a paragraph may only hold
		 * phrasing content.
		 */
		private static void renderNoteReference(Footnote reference, NodeRendererContext context, HtmlWriter html) {
			String label = reference.getText().toString();
			html.tag("sup");
			html.attr("id", "nref" + label).attr("href", "#n" + label).attr("role", "doc-noteref").withAttr().tag("a");
			html.text(label);
			html.closeTag("a");
			html.closeTag("sup");
			html.attr("id", "n" + label).attr("class", "note").attr("role", "doc-footnote").withAttr().tag("span");
			html.attr("class", "note-number").withAttr().tag("span").text(label).closeTag("span");
			html.raw(" ");
			context.renderChildren(reference.getFootnoteBlock());
			html.raw(" ");
			backlink(html, "nref" + label, "Back to the text at note " + label);
			html.closeTag("span");
		}

		/**
		 * The link from a note or gloss back to the words it belongs to. Styles and scripts find it by its role, so
		 * it needs no class; it needs a label, since its visible arrow says nothing to a screen reader.
		 */
		private static void backlink(HtmlWriter html, String anchor, String label) {
			html.attr("href", "#" + anchor)
				.attr("role", "doc-backlink")
				.attr("aria-label", label)
				.withAttr()
				.tag("a");
			html.raw("\u21a9\ufe0e");
			html.closeTag("a");
		}

		/**
		 * The phrase as a link to its entity's gloss; at the first mention the gloss follows in a span that, like a
		 * note, CSS sets in the margin on wide screens and opens in place on narrow ones. Later mentions only link.
		 * The first mention needs no class of its own: it is the one a gloss follows.
		 */
		private static void renderMention(MentionNode mention, NodeRendererContext context, HtmlWriter html) {
			Entity entity = mention.entity();
			String anchor = entity.mentionAnchor(mention.number());
			html.attr("id", anchor).attr("href", "#" + entity.anchor()).attr("class", "mention").withAttr().tag("a");
			context.renderChildren(mention);
			html.closeTag("a");
			if (mention.number() != 1) {
				return;
			}
			// The kind and the name head the gloss; CSS sets them on a line of their own. The note needs no label of
			// its own: the kind and the name are the first words a screen reader meets in it. Its parts stand eighteen
			// times on a page, so they are marked with as little as says what they are: the name in <b> (the words
			// the eye looks for), the gloss as plain text, the sources in <small> (the small print).
			html.attr("id", entity.anchor()).attr("class", "annotation").attr("role", "note").withAttr().tag("span");
			html.attr("class", "kind").withAttr().tag("span").text(entity.kind().label()).closeTag("span");
			html.raw(" ");
			html.tag("b").text(entity.name()).closeTag("b");
			html.raw(" ").raw(entity.glossHtml()).raw(" ");
			html.tag("small").text("Sources: ").raw(entity.sourcesHtml()).closeTag("small");
			html.raw(" ");
			// At the end of a gloss that opens with the entity's name, this is context enough for the way back.
			backlink(html, anchor, "Back to the text");
			html.closeTag("span");
		}

		/** A phrase in small capitals or a signature: a span whose class says which, for CSS to set. */
		private static void renderRendition(RenditionNode node, NodeRendererContext context, HtmlWriter html) {
			html.attr("class", node.rendition().code()).withAttr().tag("span");
			context.renderChildren(node);
			html.closeTag("span");
		}

		private static void renderPageBreak(PageBreakNode pageBreak, NodeRendererContext context, HtmlWriter html) {
			html.attr("id", "page" + pageBreak.page())
				.attr("class", "pagebreak")
				.attr("role", "doc-pagebreak")
				.attr("aria-label", "Page " + pageBreak.page())
				.withAttr()
				.tag("span");
			html.text("[" + pageBreak.page() + "]");
			html.closeTag("span");
		}

	}

}
