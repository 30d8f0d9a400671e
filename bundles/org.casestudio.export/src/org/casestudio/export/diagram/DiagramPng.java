package org.casestudio.export.diagram;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.DataOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Adler32;
import java.util.zip.CRC32;

import org.casestudio.export.diagram.Diagram.Arrow;
import org.casestudio.export.diagram.Diagram.Box;
import org.casestudio.export.diagram.Diagram.Node;
import org.casestudio.export.diagram.Diagram.Point;
import org.casestudio.export.diagram.Diagram.Text;

/**
 * A diagram as a PNG, drawn with Java2D off screen (no display needed) from the same geometry and
 * in the font the text was measured with: the bitmap for formats that take no SVG.
 */
final class DiagramPng {

	private DiagramPng() {
	}

	static byte[] png(Diagram diagram, double scale) {
		int width = (int) Math.ceil(diagram.width() * scale);
		int height = (int) Math.ceil(diagram.height() * scale);
		BufferedImage image = new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, width, height);
			g.scale(scale, scale);
			Color ink = DiagramStyle.awt(DiagramStyle.INK);
			for (Arrow arrow : diagram.arrows()) {
				arrow(g, arrow.route(), ink);
			}
			for (Node node : diagram.nodes()) {
				DiagramStyle style = DiagramStyle.of(node.kind());
				Box b = node.box();
				RoundRectangle2D rect = new RoundRectangle2D.Double(b.x(), b.y(), b.width(), b.height(), 16, 16);
				g.setColor(DiagramStyle.awt(style.fill));
				g.fill(rect);
				g.setColor(DiagramStyle.awt(style.stroke));
				g.setStroke(style.dashed
						? new BasicStroke((float) style.strokeWidth(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
								new float[] { 6, 4 }, 0)
						: new BasicStroke((float) style.strokeWidth()));
				g.draw(rect);
				if (node.broker()) {
					Box inner = b.grown(-4);
					g.setStroke(new BasicStroke(1));
					g.draw(new RoundRectangle2D.Double(inner.x(), inner.y(), inner.width(), inner.height(), 10, 10));
				}
				text(g, node.name(), DiagramStyle.awt(style.nameColour()));
				if (node.role() != null) {
					text(g, node.role(), DiagramStyle.awt(style.stroke));
				}
			}
			for (Arrow arrow : diagram.arrows()) {
				Box b = arrow.label().box();
				g.setColor(new Color(255, 255, 255, 230));
				g.fill(new RoundRectangle2D.Double(b.x(), b.y(), b.width(), b.height(), 6, 6));
				text(g, arrow.label().text(), ink);
			}
		} finally {
			g.dispose();
		}
		try {
			return encode(image);
		} catch (IOException e) {
			// A memory stream does not fail.
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The image as a PNG (8-bit RGB, not interlaced). Each row is filtered by the row above ("Up")
	 * when fewer of its pixels differ from those above than from their left neighbours, else by its
	 * left neighbour ("Sub"); a diagram, mostly blank space and flat boxes, then filters to long runs
	 * of zeros. The filtered bytes are deflated here in one block of the standard's fixed codes, each
	 * run of one byte as a copy of the byte before, everything else as it is: the same pixels, a
	 * file a sixth larger than zlib's fastest level made, and less than half the time, as that level
	 * still hashes every byte. ImageIO's writer (five filters tried on every row, a harder deflate)
	 * was several times slower still, and a pack of 200 cases draws hundreds of diagrams.
	 */
	static byte[] encode(BufferedImage image) throws IOException {
		int width = image.getWidth();
		int height = image.getHeight();
		int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
		Deflate deflate = new Deflate(width * height / 8 + 1024);
		Adler32 adler = new Adler32();
		byte[] row = new byte[1 + 3 * width];
		for (int y = 0; y < height; y++) {
			int at0 = y * width;
			if (y > 0 && Arrays.equals(pixels, at0, at0 + width, pixels, at0 - width, at0)) {
				// The same as the row above (blank space, the sides of boxes): by Up, all zeros.
				Arrays.fill(row, (byte) 0);
				row[0] = 2;
				adler.update(row);
				deflate.runs(row, row.length);
				continue;
			}
			int changesLeft = 0;
			int changesUp = 0;
			int left = 0;
			for (int x = 0; x < width; x++) {
				int pixel = pixels[at0 + x];
				changesLeft += pixel != left ? 1 : 0;
				changesUp += y == 0 || pixel != pixels[at0 - width + x] ? 1 : 0;
				left = pixel;
			}
			int at = 1;
			if (y > 0 && changesUp < changesLeft) {
				row[0] = 2; // Up: each byte less the same byte of the pixel above
				for (int x = 0; x < width; x++) {
					int pixel = pixels[at0 + x];
					int above = pixels[at0 - width + x];
					row[at++] = (byte) ((pixel >> 16) - (above >> 16));
					row[at++] = (byte) ((pixel >> 8) - (above >> 8));
					row[at++] = (byte) (pixel - above);
				}
			} else {
				row[0] = 1; // Sub: each byte less the same byte of the pixel to its left
				left = 0;
				for (int x = 0; x < width; x++) {
					int pixel = pixels[at0 + x];
					row[at++] = (byte) ((pixel >> 16) - (left >> 16));
					row[at++] = (byte) ((pixel >> 8) - (left >> 8));
					row[at++] = (byte) (pixel - left);
					left = pixel;
				}
			}
			adler.update(row, 0, at);
			deflate.runs(row, at);
		}
		byte[] compressed = deflate.finish((int) adler.getValue());
		ByteArrayOutputStream png = new ByteArrayOutputStream(deflate.size + 64);
		DataOutputStream out = new DataOutputStream(png);
		out.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
		ByteArrayOutputStream header = new ByteArrayOutputStream();
		DataOutputStream h = new DataOutputStream(header);
		h.writeInt(width);
		h.writeInt(height);
		h.write(new byte[] { 8, 2, 0, 0, 0 }); // 8 bits a channel, RGB, deflate, filtered by row, not interlaced
		chunk(out, "IHDR", header.toByteArray(), header.size());
		chunk(out, "IDAT", compressed, deflate.size);
		chunk(out, "IEND", new byte[0], 0);
		return png.toByteArray();
	}

	private static void chunk(DataOutputStream out, String type, byte[] data, int length) throws IOException {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		out.writeInt(length);
		out.write(name);
		out.write(data, 0, length);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data, 0, length);
		out.writeInt((int) crc.getValue());
	}

