package dev.readingedition.system;

import java.util.Set;

import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IPostProcessorDialect;
import org.thymeleaf.engine.AbstractTemplateHandler;
import org.thymeleaf.model.ICloseElementTag;
import org.thymeleaf.model.IOpenElementTag;
import org.thymeleaf.model.IText;
import org.thymeleaf.postprocessor.IPostProcessor;
import org.thymeleaf.postprocessor.PostProcessor;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Lets the templates be indented as natural templates without sending their indentation
 * with every page: a text between two tags that is white space alone and holds a line
 * break is the template's layout, not the page's words, and is left out of what is
 * written. A space on the same line as its tags ({@code </a> <a>}) is the page's and
 * stays, as does everything inside {@code pre}, {@code textarea}, {@code script} and
 * {@code style}. It works on Thymeleaf's own events as they are written, so it parses
 * nothing; the model's HTML, inserted with {@code th:utext}, is one text and is never
 * touched. It applies to the templates written for it ({@link #NATURAL}): the others
 * still send their white space as written, so that a line break that shows as a space
 * between two of their inline elements is not lost; a template joins the list once its
 * pages are checked without it.
 */
public final class TemplateLayout extends AbstractDialect implements IPostProcessorDialect {

	/**
	 * The templates indented as natural templates, whose line breaks between tags are
	 * layout only.
	 */
	static final Set<String> NATURAL = Set.of("fragments/layout", "fragments/sharing", "fragments/citation",
			"fragments/error-page", "fragments/thread", "contents", "letter");

	/** Elements whose white space is their content. */
	private static final Set<String> PREFORMATTED = Set.of("pre", "textarea", "script", "style");

	public TemplateLayout() {
		super("Template layout");
	}

	@Override
	public int getDialectPostProcessorPrecedence() {
		return 1000;
	}

	@Override
	public Set<IPostProcessor> getPostProcessors() {
		return Set.of(new PostProcessor(TemplateMode.HTML, Handler.class, 1000));
	}

	/** One rendering's filter; Thymeleaf makes one for each template it processes. */
	public static final class Handler extends AbstractTemplateHandler {

		private int preformatted;

		@Override
		public void handleOpenElement(IOpenElementTag tag) {
			if (PREFORMATTED.contains(tag.getElementCompleteName())) {
				preformatted++;
			}
			super.handleOpenElement(tag);
		}

		@Override
		public void handleCloseElement(ICloseElementTag tag) {
			if (PREFORMATTED.contains(tag.getElementCompleteName()) && preformatted > 0) {
				preformatted--;
			}
			super.handleCloseElement(tag);
		}

		@Override
		public void handleText(IText text) {
			// A text the processing made (th:text, say) comes from no template, and is
			// the page's.
			String template = text.getTemplateName();
			if (preformatted == 0 && template != null && NATURAL.contains(template) && isLayout(text)) {
				return;
			}
			super.handleText(text);
		}

		private static boolean isLayout(CharSequence text) {
			boolean lineBreak = false;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == '\n') {
					lineBreak = true;
				}
				else if (c != ' ' && c != '\t' && c != '\r') {
					return false;
				}
			}
			return lineBreak;
		}

	}

}
