package dev.readingedition.search;

import dev.readingedition.edition.Edition;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the search index once, from the same parsed edition the pages are rendered from.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	@Bean(destroyMethod = "close")
	SearchIndex searchIndex(Edition edition) {
		return SearchIndex.of(edition);
	}

}
