package dev.readingedition.about;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Teaches Flexmark the front matter's fact placeholders, {@code {{letters.count}}} or
 * {@code {{cite.page VI 94}}}: the parser makes each a {@link FactNode}, and the renderer
 * writes the fact's HTML, computed from the model by the {@link FactValues} it is given.
 * Text that merely contains braces stays text.
 */
final class FactExtension {

	/**
	 * A name of lower-case words joined by dots and hyphens, then arguments of letters,
	 * digits and hyphens.
	 */
	private static final Pattern PLACEHOLDER = Pattern
		.compile("\\{\\{\\s*([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)*)((?:\\s+[A-Za-z0-9-]+)*)\\s*\\}\\}");

	private FactExtension() {
	}

	static Parser.ParserExtension parsing() {
		return new Parsing();
	}

	static HtmlRenderer.HtmlRendererExtension rendering(FactValues values) {
		return new Rendering(values);
	}

	private static final class Parsing implements Parser.ParserExtension {

		@Override
		public void parserOptions(MutableDataHolder options) {
		}

		@Override
		public void extend(Parser.Builder builder) {
			builder.customInlineParserExtensionFactory(new Factory());
		}

	}

	private static final class Factory implements InlineParserExtensionFactory {

		@Override
		public CharSequence getCharacters() {
			return "{";
		}

		@Override
		public InlineParserExtension apply(LightInlineParser inlineParser) {
			return new Placeholders();
		}

		@Override
		public Set<Class<?>> getAfterDependents() {
			return null;
		}

		@Override
		public Set<Class<?>> getBeforeDependents() {
			return null;
		}

		@Override
		public boolean affectsGlobalScope() {
			return false;
		}

	}

	private static final class Placeholders implements InlineParserExtension {

		@Override
		public void finalizeDocument(InlineParser inlineParser) {
		}

		@Override
		public void finalizeBlock(InlineParser inlineParser) {
		}

		@Override
		public boolean parse(LightInlineParser inlineParser) {
			if (inlineParser.peek(1) != '{') {
				return false;
			}
			BasedSequence[] groups = inlineParser.matchWithGroups(PLACEHOLDER);
			if (groups == null) {
				return false;
			}
			inlineParser.flushTextNode();
			String arguments = groups[2] == null ? "" : groups[2].toString().strip();
			List<String> split = arguments.isEmpty() ? List.of() : Arrays.asList(arguments.split("\\s+"));
			inlineParser.getBlock().appendChild(new FactNode(groups[0], groups[1].toString(), split));
			return true;
		}

	}

	private static final class Rendering implements HtmlRenderer.HtmlRendererExtension {

		private final FactValues values;

		Rendering(FactValues values) {
			this.values = values;
		}

		@Override
		public void rendererOptions(MutableDataHolder options) {
		}

		@Override
		public void extend(HtmlRenderer.Builder builder, String rendererType) {
			builder.nodeRendererFactory((options) -> new Renderer(values));
		}

	}

	private static final class Renderer implements NodeRenderer {

		private final FactValues values;

		Renderer(FactValues values) {
			this.values = values;
		}

		@Override
		public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
			return Set.of(new NodeRenderingHandler<>(FactNode.class, this::inline),
					new NodeRenderingHandler<>(FactBlockNode.class, this::block));
		}

		private void inline(FactNode node, NodeRendererContext context, HtmlWriter html) {
			html.raw(values.html(node.use()));
		}

		private void block(FactBlockNode node, NodeRendererContext context, HtmlWriter html) {
			html.line();
			html.raw(values.html(node.use()));
			html.line();
		}

	}

}
