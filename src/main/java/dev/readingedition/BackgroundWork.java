package dev.readingedition;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The threads that do the edition's work beside start-up and off the request threads: the
 * first load of the content, and getting the templates ready. Owned by the context, so
 * they are shut down with it; nothing starts a thread of its own in a constructor. Two
 * threads, because the two jobs run at the same time on two cores.
 */
@Configuration(proxyBeanMethods = false)
public class BackgroundWork {

	/** The name of the executor bean, for {@code @Qualifier}. */
	public static final String EXECUTOR = "editionBackground";

	@Bean(name = EXECUTOR, destroyMethod = "shutdownNow")
	ExecutorService editionBackground() {
		AtomicInteger made = new AtomicInteger();
		return Executors.newFixedThreadPool(2, (task) -> {
			Thread thread = new Thread(task, "edition-background-" + made.incrementAndGet());
			// Start-up waits for what it needs; nothing here may keep a stopping JVM
			// alive.
			thread.setDaemon(true);
			return thread;
		});
	}

}
