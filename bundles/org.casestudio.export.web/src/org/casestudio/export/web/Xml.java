package org.casestudio.export.web;

/** Text for XML and HTML. */
final class Xml {

	private Xml() {
	}

	/** Markup characters escaped; characters XML 1.0 forbids left out, so that a stray one cannot break a page. */
	static String xml(String text) {
		StringBuilder s = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
			case '&' -> s.append("&amp;");
			case '<' -> s.append("&lt;");
			case '>' -> s.append("&gt;");
			case '"' -> s.append("&quot;");
			case '\'' -> s.append("&#39;");
			default -> {
				if (c >= 0x20 || c == '\n' || c == '\t') {
					s.append(c);
				}
			}
			}
		}
		return s.toString();
	}
}
