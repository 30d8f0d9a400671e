package org.casestudio.export.diagram;

import java.util.List;

/**
 * A laid-out partnership diagram: boxes, arrows and the arrows' labels, in pixels at scale 1 with
 * the origin at the top left. The site, the documents and the slides draw this one geometry, so
 * that a diagram is the same wherever it appears. In a {@code numbered} diagram (a slide's, when
 * space is short) each arrow's label is its number, from 1 in the partnership's order of flows.
 */
public record Diagram(double width, double height, List<Node> nodes, List<Arrow> arrows, boolean numbered) {

	/** A diagram whose arrows carry their words. */
	public Diagram(double width, double height, List<Node> nodes, List<Arrow> arrows) {
		this(width, height, nodes, arrows, false);
	}

	/** What a box stands for; each is drawn in its own colour, the broker in a style of its own. */
	public enum Kind {
		PUBLIC, PRIVATE, PRODUCER, OTHER, OUTSIDE, BROKER, PARTNERSHIP
	}

	/** A rectangle: {@code x, y} its top left corner. */
	public record Box(double x, double y, double width, double height) {

		public double right() {
			return x + width;
		}

		public double bottom() {
			return y + height;
		}

		/** Whether the two rectangles share more than an edge. */
		public boolean overlaps(Box other) {
			return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
		}

		/** The rectangle grown by {@code d} on every side. */
		public Box grown(double d) {
			return new Box(x - d, y - d, width + 2 * d, height + 2 * d);
		}
	}

	public record Point(double x, double y) {
	}

	/**
	 * Lines of text in a box, centred; {@code baselines} are the y of each line's baseline.
	 * {@code size} is the font size in pixels, {@code bold} its weight.
	 */
	public record Text(List<String> lines, List<Double> baselines, double centreX, double size, boolean bold) {
	}

	/**
	 * A box: a partner (its name and its role), someone who receives without being a partner, the
	 * partnership itself (where what is given to all partners goes), or the broker. {@code id} is
	 * the actor's id, or {@code partnership} for the partnership.
	 */
	public record Node(String id, Kind kind, boolean broker, Box box, Text name, Text role) {
	}

	/** An arrow from giver to receiver along {@code route}; its label says what is given. */
	public record Arrow(String from, String to, List<Point> route, Label label) {
	}

	/** An arrow's label: the text and the box it is drawn in. */
	public record Label(Box box, Text text) {
	}
}
