package org.casestudio.export;

/** Text of a route put into XML or HTML markup, for every exporter that writes some by hand. */
public final class XmlText {

	private XmlText() {
	}

	/**
	 * The text with markup characters escaped (quotes too, so that it fits in an attribute) and
	 * the characters XML 1.0 cannot hold left out (controls other than tab and newline, a lone
	 * surrogate, U+FFFE and U+FFFF), so that a stray one cannot make a file unreadable.
	 */
	public static String escape(String text) {
		StringBuilder s = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '&' -> s.append("&amp;");
			case '<' -> s.append("&lt;");
			case '>' -> s.append("&gt;");
			case '"' -> s.append("&quot;");
			case '\'' -> s.append("&#39;");
			case '\t', '\n' -> s.append(c);
			default -> {
				if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					s.append(c).append(text.charAt(++i));
				} else if (c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD) {
					s.append(c);
				}
			}
			}
		}
		return s.toString();
	}
}
