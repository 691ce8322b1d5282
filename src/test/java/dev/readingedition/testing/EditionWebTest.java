package dev.readingedition.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * A {@code @WebMvcTest} slice of the site over the real, packaged {@code content/}: every
 * controller, advice, filter and template, with the edition they serve (loaded, indexed
 * and rendered by the application's own beans, nothing mocked), and no server: requests
 * go through {@link org.springframework.test.web.servlet.assertj.MockMvcTester}. Left out
 * is what only a running server does: watching the content folder, warming templates up,
 * Tomcat's own settings and the health endpoint (tests of those use real HTTP).
 * <p>
 * Every class so annotated shares one application context, so the edition is loaded once
 * for all of them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "dev\\.readingedition\\..*"),
		excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = {
				"dev\\.readingedition\\.live\\.ContentWatcher", "dev\\.readingedition\\.live\\.ContentHealthIndicator",
				"dev\\.readingedition\\.system\\.TemplateWarmUp", "dev\\.readingedition\\.system\\.TomcatHardening" }))
public @interface EditionWebTest {

}
