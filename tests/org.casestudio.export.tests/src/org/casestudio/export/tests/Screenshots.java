package org.casestudio.export.tests;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/** Compares screenshots pixel by pixel. */
final class Screenshots {

	private Screenshots() {
	}

	/**
	 * The share of pixels (0 to 1) that differ visibly between two images, over the larger of their
	 * sizes: a pixel only one of them has counts as different.
	 */
	static double difference(Path a, Path b) throws IOException {
		BufferedImage first = ImageIO.read(a.toFile());
		BufferedImage second = ImageIO.read(b.toFile());
		int width = Math.max(first.getWidth(), second.getWidth());
		int height = Math.max(first.getHeight(), second.getHeight());
		long different = 0;
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				boolean inFirst = x < first.getWidth() && y < first.getHeight();
				boolean inSecond = x < second.getWidth() && y < second.getHeight();
				if (inFirst != inSecond || inFirst && differ(first.getRGB(x, y), second.getRGB(x, y))) {
					different++;
				}
			}
		}
		return different / (double) (width * height);
	}

	/** Anti-aliasing aside: a channel apart by more than an eighth of its range. */
	private static boolean differ(int p, int q) {
		for (int shift = 0; shift <= 16; shift += 8) {
			if (Math.abs((p >> shift & 0xff) - (q >> shift & 0xff)) > 32) {
				return true;
			}
		}
		return false;
	}
}
