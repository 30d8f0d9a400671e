package org.casestudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.casestudio.dsl.conversion.TextBlockConverter;
import org.junit.jupiter.api.Test;

/** Text blocks lose the indentation that only serves the file's layout, and nothing else. */
class TextBlockConverterTest {

	private final TextBlockConverter converter = new TextBlockConverter();

	@Test
	void stripsDelimiterLinesAndCommonIndentation() {
		String block = "\"\"\"\n\t\tFirst paragraph\n\t\t  indented line\n\n\t\tSecond paragraph\n\t\t\"\"\"";
		assertEquals("First paragraph\n  indented line\n\nSecond paragraph", converter.toValue(block, null));
	}

	@Test
	void keepsAOneLineBlockAsItIs() {
		assertEquals("Markdown **bold**", converter.toValue("\"\"\"Markdown **bold**\"\"\"", null));
	}

	@Test
	void normalisesWindowsLineEnds() {
		assertEquals("a\nb", converter.toValue("\"\"\"\r\n  a\r\n  b\r\n  \"\"\"", null));
	}

	@Test
	void writesWhatItReads() {
		for (String value : new String[] { "one line", "two\nlines", "ends with a break\n", "ລາວ ແລະ français" }) {
			assertEquals(value, converter.toValue(converter.toString(value), null));
		}
	}
}
