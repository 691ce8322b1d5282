package dev.readingedition.system;

import java.time.Duration;
import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Stylesheets, scripts and images are named by a hash of their content in the pages
 * ({@code /css/edition-3f2a….css}), so a browser may keep each one for a year without
 * asking again: a changed file is a new name. {@code /favicon.ico}, asked for by its
 * fixed address, is kept for a day.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	/**
	 * The folders of src/main/resources/static whose files the pages link to by their
	 * hashed names.
	 */
	static final List<String> ASSET_FOLDERS = List.of("css", "js", "img");

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		// The icon that clients ask for by its fixed address, without reading a page: a
		// day, so a new one arrives.
		registry.addResourceHandler("/favicon.ico")
			.addResourceLocations("classpath:/static/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic());
		// The asset folders only, not /**: the pages' links go through this chain to be
		// named by their hash, and a
		// chain mapped to /** looked up every other link of a page (/letters/…,
		// /search?q=…) in the jar, in vain,
		// on every rendering (a miss is not cached). Boot's own /** mapping is off
		// (spring.web.resources.add-mappings).
		for (String folder : ASSET_FOLDERS) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		}
	}

}
