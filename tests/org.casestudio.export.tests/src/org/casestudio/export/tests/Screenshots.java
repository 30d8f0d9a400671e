package org.casestudio.export.tests;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/** Measures the text drawn in a screenshot. */
final class Screenshots {

	private Screenshots() {
	}

	/**
	 * The ink of a screenshot of text: how many pixels stand out from the background (the colour of
	 * the top left corner) and the box around them. Two screenshots of the same words in the same
	 * font have the same box and nearly the same ink, even where anti-aliasing or the line's height
	 * differ; boxes drawn for missing glyphs have another shape altogether.
	 */
	record Ink(long pixels, int width, int height) {
	}

	static Ink ink(Path png) throws IOException {
		BufferedImage image = ImageIO.read(png.toFile());
		int background = image.getRGB(0, 0);
		int left = Integer.MAX_VALUE, top = Integer.MAX_VALUE, right = -1, bottom = -1;
		long pixels = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				if (standsOut(image.getRGB(x, y), background)) {
					pixels++;
					left = Math.min(left, x);
					top = Math.min(top, y);
					right = Math.max(right, x);
					bottom = Math.max(bottom, y);
				}
			}
		}
		return pixels == 0 ? new Ink(0, 0, 0) : new Ink(pixels, right - left + 1, bottom - top + 1);
	}

	/** Anti-aliased edges aside: a channel apart from the background by more than a third of its range. */
	private static boolean standsOut(int pixel, int background) {
		for (int shift = 0; shift <= 16; shift += 8) {
			if (Math.abs((pixel >> shift & 0xff) - (background >> shift & 0xff)) > 96) {
				return true;
			}
		}
		return false;
	}
}
