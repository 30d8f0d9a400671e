package org.casestudio.export.print;

/** Text made safe for XML: characters XML 1.0 cannot hold removed, markup characters escaped. */
final class Xml {

	private Xml() {
	}

	/** The text without the characters XML 1.0 cannot hold (controls other than tab and newline). */
	static String clean(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder clean = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			if (c == '\t' || c == '\n' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000) {
				clean.appendCodePoint(c == '\t' ? ' ' : c);
			} else if (c == '\r') {
				clean.append('\n');
			}
		});
		return clean.toString();
	}

	static String escape(String text) {
		return clean(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	/**
	 * Appends the text to {@code to}, made safe for XML in one pass: what {@link #escape} gives,
	 * without its intermediate strings (the DOCX's body writes every text of a long document).
	 * A newline is kept as it is.
	 */
	static void append(StringBuilder to, String text) {
		if (text == null) {
			return;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '&' -> to.append("&amp;");
			case '<' -> to.append("&lt;");
			case '>' -> to.append("&gt;");
			case '"' -> to.append("&quot;");
			case '\t' -> to.append(' ');
			case '\r' -> to.append('\n');
			case '\n' -> to.append('\n');
			default -> {
				if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					to.append(c).append(text.charAt(++i));
				} else if (c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD) {
					to.append(c);
				}
				// Other controls, lone surrogates, U+FFFE and U+FFFF: XML 1.0 cannot hold them.
			}
			}
		}
	}
}
