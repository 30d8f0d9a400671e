package org.casestudio.export.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.casestudio.export.pack.TrainingPack.Actor;
import org.casestudio.export.pack.TrainingPack.Flow;
import org.casestudio.export.pack.TrainingPack.Partner;
import org.casestudio.export.pack.TrainingPack.Partnership;
import org.eclipse.osgi.util.NLS;

/**
 * A partnership drawn as SVG: the partnership in the middle, its partners around it, and an arrow
 * for each "gives ... to ..." from giver to receiver. Generated here, inline in the page, so that
 * the picture needs no service and no script; every text is XML-escaped. The same words are in
 * the figure's description for screen readers.
 */
final class PartnershipDiagram {

	private static final int WIDTH = 760;
	private static final int NODE_WIDTH = 180;
	private static final int NODE_HEIGHT = 58;
	private static final int MARGIN = 16;

	private record Node(Actor actor, String label, String sub, String role, double x, double y) {
	}

	private PartnershipDiagram() {
	}

	/** The SVG element; {@code id} makes its title and description ids unique in the page. */
	static String svg(Partnership partnership, String id) {
		Map<Actor, String[]> people = new LinkedHashMap<>();
		for (Partner partner : partnership.partners()) {
			people.putIfAbsent(partner.actor(), new String[] { partner.roleLabel(), partner.role() });
		}
		for (Flow flow : partnership.flows()) {
			if (flow.to() != null) {
				people.putIfAbsent(flow.to(), new String[] { Messages.NotAPartner, "outside" });
			}
		}
		int n = Math.max(1, people.size());
		double rx = 270;
		double ry = n <= 2 ? 70 : 140;
		double cx = WIDTH / 2.0;
		double cy = 0;
		List<Node> nodes = new ArrayList<>();
		// Vertical extent of what is drawn, so that the picture has no empty band.
		double[] bounds = { -23, 23 };
		int i = 0;
		for (Map.Entry<Actor, String[]> entry : people.entrySet()) {
			// Partners sit on an ellipse around the hub, the first at the top, like a clock.
			double angle = -Math.PI / 2 + (n == 2 ? Math.PI / 2 : 0) + 2 * Math.PI * i++ / n;
			Node node = new Node(entry.getKey(), entry.getKey().name(), entry.getValue()[0], entry.getValue()[1],
					cx + rx * Math.cos(angle), cy + ry * Math.sin(angle));
			nodes.add(node);
			bounds[0] = Math.min(bounds[0], node.y() - NODE_HEIGHT / 2.0);
			bounds[1] = Math.max(bounds[1], node.y() + NODE_HEIGHT / 2.0);
		}
		StringBuilder body = new StringBuilder();
		String hubText = partnership.product() != null ? partnership.product() : partnership.title();
		for (Node node : nodes) {
			if (!"outside".equals(node.role())) {
				body.append(line("spoke", cx, cy, node.x(), node.y()));
			}
		}
		body.append(box("hub", cx, cy, 200, 46, wrap(hubText, 26, 2), null));
		for (Node node : nodes) {
			body.append(box("node " + node.role(), node.x(), node.y(), NODE_WIDTH, NODE_HEIGHT, wrap(node.label(), 21, 2),
					node.sub()));
		}
		// Arrows and their labels go on top, so that no box hides what is given.
		StringBuilder labels = new StringBuilder();
		Map<String, Integer> between = new HashMap<>();
		for (Flow flow : partnership.flows()) {
			Node from = find(nodes, flow.from());
			Node to = flow.to() == null ? null : find(nodes, flow.to());
			// Flows between the same two boxes (either way) nest instead of lying on each other.
			int a = nodes.indexOf(from);
			int b = to == null ? -1 : nodes.indexOf(to);
			int nth = between.merge(Math.min(a, b) + "-" + Math.max(a, b), 1, Integer::sum) - 1;
			body.append(arrow(id, from, to, cx, cy, nth, flow.what(), labels, bounds));
		}
		body.append(labels);

		int top = (int) Math.floor(bounds[0] - MARGIN);
		int height = (int) Math.ceil(bounds[1] + MARGIN) - top;
		StringBuilder svg = new StringBuilder();
		String titleId = id + "-title";
		String descId = id + "-desc";
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"diagram\" role=\"img\" viewBox=\"0 ").append(top)
				.append(' ').append(WIDTH).append(' ').append(height).append("\" aria-labelledby=\"").append(titleId)
				.append(' ').append(descId).append("\">\n");
		svg.append("<title id=\"").append(titleId).append("\">")
				.append(xml(NLS.bind(Messages.DiagramTitle, partnership.title()))).append("</title>\n");
		svg.append("<desc id=\"").append(descId).append("\">").append(xml(description(partnership))).append("</desc>\n");
		svg.append("<defs><marker id=\"").append(id).append("-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" ")
				.append("markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\">")
				.append("<path d=\"M0,0 L10,5 L0,10 z\" class=\"arrow-head\"/></marker></defs>\n");
		return svg.append(body).append("</svg>").toString();
	}

	/** The diagram in words: who takes part in which role, who gives what to whom. */
	static String description(Partnership partnership) {
		List<String> sentences = new ArrayList<>();
		for (Partner partner : partnership.partners()) {
			sentences.add(NLS.bind(Messages.DiagramPartner, partner.actor().name(), partner.roleLabel().toLowerCase(Locale.ENGLISH)));
		}
		for (Flow flow : partnership.flows()) {
			sentences.add(flow.to() == null ? NLS.bind(Messages.DiagramGivesToAll, flow.from().name(), flow.what())
					: NLS.bind(Messages.DiagramGives, new Object[] { flow.from().name(), flow.what(), flow.to().name() }));
		}
		return String.join(" ", sentences);
	}