	/**
	 * A zlib stream (RFC 1950) of one deflate block with the fixed Huffman codes (RFC 1951, 3.2.6):
	 * a run of one byte is the byte, then copies of it (matches at distance 1, up to 258 bytes
	 * each); any other byte is a literal.
	 */
	private static final class Deflate {

		/** The fixed codes of the literals and lengths 0-287, bits reversed (written first bit first), and their lengths. */
		private static final int[] CODE = new int[288];
		private static final int[] BITS = new int[288];
		/** A match length 3-258: its code with its extra bits above, and their count. */
		private static final int[] LENGTH_CODE = new int[259];
		private static final int[] LENGTH_BITS = new int[259];
		private static final int END_OF_BLOCK = 256;
		private static final byte[] ZEROS = new byte[1 << 14];

		static {
			for (int v = 0; v < 288; v++) {
				int code = v < 144 ? 0x30 + v : v < 256 ? 0x190 + v - 144 : v < 280 ? v - 256 : 0xC0 + v - 280;
				int bits = v < 144 ? 8 : v < 256 ? 9 : v < 280 ? 7 : 8;
				CODE[v] = Integer.reverse(code) >>> (32 - bits);
				BITS[v] = bits;
			}
			// The first length of each length code 257-285, and its extra bits.
			int[] base = { 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
					163, 195, 227, 258 };
			int[] extra = { 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0 };
			for (int i = 0; i < base.length; i++) {
				int end = i + 1 < base.length ? base[i + 1] : 259;
				for (int length = base[i]; length < end; length++) {
					int symbol = 257 + i;
					LENGTH_CODE[length] = CODE[symbol] | (length - base[i]) << BITS[symbol];
					LENGTH_BITS[length] = BITS[symbol] + extra[i];
				}
			}
		}

		private byte[] out;
		private int size;
		private long bitBuffer;
		private int bitCount;

		Deflate(int capacity) {
			out = new byte[capacity];
			out[size++] = 0x78; // deflate, 32 KB window
			out[size++] = 0x01; // fastest, no dictionary (the header's check: 0x7801 % 31 == 0)
			bits(1, 1); // the last block
			bits(1, 2); // of the fixed codes
		}

