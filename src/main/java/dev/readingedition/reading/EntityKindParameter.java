package dev.readingedition.reading;

import java.util.Arrays;

import dev.readingedition.edition.EntityKind;
import dev.readingedition.search.BadQueryException;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Reads the {@code kind} of the index of names ({@code /names?kind=person}) as the
 * register spells kinds; Spring's own conversion of enums wants the constants' names. An
 * unknown kind is refused with a {@link BadQueryException} that lists the kinds there
 * are, which {@code BadQueryAdvice} answers with a 400.
 */
@Component
class EntityKindParameter implements Converter<String, EntityKind> {

	/** The longest value echoed in the message. */
	private static final int ECHOED = 40;

	@Override
	public EntityKind convert(String code) {
		if (code.isBlank()) {
			return null;
		}
		return EntityKind.ofCode(code.strip())
			.orElseThrow(() -> new BadQueryException("The index has no kind \u201c"
					+ BadQueryException.echoed(code, ECHOED) + "\u201d; the kinds are "
					+ String.join(", ", Arrays.stream(EntityKind.values()).map(EntityKind::code).toList()) + "."));
	}

}
