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
}
