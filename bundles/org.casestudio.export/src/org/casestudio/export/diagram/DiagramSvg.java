package org.casestudio.export.diagram;

import static org.casestudio.export.XmlText.escape;

import java.util.List;
import java.util.Locale;

import org.casestudio.export.diagram.Diagram.Arrow;
import org.casestudio.export.diagram.Diagram.Box;
import org.casestudio.export.diagram.Diagram.Label;
import org.casestudio.export.diagram.Diagram.Node;
import org.casestudio.export.diagram.Diagram.Point;
import org.casestudio.export.diagram.Diagram.Text;

/**
 * A diagram as SVG: a standalone document with its size, real text (searchable, read aloud) in the
 * fonts it was measured with, and every style written on the element, so that it looks the same
 * inline in a page, as a file, or in an office document. It fetches nothing.
 */
final class DiagramSvg {

	private DiagramSvg() {
	}

	static String svg(Diagram diagram, String title, String description, String id) {
		StringBuilder s = new StringBuilder(4096);
		s.append(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"diagram\" role=\"img\" width=\"%s\" height=\"%s\" viewBox=\"0 0 %s %s\" aria-labelledby=\"%s-title %s-desc\" font-family=\"%s\">%n",
				num(diagram.width()), num(diagram.height()), num(diagram.width()), num(diagram.height()), escape(id), escape(id),
				DiagramText.FAMILIES));
		s.append("<title id=\"").append(escape(id)).append("-title\">").append(escape(title)).append("</title>\n");
		s.append("<desc id=\"").append(escape(id)).append("-desc\">").append(escape(description)).append("</desc>\n");
		s.append("<defs><marker id=\"").append(escape(id))
				.append("-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">")
				.append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"").append(DiagramStyle.INK).append("\"/></marker></defs>\n");
		s.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
		for (Arrow arrow : diagram.arrows()) {
			s.append("<path class=\"flow\" fill=\"none\" stroke=\"").append(DiagramStyle.INK)
					.append("\" stroke-width=\"1.5\" d=\"");
			List<Point> route = arrow.route();
			for (int i = 0; i < route.size(); i++) {
				s.append(i == 0 ? "M" : " L").append(num(route.get(i).x())).append(',').append(num(route.get(i).y()));
			}
			s.append("\" marker-end=\"url(#").append(escape(id)).append("-arrow)\"/>\n");
		}
		for (Node node : diagram.nodes()) {
			DiagramStyle style = DiagramStyle.of(node.kind());
			Box b = node.box();
			s.append("<g class=\"node ").append(node.kind().name().toLowerCase(Locale.ROOT)).append("\">");
			s.append(String.format(Locale.ROOT,
					"<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" rx=\"8\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%s\"%s/>",
					num(b.x()), num(b.y()), num(b.width()), num(b.height()), style.fill, style.stroke,
					num(style.strokeWidth()), style.dashed ? " stroke-dasharray=\"6 4\"" : ""));
			if (node.broker()) {
				// The broker's second border, inside the first.
				Box inner = b.grown(-4);
				s.append(String.format(Locale.ROOT,
						"<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" rx=\"5\" fill=\"none\" stroke=\"%s\" stroke-width=\"1\"/>",
						num(inner.x()), num(inner.y()), num(inner.width()), num(inner.height()), style.stroke));
			}
			text(s, "name", node.name(), style.nameColour());
			if (node.role() != null) {
				text(s, "role", node.role(), style.stroke);
			}
			s.append("</g>\n");
		}
		for (Arrow arrow : diagram.arrows()) {
			Label label = arrow.label();
			Box b = label.box();
			s.append(String.format(Locale.ROOT,
					"<g class=\"flow-label\"><rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" rx=\"3\" fill=\"#ffffff\" fill-opacity=\"0.9\"/>",
					num(b.x()), num(b.y()), num(b.width()), num(b.height())));
			text(s, "what", label.text(), DiagramStyle.INK);
			s.append("</g>\n");
		}
		return s.append("</svg>\n").toString();
	}

	private static void text(StringBuilder s, String cssClass, Text text, String colour) {
		s.append("<text class=\"").append(cssClass).append("\" text-anchor=\"middle\" font-size=\"").append(num(text.size()))
				.append("\" fill=\"").append(colour).append('"').append(text.bold() ? " font-weight=\"bold\"" : "").append('>');
		for (int i = 0; i < text.lines().size(); i++) {
			s.append("<tspan x=\"").append(num(text.centreX())).append("\" y=\"").append(num(text.baselines().get(i)))
					.append("\">").append(escape(text.lines().get(i))).append("</tspan>");
		}
		s.append("</text>");
	}

	private static String num(double value) {
		String s = String.format(Locale.ROOT, "%.1f", value);
		return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
	}
}
