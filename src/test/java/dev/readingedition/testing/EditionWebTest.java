package dev.readingedition.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
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
 * <p>
 * MockMvc prints nothing, not even for a failing test: by default it keeps every
 * request's printout (a search page's model alone is over a megabyte) until the test
 * method ends, which a test of many requests pays for in time and heap; an AssertJ
 * failure of {@code MockMvcTester} says what was wrong by itself.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "dev\\.readingedition\\..*"),
		excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = {
				"dev\\.readingedition\\.live\\.ContentWatcher", "dev\\.readingedition\\.live\\.ContentHealthIndicator",
				"dev\\.readingedition\\.system\\.TemplateWarmUp", "dev\\.readingedition\\.system\\.TomcatHardening" }))
@AutoConfigureMockMvc(print = MockMvcPrint.NONE, printOnlyOnFailure = false)
public @interface EditionWebTest {

}
