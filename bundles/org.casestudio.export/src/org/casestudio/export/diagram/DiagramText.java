package org.casestudio.export.diagram;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The font a diagram is drawn with, and its text measured and wrapped in that font, so that the
 * boxes the layout makes hold their words. The first of the site's own fonts that this machine has
 * is measured; the SVG names the same list, the PNG draws with the font measured. A text that font
 * cannot show (Lao, for one) is measured and drawn in Java's logical sans-serif, which falls back
 * to a font that can.
 */
final class DiagramText {

	/** What the SVG asks for, the site's fonts first. */
	static final String FAMILIES = "'Noto Sans', 'Noto Sans Lao', 'DejaVu Sans', Verdana, sans-serif";

	/**
	 * Room left for a browser that draws with another font of the list than the one measured here:
	 * DejaVu Sans and Verdana run up to 6% wider than Noto Sans.
	 */
	private static final double SLACK = 1.08;

	private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

	private static final String FAMILY = firstInstalled("Noto Sans", "DejaVu Sans");

	private DiagramText() {
	}

	/**
	 * The first family this machine has. Asked one by one: listing every installed family reads
	 * every font file, twice as slow here.
	 */
	private static String firstInstalled(String... families) {
		try {
			for (String family : families) {
				if (new Font(family, Font.PLAIN, 12).getFamily(java.util.Locale.ROOT).equals(family)) {
					return family;
				}
			}
		} catch (RuntimeException | Error e) {
			// A JDK without fonts configured: Java's logical font still measures.
		}
		return Font.SANS_SERIF;
	}

	/** The font that draws {@code text}. */
	static Font font(String text, double size, boolean bold) {
		Font font = new Font(FAMILY, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
		if (text != null && font.canDisplayUpTo(text) >= 0) {
			font = new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
		}
		return font;
	}

	/** The width of a line, with room for a browser's font. */
	static double width(String text, double size, boolean bold) {
		return font(text, size, bold).getStringBounds(text, CONTEXT).getWidth() * SLACK;
	}

	/** The distance from a line's top to its baseline. */
	static double ascent(double size) {
		return size * 0.95;
	}

	/** The height of a line, top to top. */
	static double lineHeight(double size) {
		return Math.ceil(size * 1.3);
	}

	/**
	 * The words of {@code text} in lines at most {@code maxWidth} wide, every word kept: a word wider
	 * than that alone is split where it must be, never cut or shortened.
	 */
	static List<String> wrap(String text, double maxWidth, double size, boolean bold) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		String clean = text == null ? "" : text.strip();
		for (String word : clean.isEmpty() ? new String[0] : clean.split("\\s+")) {
			for (String piece : pieces(word, maxWidth, size, bold)) {
				String longer = line.length() == 0 ? piece : line + " " + piece;
				if (line.length() > 0 && width(longer, size, bold) > maxWidth) {
					lines.add(line.toString());
					line.setLength(0);
					line.append(piece);
				} else {
					line.setLength(0);
					line.append(longer);
				}
			}
		}
		if (line.length() > 0 || lines.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

	/** A word as it fits on lines of {@code maxWidth}: itself, or split into pieces that fit. */
	private static List<String> pieces(String word, double maxWidth, double size, boolean bold) {
		if (width(word, size, bold) <= maxWidth) {
			return List.of(word);
		}
		List<String> pieces = new ArrayList<>();
		int start = 0;
		while (start < word.length()) {
			int end = start + 1;
			while (end < word.length() && width(word.substring(start, end + 1), size, bold) <= maxWidth) {
				end++;
			}
			// Never between the two halves of a surrogate pair.
			if (end < word.length() && Character.isLowSurrogate(word.charAt(end))) {
				end++;
			}
			pieces.add(word.substring(start, end));
			start = end;
		}
		return pieces;
	}

	/** The width of the longest word of {@code text}. */
	static double widestWord(String text, double size, boolean bold) {
		String clean = text == null ? "" : text.strip();
		return clean.isEmpty() ? 0 : widest(List.of(clean.split("\\s+")), size, bold);
	}

	/** The widest of the lines. */
	static double widest(List<String> lines, double size, boolean bold) {
		return lines.stream().mapToDouble(l -> width(l, size, bold)).max().orElse(0);
	}
}
