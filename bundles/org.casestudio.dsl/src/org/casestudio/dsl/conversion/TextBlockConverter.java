package org.casestudio.dsl.conversion;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Converts {@code """}-delimited text blocks the way Java text blocks behave: the line break after
 * the opening delimiter and the blank line before the closing one are not part of the text, and the
 * indentation common to all lines is removed, so a block can be indented with the file's layout.
 */
public class TextBlockConverter implements IValueConverter<String> {

	public static final String DELIMITER = "\"\"\"";

	@Override
	public String toValue(String string, INode node) {
		if (string == null || string.length() < 2 * DELIMITER.length() || !string.startsWith(DELIMITER)
				|| !string.endsWith(DELIMITER)) {
			throw new ValueConverterException("A text block must start and end with \"\"\".", node, null);
		}
		String content = string.substring(DELIMITER.length(), string.length() - DELIMITER.length())
				.replace("\r\n", "\n").replace('\r', '\n');
		int firstBreak = content.indexOf('\n');
		if (firstBreak >= 0 && content.substring(0, firstBreak).isBlank()) {
			content = content.substring(firstBreak + 1);
		}
		int lastBreak = content.lastIndexOf('\n');
		if (lastBreak >= 0 && content.substring(lastBreak + 1).isBlank()) {
			content = content.substring(0, lastBreak);
		}
		return stripCommonIndentation(content);
	}

	@Override
	public String toString(String value) {
		if (value.contains(DELIMITER)) {
			throw new ValueConverterException("A text block cannot contain \"\"\".", null, null);
		}
		return DELIMITER + "\n" + value + "\n" + DELIMITER;
	}

	private static String stripCommonIndentation(String content) {
		String[] lines = content.split("\n", -1);
		int common = Integer.MAX_VALUE;
		for (String line : lines) {
			if (!line.isBlank()) {
				common = Math.min(common, leadingWhitespace(line));
			}
		}
		if (common == Integer.MAX_VALUE || common == 0) {
			return content;
		}
		StringBuilder result = new StringBuilder(content.length());
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				result.append('\n');
			}
			String line = lines[i];
			result.append(line.isBlank() ? "" : line.substring(common));
		}
		return result.toString();
	}

	private static int leadingWhitespace(String line) {
		int i = 0;
		while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
			i++;
		}
		return i;
	}
}
