package org.casestudio.export.quiz;

/**
 * Moodle's GIFT syntax for the parts of a question. Every text taken from the model goes through
 * {@link #escape}: GIFT gives meaning to ~ = # { } : and the backslash, and a blank line ends a
 * question, so a line break is written as the escape {@code \n}.
 */
final class Gift {

	private Gift() {
	}

	static String escape(String text) {
		StringBuilder s = new StringBuilder(text.length() + 8);
		String normalised = text.strip().replace("\r\n", "\n").replace('\r', '\n');
		for (char c : normalised.toCharArray()) {
			switch (c) {
			case '~', '=', '#', '{', '}', ':', '\\' -> s.append('\\').append(c);
			case '\n' -> s.append("\\n");
			default -> {
				if (c >= 0x20 || c == '\t') {
					s.append(c);
				}
			}
			}
		}
		return s.toString();
	}

	/** Moodle's answer weight for each of {@code count} right answers, which together make 100%. */
	static String weight(int count) {
		if (count <= 1) {
			return "";
		}
		java.math.BigDecimal share = java.math.BigDecimal.valueOf(100).divide(java.math.BigDecimal.valueOf(count), 5,
				java.math.RoundingMode.DOWN);
		return "%" + share.stripTrailingZeros().toPlainString() + "%";
	}
}
