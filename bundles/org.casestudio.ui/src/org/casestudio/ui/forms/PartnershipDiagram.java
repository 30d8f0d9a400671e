package org.casestudio.ui.forms;

import java.util.List;

import org.casestudio.model.PartnerRole;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * A picture of a partnership, as the training pack draws one: the partners in a ring, coloured by
 * role, and an arrow for each contribution labelled with what is given.
 */
public final class PartnershipDiagram extends Canvas {

	public record Node(String name, String role, PartnerRole kind) {
	}

	public record Flow(String from, String to, String what) {
	}

	public record Picture(String title, List<Node> nodes, List<Flow> flows) {
		static final Picture EMPTY = new Picture(null, List.of(), List.of());
	}

	private Picture picture = Picture.EMPTY;

	PartnershipDiagram(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED);
		addPaintListener(event -> paint(event.gc));
	}

	void show(Picture now) {
		if (!now.equals(picture)) {
			picture = now;
			redraw();
		}
	}

	public Picture picture() {
		return picture;
	}

	private static RGB colour(PartnerRole role) {
		return switch (role == null ? PartnerRole.OTHER : role) {
		case PUBLIC -> new RGB(214, 230, 245);
		case PRIVATE -> new RGB(252, 228, 204);
		case PRODUCER -> new RGB(218, 240, 210);
		case OTHER -> new RGB(232, 232, 232);
		};
	}

	private void paint(GC gc) {
		Rectangle area = getClientArea();
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		List<Node> nodes = picture.nodes();
		if (nodes.isEmpty()) {
			gc.drawText(Messages.Diagram_Empty, 8, 8, true);
			return;
		}
		int boxWidth = Math.min(180, area.width / 2 - 10);
		int boxHeight = 44;
		int cx = area.width / 2;
		int cy = area.height / 2;
		int rx = Math.max(0, area.width / 2 - boxWidth / 2 - 8);
		int ry = Math.max(0, area.height / 2 - boxHeight / 2 - 8);
		Point[] centres = new Point[nodes.size()];
		for (int i = 0; i < nodes.size(); i++) {
			double angle = -Math.PI / 2 + 2 * Math.PI * i / nodes.size();
			centres[i] = nodes.size() == 1 ? new Point(cx, cy)
					: new Point(cx + (int) (rx * Math.cos(angle)), cy + (int) (ry * Math.sin(angle)));
		}
		Color line = new Color(90, 90, 90);
		gc.setForeground(line);
		for (Flow flow : picture.flows()) {
			int from = index(flow.from());
			int to = index(flow.to());
			if (from < 0 || to < 0 || from == to) {
				continue;
			}
			Point a = centres[from];
			Point b = centres[to];
			gc.drawLine(a.x, a.y, b.x, b.y);
			arrowHead(gc, a, b, boxWidth, boxHeight);
			String label = flow.what() == null ? "" : shorten(gc, flow.what(), 200);
			Point size = gc.textExtent(label);
			gc.drawText(label, (a.x + b.x) / 2 - size.x / 2, (a.y + b.y) / 2 - size.y - 2, true);
		}
		for (int i = 0; i < nodes.size(); i++) {
			Node node = nodes.get(i);
			Color fill = new Color(colour(node.kind()));
			gc.setBackground(fill);
			Rectangle box = new Rectangle(centres[i].x - boxWidth / 2, centres[i].y - boxHeight / 2, boxWidth, boxHeight);
			gc.fillRoundRectangle(box.x, box.y, box.width, box.height, 8, 8);
			gc.drawRoundRectangle(box.x, box.y, box.width, box.height, 8, 8);
			gc.drawText(shorten(gc, node.name(), boxWidth - 10), box.x + 5, box.y + 4, true);
			gc.drawText(shorten(gc, node.role(), boxWidth - 10), box.x + 5, box.y + 4 + gc.getFontMetrics().getHeight(), true);
		}
	}

	private int index(String name) {
		for (int i = 0; i < picture.nodes().size(); i++) {
			if (picture.nodes().get(i).name().equals(name)) {
				return i;
			}
		}
		return -1;
	}

	/** An arrow head where the line from a to b meets b's box. */
	private static void arrowHead(GC gc, Point a, Point b, int boxWidth, int boxHeight) {
		double dx = b.x - a.x;
		double dy = b.y - a.y;
		double length = Math.hypot(dx, dy);
		if (length == 0) {
			return;
		}
		double scale = Math.min(dx == 0 ? Double.MAX_VALUE : (boxWidth / 2.0) / Math.abs(dx),
				dy == 0 ? Double.MAX_VALUE : (boxHeight / 2.0) / Math.abs(dy));
		double tipX = b.x - dx * scale;
		double tipY = b.y - dy * scale;
		double ux = dx / length;
		double uy = dy / length;
		int[] head = { (int) tipX, (int) tipY, (int) (tipX - 10 * ux + 5 * uy), (int) (tipY - 10 * uy - 5 * ux),
				(int) (tipX - 10 * ux - 5 * uy), (int) (tipY - 10 * uy + 5 * ux) };
		Color old = gc.getBackground();
		gc.setBackground(gc.getForeground());
		gc.fillPolygon(head);
		gc.setBackground(old);
	}

	private static String shorten(GC gc, String text, int width) {
		if (text == null || gc.textExtent(text).x <= width) {
			return text == null ? "" : text;
		}
		String shorter = text;
		while (shorter.length() > 1 && gc.textExtent(shorter + "\u2026").x > width) {
			shorter = shorter.substring(0, shorter.length() - 1);
		}
		return shorter + "\u2026";
	}
}
