package dev.readingedition.web;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateWarmUpTests {

	@Test
	void initialisesTheEngineOffTheCallersThread() throws InterruptedException {
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(new StringTemplateResolver());
		new TemplateWarmUp(engine);
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		while (!engine.isInitialized() && Instant.now().isBefore(deadline)) {
			Thread.sleep(10);
		}
		assertThat(engine.isInitialized()).as("initialised by the warm-up within 10 s").isTrue();
	}

}
