package dev.readingedition.system;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateWarmUpTests {

	@Test
	void getsTheEngineReady() throws InterruptedException, ExecutionException, TimeoutException {
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(new StringTemplateResolver());
		new TemplateWarmUp(engine).ready().get(10, TimeUnit.SECONDS);
		assertThat(engine.isInitialized()).isTrue();
	}

}