	private static Node find(List<Node> nodes, Actor actor) {
		return nodes.stream().filter(n -> n.actor() == actor).findFirst().orElse(nodes.get(0));
	}

	private static String line(String cssClass, double x1, double y1, double x2, double y2) {
		return String.format(Locale.ROOT, "<line class=\"%s\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>%n", cssClass,
				x1, y1, x2, y2);
	}

	/**
	 * A curved arrow from a box to another box (or to the hub), bent away from the hub so that it
	 * does not cross it; its label is added to {@code labels}, drawn last.
	 */
	private static String arrow(String id, Node from, Node to, double cx, double cy, int nth, String what,
			StringBuilder labels, double[] bounds) {
		double tx = to == null ? cx : to.x();
		double ty = to == null ? cy : to.y();
		double[] start = edge(from.x(), from.y(), tx, ty, NODE_WIDTH, NODE_HEIGHT);
		double[] end = to == null ? edge(tx, ty, from.x(), from.y(), 200, 46) : edge(tx, ty, from.x(), from.y(), NODE_WIDTH, NODE_HEIGHT);
		double mx = (start[0] + end[0]) / 2;
		double my = (start[1] + end[1]) / 2;
		double dx = end[0] - start[0];
		double dy = end[1] - start[1];
		double length = Math.max(1, Math.hypot(dx, dy));
		double bend = (to == null ? 0.15 : 0.3 + 0.45 * nth) * length;
		double nx = -dy / length;
		double ny = dx / length;
		if (Math.hypot(mx + nx - cx, my + ny - cy) < Math.hypot(mx - nx - cx, my - ny - cy)) {
			nx = -nx;
			ny = -ny;
		}
		double qx = mx + nx * bend;
		double qy = my + ny * bend;
		// The label sits where the curve is farthest out, at its middle.
		double lx = (start[0] + 2 * qx + end[0]) / 4;
		double ly = (start[1] + 2 * qy + end[1]) / 4;
		List<String> lines = wrap(what, 28, 2);
		labels.append(text("flow-label", lx, ly, lines, 13));
		bounds[0] = Math.min(bounds[0], Math.min(ly - 10, (start[1] + qy) / 2));
		bounds[1] = Math.max(bounds[1], Math.max(ly + 13 * lines.size(), (end[1] + qy) / 2));
		return String.format(Locale.ROOT,
				"<path class=\"flow\" d=\"M%.1f,%.1f Q%.1f,%.1f %.1f,%.1f\" marker-end=\"url(#%s-arrow)\"/>%n", start[0],
				start[1], qx, qy, end[0], end[1], id);
	}

	/** Where the line from a box's centre towards (tx, ty) leaves the box. */
	private static double[] edge(double x, double y, double tx, double ty, double w, double h) {
		double dx = tx - x;
		double dy = ty - y;
		if (dx == 0 && dy == 0) {
			return new double[] { x, y };
		}
		double scale = Math.min(Math.abs(dx) > 0 ? (w / 2 + 4) / Math.abs(dx) : Double.MAX_VALUE,
				Math.abs(dy) > 0 ? (h / 2 + 4) / Math.abs(dy) : Double.MAX_VALUE);
		return new double[] { x + dx * scale, y + dy * scale };
	}

	private static String box(String cssClass, double x, double y, int w, int h, List<String> lines, String sub) {
		StringBuilder s = new StringBuilder();
		s.append(String.format(Locale.ROOT, "<g class=\"%s\"><rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%d\" rx=\"8\"/>",
				cssClass, x - w / 2.0, y - h / 2.0, w, h));
		List<String> all = new ArrayList<>(lines);
		double top = y - (all.size() + (sub == null ? 0 : 1) - 1) * 8;
		s.append(text("name", x, top, all, 16).strip());
		if (sub != null) {
			s.append(text("role", x, top + all.size() * 16, List.of(sub), 16).strip());
		}
		s.append("</g>\n");
		return s.toString();
	}

	private static String text(String cssClass, double x, double y, List<String> lines, int lineHeight) {
		StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
				"<text class=\"%s\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" dominant-baseline=\"middle\">", cssClass, x, y));
		for (int k = 0; k < lines.size(); k++) {
			s.append(String.format(Locale.ROOT, "<tspan x=\"%.1f\" dy=\"%d\">", x, k == 0 ? 0 : lineHeight))
					.append(xml(lines.get(k))).append("</tspan>");
		}
		return s.append("</text>\n").toString();
	}

	/** Words wrapped into at most {@code maxLines} lines, the last shortened with an ellipsis. */
	static List<String> wrap(String text, int width, int maxLines) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : (text == null ? "" : text.strip()).split("\\s+")) {
			if (line.length() > 0 && line.length() + 1 + word.length() > width) {
				lines.add(line.toString());
				line.setLength(0);
			}
			if (line.length() > 0) {
				line.append(' ');
			}
			line.append(word);
		}
		lines.add(line.toString());
		if (lines.size() > maxLines) {
			List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
			String last = kept.get(maxLines - 1);
			kept.set(maxLines - 1, (last.length() > width - 1 ? last.substring(0, width - 1) : last) + "…");
			return kept;
		}
		return lines.stream().map(l -> l.length() > width + 8 ? l.substring(0, width + 7) + "…" : l).toList();
	}

	static String xml(String text) {
		StringBuilder s = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
			case '&' -> s.append("&amp;");
			case '<' -> s.append("&lt;");
			case '>' -> s.append("&gt;");
			case '"' -> s.append("&quot;");
			case '\'' -> s.append("&#39;");
			default -> {
				// Control characters are not allowed in XML 1.0; a stray one must not break the page.
				if (c >= 0x20 || c == '\n' || c == '\t') {
					s.append(c);
				}
			}
			}
		}
		return s.toString();
	}
}
