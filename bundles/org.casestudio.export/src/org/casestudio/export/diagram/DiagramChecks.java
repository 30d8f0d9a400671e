package org.casestudio.export.diagram;

import java.util.ArrayList;
import java.util.List;

import org.casestudio.export.diagram.Diagram.Arrow;
import org.casestudio.export.diagram.Diagram.Box;
import org.casestudio.export.diagram.Diagram.Node;
import org.casestudio.export.diagram.Diagram.Point;

/**
 * What would make a diagram hard to read: a label on a box or on another label, an arrow through a
 * box that is neither its giver nor its receiver. The layout is made again with more room when
 * this finds any.
 */
final class DiagramChecks {

	private DiagramChecks() {
	}

	/** The clashes, in words (for a test's message); empty when there is none. */
	static List<String> clashes(Diagram diagram) {
		List<String> clashes = new ArrayList<>();
		List<Arrow> arrows = diagram.arrows();
		for (int i = 0; i < arrows.size(); i++) {
			Box label = arrows.get(i).label().box();
			for (Node node : diagram.nodes()) {
				if (label.overlaps(node.box())) {
					clashes.add("label " + i + " on box " + node.id());
				}
			}
			for (int j = i + 1; j < arrows.size(); j++) {
				if (label.overlaps(arrows.get(j).label().box())) {
					clashes.add("label " + i + " on label " + j);
				}
			}
			for (Node node : diagram.nodes()) {
				if (!node.id().equals(arrows.get(i).from()) && !node.id().equals(arrows.get(i).to())
						&& crosses(arrows.get(i).route(), node.box())) {
					clashes.add("arrow " + i + " through box " + node.id());
				}
			}
		}
		return clashes;
	}

	/** Whether a route of straight segments runs through the inside of a box. */
	static boolean crosses(List<Point> route, Box box) {
		for (int k = 0; k + 1 < route.size(); k++) {
			if (segmentCrosses(route.get(k), route.get(k + 1), box)) {
				return true;
			}
		}
		return false;
	}

	/** Liang-Barsky clipping: whether any part of the segment lies strictly inside the box. */
	private static boolean segmentCrosses(Point a, Point b, Box box) {
		double eps = 0.5;
		double x0 = box.x() + eps;
		double y0 = box.y() + eps;
		double x1 = box.right() - eps;
		double y1 = box.bottom() - eps;
		double dx = b.x() - a.x();
		double dy = b.y() - a.y();
		double[] p = { -dx, dx, -dy, dy };
		double[] q = { a.x() - x0, x1 - a.x(), a.y() - y0, y1 - a.y() };
		double t0 = 0;
		double t1 = 1;
		for (int i = 0; i < 4; i++) {
			if (p[i] == 0) {
				if (q[i] < 0) {
					return false;
				}
			} else {
				double t = q[i] / p[i];
				if (p[i] < 0) {
					t0 = Math.max(t0, t);
				} else {
					t1 = Math.min(t1, t);
				}
			}
		}
		return t0 < t1;
	}
}
