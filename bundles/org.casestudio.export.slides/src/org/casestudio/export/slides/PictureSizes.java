package org.casestudio.export.slides;

import java.awt.Dimension;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;

import org.apache.poi.util.IOUtils;
import org.apache.poi.util.Units;
import org.apache.poi.xslf.usermodel.XSLFPictureData;

/**
 * Gives POI the size of a PNG the deck made, which POI would otherwise learn by decoding the whole
 * picture through ImageIO when it is placed on a slide (a sixth of a large deck's time). POI has no
 * public way to be told a picture's size: its two cached properties (the size and the checksum,
 * computed together) are set as POI itself computes them. Where POI's fields are not there (another
 * version), nothing is set and POI decodes the picture as before.
 */
final class PictureSizes {

	private static final Field SIZE = field("origSize");
	private static final Field CHECKSUM = field("checksum");

	private PictureSizes() {
	}

	private static Field field(String name) {
		try {
			Field field = XSLFPictureData.class.getDeclaredField(name);
			field.setAccessible(true);
			return field;
		} catch (ReflectiveOperationException | RuntimeException e) {
			return null;
		}
	}

	/** Caches the size (from the PNG's header) and the checksum of {@code png} in {@code picture}. */
	static void give(XSLFPictureData picture, byte[] png) {
		if (SIZE == null || CHECKSUM == null || SIZE.getType() != Dimension.class || CHECKSUM.getType() != Long.class
				|| png.length < 24) {
			return;
		}
		// IHDR: width and height after the 8-byte signature, the chunk's length and its type.
		int width = ByteBuffer.wrap(png, 16, 4).getInt();
		int height = ByteBuffer.wrap(png, 20, 4).getInt();
		try {
			// As POI's ImageHeaderBitmap gives it: pixels at 96 per inch, in points.
			SIZE.set(picture, new Dimension((int) Units.pixelToPoints(width), (int) Units.pixelToPoints(height)));
			CHECKSUM.set(picture, IOUtils.calculateChecksum(png));
		} catch (IllegalAccessException | RuntimeException e) {
			// POI decodes the picture itself.
		}
	}
}