		private void bits(int value, int count) {
			bitBuffer |= (long) value << bitCount;
			bitCount += count;
			if (bitCount >= 32) {
				room(4);
				out[size++] = (byte) bitBuffer;
				out[size++] = (byte) (bitBuffer >>> 8);
				out[size++] = (byte) (bitBuffer >>> 16);
				out[size++] = (byte) (bitBuffer >>> 24);
				bitBuffer >>>= 32;
				bitCount -= 32;
			}
		}

		private void room(int bytes) {
			if (size + bytes > out.length) {
				out = Arrays.copyOf(out, Math.max(out.length * 2, size + bytes));
			}
		}

		/** The first {@code length} bytes of {@code data}. */
		void runs(byte[] data, int length) {
			int i = 0;
			while (i < length) {
				byte b = data[i];
				int end = i + 1;
				if (b == 0) {
					// Zeros are most of a filtered diagram: found by the vectorised comparison.
					while (end < length) {
						int n = Math.min(length - end, ZEROS.length);
						int m = Arrays.mismatch(data, end, end + n, ZEROS, 0, n);
						if (m >= 0) {
							end += m;
							break;
						}
						end += n;
					}
				} else {
					while (end < length && data[end] == b) {
						end++;
					}
				}
				int symbol = b & 0xff;
				bits(CODE[symbol], BITS[symbol]);
				int copies = end - i - 1;
				while (copies >= 3) {
					int n = Math.min(copies, 258);
					bits(LENGTH_CODE[n], LENGTH_BITS[n]);
					bits(0, 5); // distance code 0: one byte back
					copies -= n;
				}
				for (; copies > 0; copies--) {
					bits(CODE[symbol], BITS[symbol]);
				}
				i = end;
			}
		}

		/** Ends the block, pads to a whole byte and adds the checksum of the uncompressed bytes; the stream's bytes are the first {@link #size}. */
		byte[] finish(int adler32) {
			bits(CODE[END_OF_BLOCK], BITS[END_OF_BLOCK]);
			room(8);
			for (; bitCount > 0; bitCount -= 8) {
				out[size++] = (byte) bitBuffer;
				bitBuffer >>>= 8;
			}
			out[size++] = (byte) (adler32 >>> 24);
			out[size++] = (byte) (adler32 >>> 16);
			out[size++] = (byte) (adler32 >>> 8);
			out[size++] = (byte) adler32;
			return out;
		}
	}

	private static void arrow(Graphics2D g, List<Point> route, Color ink) {
		if (route.size() < 2) {
			return;
		}
		g.setColor(ink);
		g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
		Point end = route.get(route.size() - 1);
		Point before = route.get(route.size() - 2);
		double angle = Math.atan2(end.y() - before.y(), end.x() - before.x());
		double head = 10.5;
		Path2D line = new Path2D.Double();
		line.moveTo(route.get(0).x(), route.get(0).y());
		for (int i = 1; i < route.size() - 1; i++) {
			line.lineTo(route.get(i).x(), route.get(i).y());
		}
		// The line stops where the head begins, so that its end does not show past the point.
		line.lineTo(end.x() - Math.cos(angle) * head * 0.8, end.y() - Math.sin(angle) * head * 0.8);
		g.draw(line);
		Path2D tip = new Path2D.Double();
		tip.moveTo(end.x(), end.y());
		tip.lineTo(end.x() - head * Math.cos(angle) + head / 2 * Math.sin(angle),
				end.y() - head * Math.sin(angle) - head / 2 * Math.cos(angle));
		tip.lineTo(end.x() - head * Math.cos(angle) - head / 2 * Math.sin(angle),
				end.y() - head * Math.sin(angle) + head / 2 * Math.cos(angle));
		tip.closePath();
		g.fill(tip);
	}

	private static void text(Graphics2D g, Text text, Color colour) {
		g.setColor(colour);
		for (int i = 0; i < text.lines().size(); i++) {
			String line = text.lines().get(i);
			g.setFont(DiagramText.font(line, text.size(), text.bold()));
			double width = g.getFont().getStringBounds(line, g.getFontRenderContext()).getWidth();
			g.drawString(line, (float) (text.centreX() - width / 2), text.baselines().get(i).floatValue());
		}
	}
}
