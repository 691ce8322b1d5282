package dev.readingedition.search;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Reads the {@code kind} parameter of a search as the index spells kinds
 * ({@code paragraph}, {@code note}, {@code annotation}); Spring's own conversion of enums
 * wants the constants' names. An unknown kind fails the conversion, which
 * {@link BadQueryAdvice} answers with the kinds there are.
 */
@Component
class KindParameter implements Converter<String, Hit.Kind> {

	@Override
	public Hit.Kind convert(String label) {
		if (label.isBlank()) {
			return null;
		}
		Hit.Kind kind = Hit.Kind.named(label.strip());
		if (kind == null) {
			throw new IllegalArgumentException("no kind of passage is called " + label);
		}
		return kind;
	}

}
