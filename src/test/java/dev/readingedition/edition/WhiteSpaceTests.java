package dev.readingedition.edition;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WhiteSpaceTests {

	@Test
	void thePatternTheScriptIsGivenIsExactlyTheRuleTheServerApplies() {
		Pattern one = Pattern.compile(WhiteSpace.CHARACTER, Pattern.UNICODE_CHARACTER_CLASS);
		for (char c = 0; c < Character.MAX_VALUE; c++) {
			assertThat(one.matcher(String.valueOf(c)).matches()).as("U+%04X", (int) c).isEqualTo(WhiteSpace.is(c));
		}
	}

	@Test
	void noBreakSpacesHoldWordsTogether() {
		assertThat(WhiteSpace.is('\u00a0')).isFalse();
		assertThat(WhiteSpace.is('\u202f')).isFalse();
		assertThat(WhiteSpace.collapse("\n  Mr.\u00a0Thompson \t said\r\n")).isEqualTo("Mr.\u00a0Thompson said");
	}

	@Test
	void runsCollapseAsTheyAreAppendedAndNoneOpensTheText() {
		StringBuilder text = new StringBuilder();
		WhiteSpace.appendCollapsed(text, "  one \n");
		WhiteSpace.appendCollapsed(text, " two");
		assertThat(text).hasToString("one two");
	}

}
