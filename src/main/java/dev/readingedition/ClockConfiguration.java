package dev.readingedition;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The edition's clock: what day it is, for whatever a page states about today (a
 * citation's access date), and when the content was loaded. One bean, so a test can put
 * another in its place and move the day. UTC, so the day does not depend on the server's
 * zone.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

}
