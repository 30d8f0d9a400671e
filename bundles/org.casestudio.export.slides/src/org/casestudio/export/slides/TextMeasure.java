package org.casestudio.export.slides;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.text.AttributedString;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.casestudio.export.pack.PackLanguage;

/**
 * The height of text in a table cell, measured with Java2D in the fonts the deck names, the way
 * POI lays a text box out (lines broken at the box's width, each line as high as its font's ascent,
 * descent and leading). POI's own measure reads every paragraph's properties through the masters
 * and took most of a deck's time; the slides' tests check the result with POI's measure.
 */
final class TextMeasure {

	private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

	/** The fonts made so far: a table measures the same few styles thousands of times. */
	private static final Map<Style, Font> FONTS = new ConcurrentHashMap<>();

	private record Style(boolean lao, boolean bold, double size) {
	}

	/**
	 * Paragraphs measured lately: a comparison's cells are measured at each size tried and again
	 * when the table is made, and the words of a route recur from case to case.
	 */
	private static final Map<Measure, Double> HEIGHTS = java.util.Collections.synchronizedMap(
			new java.util.LinkedHashMap<>(256, 0.75f, true) {
				private static final long serialVersionUID = 1L;

				@Override
				protected boolean removeEldestEntry(Map.Entry<Measure, Double> eldest) {
					return size() > 4096;
				}
			});

	private record Measure(String text, double width, double size, boolean bold) {
	}

	private TextMeasure() {
	}

	/** The height of {@code paragraphs} wrapped at {@code width} points, in points. */
	static double height(List<String> paragraphs, double width, double size, boolean bold) {
		double height = 0;
		for (String text : paragraphs) {
			String measured = text.isEmpty() ? " " : text;
			height += HEIGHTS.computeIfAbsent(new Measure(measured, width, size, bold),
					m -> paragraph(m.text(), m.width(), m.size(), m.bold()));
		}
		return height;
	}

	private static double paragraph(String text, double width, double size, boolean bold) {
		Font font = FONTS.computeIfAbsent(new Style(PackLanguage.isLao(text), bold, size),
				s -> new Font(s.lao() ? Theme.LAO_FONT : Theme.LATIN_FONT, s.bold() ? Font.BOLD : Font.PLAIN, 1)
						.deriveFont((float) s.size()));
		AttributedString string = new AttributedString(text, Map.of(TextAttribute.FONT, font));
		LineBreakMeasurer measurer = new LineBreakMeasurer(string.getIterator(), CONTEXT);
		double height = 0;
		while (measurer.getPosition() < text.length()) {
			TextLayout line = measurer.nextLayout((float) width);
			height += line.getAscent() + line.getDescent() + line.getLeading();
		}
		return height;
	}
}
