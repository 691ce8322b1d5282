package dev.readingedition.system;

import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every page the templates make is HTML and says so. Left to itself, Thymeleaf labels a
 * page by the extension at the end of its address, so the 404 page for
 * {@code /letters/x.json} went out as {@code application/json} and for
 * {@code /letters/x.css} as {@code text/css}. The templates' indentation is theirs, not
 * the pages' ({@link TemplateLayout}).
 */
@Configuration(proxyBeanMethods = false)
class TemplateConfiguration {

	/** Spring Boot adds every dialect bean to the template engine. */
	@Bean
	TemplateLayout templateLayout() {
		return new TemplateLayout();
	}

	@Bean
	static BeanPostProcessor pagesAreHtml() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof ThymeleafViewResolver resolver) {
					resolver.setForceContentType(true);
				}
				return bean;
			}
		};
	}

}
