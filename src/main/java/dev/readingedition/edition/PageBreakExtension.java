package dev.readingedition.edition;

import java.util.Set;
import java.util.regex.Pattern;

import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Teaches Flexmark the printed edition's page-break mark, {@code [Page 820]}, so that it becomes a
 * {@link PageBreakNode} instead of literal text in the paragraph.
 */
final class PageBreakExtension implements Parser.ParserExtension {

	private static final Pattern PAGE_MARK = Pattern.compile("\\[Page (\\d{1,6})\\](?![\\[(:])");

	@Override
	public void parserOptions(MutableDataHolder options) {
	}

	@Override
	public void extend(Parser.Builder builder) {
		builder.customInlineParserExtensionFactory(new Factory());
	}

	private static final class Factory implements InlineParserExtensionFactory {

		@Override
		public CharSequence getCharacters() {
			return "[";
		}

		@Override
		public InlineParserExtension apply(LightInlineParser inlineParser) {
			return new PageMarkParser();
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

	private static final class PageMarkParser implements InlineParserExtension {

		@Override
		public void finalizeDocument(com.vladsch.flexmark.parser.InlineParser inlineParser) {
		}

		@Override
		public void finalizeBlock(com.vladsch.flexmark.parser.InlineParser inlineParser) {
		}

		@Override
		public boolean parse(LightInlineParser inlineParser) {
			BasedSequence[] match = inlineParser.matchWithGroups(PAGE_MARK);
			if (match == null) {
				return false;
			}
			inlineParser.flushTextNode();
			inlineParser.getBlock().appendChild(new PageBreakNode(match[0], Integer.parseInt(match[1].toString())));
			return true;
		}

	}

}
