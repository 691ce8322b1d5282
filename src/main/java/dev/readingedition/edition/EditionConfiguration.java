package dev.readingedition.edition;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the plain-Java edition into Spring: the content folder on disk when there is one, else the packaged copy.
 */
@Configuration(proxyBeanMethods = false)
class EditionConfiguration {

	private static final Log logger = LogFactory.getLog(EditionConfiguration.class);

	@Bean
	LetterParser letterParser() {
		return new LetterParser();
	}

	@Bean
	Edition edition(LetterParser parser, @Value("${edition.content-dir:content}") Path contentDir) {
		EditionLoader loader = new EditionLoader(parser);
		Edition edition;
		if (Files.isDirectory(contentDir)) {
			edition = loader.load(contentDir);
			logger.info("Loaded " + edition.letters().size() + " letter(s) from " + contentDir.toAbsolutePath());
		}
		else {
			edition = loader.loadPackaged();
			logger.info("Loaded " + edition.letters().size() + " packaged letter(s); no folder " + contentDir
					+ " here");
		}
		return edition;
	}

}
