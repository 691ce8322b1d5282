package dev.readingedition.system;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import dev.readingedition.BackgroundWork;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.thymeleaf.ITemplateEngine;
import org.unbescape.html.HtmlEscape;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Gets Thymeleaf ready while the rest of start-up runs, so the first page a reader asks
 * for does not pay for it. Thymeleaf builds its dialects and processors on first use, and
 * unbescape, which escapes every text it writes, builds its table of 2,000-odd HTML
 * entities on first use: together about half of the first page's time on a cold JVM (0.2
 * s of 0.45 s, measured).
 */
@Component
class TemplateWarmUp implements InitializingBean {

	private static final Log logger = LogFactory.getLog(TemplateWarmUp.class);

	private final ITemplateEngine templates;

	private final Executor background;

	private final CompletableFuture<Void> ready = new CompletableFuture<>();

	TemplateWarmUp(ITemplateEngine templates, @Qualifier(BackgroundWork.EXECUTOR) Executor background) {
		this.templates = templates;
		this.background = background;
	}

	/**
	 * Starts as soon as the engine exists, on a background thread beside the rest of
	 * start-up.
	 */
	@Override
	public void afterPropertiesSet() {
		background.execute(() -> {
			try {
				templates.getConfiguration();
				HtmlEscape.escapeHtml4Xml("&");
				ready.complete(null);
			}
			catch (RuntimeException ex) {
				// The first page will do the same work and report what is wrong.
				logger.debug("Could not get the templates ready ahead of the first page", ex);
				ready.completeExceptionally(ex);
			}
		});
	}

	/**
	 * Done when Thymeleaf is ready; failed with what stopped the warm-up, if something
	 * did.
	 */
	CompletableFuture<Void> ready() {
		return ready;
	}

}
