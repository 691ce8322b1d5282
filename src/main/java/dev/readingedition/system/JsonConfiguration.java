package dev.readingedition.system;

import java.util.List;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON that echoes what a visitor typed writes {@code < > & '} as {@code \\u003C}-style
 * escapes, so no answer ever carries markup, even to a client that ignores the content
 * type.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

	@Bean
	JsonMapper jsonMapper(List<JsonMapperBuilderCustomizer> customizers) {
		JsonMapper.Builder builder = JsonMapper
			.builder(JsonFactory.builder().characterEscapes(new HtmlSafeEscapes()).build());
		customizers.forEach((customizer) -> customizer.customize(builder));
		return builder.build();
	}

	private static final class HtmlSafeEscapes extends CharacterEscapes {

		private final int[] escapes;

		HtmlSafeEscapes() {
			escapes = standardAsciiEscapesForJSON();
			for (char c : new char[] { '<', '>', '&', '\'' }) {
				escapes[c] = ESCAPE_STANDARD;
			}
		}

		@Override
		public int[] getEscapeCodesForAscii() {
			return escapes;
		}

		@Override
		public SerializableString getEscapeSequence(int ch) {
			return null;
		}

	}

}
