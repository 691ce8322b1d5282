package dev.readingedition.system;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
		ExecutorService background = Executors.newSingleThreadExecutor();
		try {
			TemplateWarmUp warmUp = new TemplateWarmUp(engine, background);
			assertThat(engine.isInitialized()).isFalse();
			warmUp.afterPropertiesSet();
			warmUp.ready().get(10, TimeUnit.SECONDS);
		}
		finally {
			background.shutdownNow();
		}
		assertThat(engine.isInitialized()).isTrue();
	}

}
