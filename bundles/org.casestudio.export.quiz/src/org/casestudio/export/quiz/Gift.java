package org.casestudio.export.quiz;

import org.casestudio.export.Markdown;

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

	/**
	 * Markdown as the HTML Moodle shows, raw HTML in it as text; a text of one paragraph without its
	 * {@code <p>}, as Moodle writes a question's text itself.
	 */
	static String html(String markdown) {
		String html = Markdown.toHtml(markdown).strip();
		if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 1) < 0) {
			html = html.substring("<p>".length(), html.length() - "</p>".length());
		}
		return html;
	}

	/** Plain text as HTML: Moodle reads an option and its feedback in the question's format, HTML. */
	static String text(String plain) {
		StringBuilder s = new StringBuilder(plain.length() + 8);
		for (char c : plain.toCharArray()) {
			switch (c) {
			case '&' -> s.append("&amp;");
			case '<' -> s.append("&lt;");
			case '>' -> s.append("&gt;");
			case '"' -> s.append("&quot;");
			default -> s.append(c);
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
