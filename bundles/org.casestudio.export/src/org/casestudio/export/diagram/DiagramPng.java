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
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

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
	 * The image as a PNG (8-bit RGB), each row filtered by its left neighbour and deflated at the
	 * fastest level. ImageIO's writer tries five filters on every row and compresses harder: on
	 * a diagram, mostly white, that took several times as long for a file a quarter smaller, and a
	 * deck of 200 cases draws hundreds of diagrams.
	 */
	static byte[] encode(BufferedImage image) throws IOException {
		int width = image.getWidth();
		int height = image.getHeight();
		int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
		ByteArrayOutputStream compressed = new ByteArrayOutputStream(width * height / 8 + 64);
		Deflater deflater = new Deflater(Deflater.BEST_SPEED);
		try (DeflaterOutputStream out = new DeflaterOutputStream(compressed, deflater, 1 << 16)) {
			byte[] row = new byte[1 + 3 * width];
			row[0] = 1; // the filter "Sub": each byte less the same byte of the pixel to its left
			for (int y = 0; y < height; y++) {
				int left = 0;
				int at = 1;
				for (int x = 0; x < width; x++) {
					int pixel = pixels[y * width + x];
					row[at++] = (byte) ((pixel >> 16) - (left >> 16));
					row[at++] = (byte) ((pixel >> 8) - (left >> 8));
					row[at++] = (byte) (pixel - left);
					left = pixel;
				}
				out.write(row);
			}
		} finally {
			deflater.end();
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream(compressed.size() + 64);
		DataOutputStream out = new DataOutputStream(png);
		out.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
		ByteArrayOutputStream header = new ByteArrayOutputStream();
		DataOutputStream h = new DataOutputStream(header);
		h.writeInt(width);
		h.writeInt(height);
		h.write(new byte[] { 8, 2, 0, 0, 0 }); // 8 bits a channel, RGB, deflate, filtered by row, not interlaced
		chunk(out, "IHDR", header.toByteArray());
		chunk(out, "IDAT", compressed.toByteArray());
		chunk(out, "IEND", new byte[0]);
		return png.toByteArray();
	}

	private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		out.writeInt(data.length);
		out.write(name);
		out.write(data);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		out.writeInt((int) crc.getValue());
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
