package dev.readingedition.edition;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reads the redirects of old paragraph ids from the same place the letters came from: the content folder on disk
 * when there is one, else the packaged copy.
 */
@Configuration(proxyBeanMethods = false)
class RedirectsConfiguration {

	@Bean
	Redirects redirects(Edition edition, @Value("${edition.content-dir:content}") Path contentDir) {
		return Files.isDirectory(contentDir) ? Redirects.load(contentDir.resolve(Redirects.FILE), edition)
				: Redirects.loadPackaged(edition);
	}

}
