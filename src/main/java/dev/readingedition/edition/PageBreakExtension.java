package dev.readingedition.edition;

import java.util.regex.Pattern;

import com.vladsch.flexmark.parser.LinkRefProcessor;
import com.vladsch.flexmark.parser.LinkRefProcessorFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Teaches Flexmark the printed edition's page-break mark, {@code [Page 820]}, so that it
 * becomes a {@link PageBreakNode} instead of literal text in the paragraph. It hooks into
 * Flexmark's bracket handling the way footnote references do, so any other bracketed text
 * stays as it was.
 */
final class PageBreakExtension implements Parser.ParserExtension {

	private static final Pattern PAGE_MARK = Pattern.compile("\\[Page [1-9][0-9]{0,5}\\]");

	@Override
	public void parserOptions(MutableDataHolder options) {
	}

	@Override
	public void extend(Parser.Builder builder) {
		builder.linkRefProcessorFactory(new Factory());
	}

	private static final class Factory implements LinkRefProcessorFactory {

		@Override
		public boolean getWantExclamationPrefix(DataHolder options) {
			return false;
		}

		@Override
		public int getBracketNestingLevel(DataHolder options) {
			return 0;
		}

		@Override
		public LinkRefProcessor apply(Document document) {
			return new PageMarkProcessor();
		}

	}

	private static final class PageMarkProcessor implements LinkRefProcessor {

		@Override
		public boolean getWantExclamationPrefix() {
			return false;
		}

		@Override
		public int getBracketNestingLevel() {
			return 0;
		}

		@Override
		public boolean isMatch(BasedSequence nodeChars) {
			return PAGE_MARK.matcher(nodeChars).matches();
		}

		@Override
		public Node createNode(BasedSequence nodeChars) {
			// "[Page " is six characters; the number runs to the closing bracket.
			return new PageBreakNode(nodeChars,
					Integer.parseInt(nodeChars.subSequence(6, nodeChars.length() - 1).toString()));
		}

		@Override
		public BasedSequence adjustInlineText(Document document, Node node) {
			return node.getChars();
		}

		@Override
		public boolean allowDelimiters(BasedSequence chars, Document document, Node node) {
			return false;
		}

		@Override
		public void updateNodeElements(Document document, Node node) {
		}

	}

}
