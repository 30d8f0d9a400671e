package org.casestudio.export.web;

import static org.casestudio.export.XmlText.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.casestudio.export.pack.TrainingPack.Coordinates;
import org.casestudio.export.pack.TrainingPack.Place;
import org.eclipse.osgi.util.NLS;

/**
 * A sketch map of the cases from their coordinates, as inline SVG: a numbered point per case, its
 * title beside it, a scale bar and a north arrow. No tiles and nothing fetched, so that it shows
 * offline and from a USB stick; not a map to find one's way by, but where the cases lie from one
 * another. The same facts are in its description, and in the list of places below it.
 */
final class SketchMap {

	private static final int WIDTH = 760;
	private static final int MAX_HEIGHT = 380;
	private static final int MIN_HEIGHT = 220;
	/** Room around the points; labels stand beside them, so the sides get more. */
	private static final int PAD_X = 190;
	private static final int PAD_Y = 46;
	private static final int LABEL_GAP = 19;
	private static final int LABEL_CHARS = 30;
	private static final double KM_PER_DEGREE = 111.32;
	/** A span for one case alone, or cases at one point: about 11 km. */
	private static final double MIN_SPAN_DEGREES = 0.1;

	private record Point(int number, String label, double x, double y, Coordinates at) {
	}

	private SketchMap() {
	}

	/** The map's SVG, or null when no case has coordinates. */
	static String svg(List<Place> places) {
		List<Place> located = new ArrayList<>();
		List<Integer> numbers = new ArrayList<>();
		for (int i = 0; i < places.size(); i++) {
			if (places.get(i).coordinates() != null) {
				located.add(places.get(i));
				numbers.add(i + 1);
			}
		}
		if (located.isEmpty()) {
			return null;
		}
		double minLat = Double.MAX_VALUE, maxLat = -Double.MAX_VALUE, minLon = Double.MAX_VALUE, maxLon = -Double.MAX_VALUE;
		for (Place place : located) {
			minLat = Math.min(minLat, place.coordinates().latitude());
			maxLat = Math.max(maxLat, place.coordinates().latitude());
			minLon = Math.min(minLon, place.coordinates().longitude());
			maxLon = Math.max(maxLon, place.coordinates().longitude());
		}
		// Equirectangular, with longitudes shrunk by the cosine of the middle latitude: true enough
		// in shape over the few hundred kilometres of a route.
		double midLat = (minLat + maxLat) / 2;
		double shrink = Math.max(0.2, Math.cos(Math.toRadians(midLat)));
		double spanX = Math.max((maxLon - minLon) * shrink, MIN_SPAN_DEGREES);
		double spanY = Math.max(maxLat - minLat, MIN_SPAN_DEGREES);
		double availableWidth = WIDTH - 2.0 * PAD_X;
		int height = (int) Math.round(Math.max(MIN_HEIGHT,
				Math.min(MAX_HEIGHT, availableWidth * spanY / spanX + 2.0 * PAD_Y)));
		double scale = Math.min(availableWidth / spanX, (height - 2.0 * PAD_Y) / spanY);
		double centreX = ((minLon + maxLon) / 2) * shrink;
		double centreY = midLat;

		List<Point> points = new ArrayList<>();
		for (int i = 0; i < located.size(); i++) {
			Coordinates at = located.get(i).coordinates();
			double x = WIDTH / 2.0 + (at.longitude() * shrink - centreX) * scale;
			double y = height / 2.0 - (at.latitude() - centreY) * scale;
			points.add(new Point(numbers.get(i), shorten(located.get(i).caseTitle()), x, y, at));
		}

		StringBuilder body = new StringBuilder();
		body.append("<rect class=\"ground\" x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"")
				.append(height).append("\" rx=\"6\"/>\n");
		if (points.size() > 1) {
			// The cases in the route's order: the way the participants go, drawn straight.
			body.append("<path class=\"route\" d=\"");
			for (Point p : points) {
				body.append(p == points.get(0) ? "M" : " L").append(n(p.x())).append(',').append(n(p.y()));
			}
			body.append("\"/>\n");
		}
		List<double[]> labels = new ArrayList<>();
		for (Point p : points) {
			// Labels to the right, or to the left in the right half, moved down past any label they would cover.
			boolean left = p.x() > WIDTH / 2.0 + 40;
			double labelX = left ? p.x() - 15 : p.x() + 15;
			double labelY = p.y() + 5;
			for (boolean moved = true; moved;) {
				moved = false;
				for (double[] other : labels) {
					if (other[2] == (left ? 1 : 0) && Math.abs(other[0] - labelX) < 230 && Math.abs(other[1] - labelY) < LABEL_GAP) {
						labelY = other[1] + LABEL_GAP;
						moved = true;
					}
				}
			}
			labels.add(new double[] { labelX, labelY, left ? 1 : 0 });
			body.append("<g class=\"case\">");
			body.append("<circle cx=\"").append(n(p.x())).append("\" cy=\"").append(n(p.y())).append("\" r=\"10\"/>");
			body.append("<text class=\"number\" x=\"").append(n(p.x())).append("\" y=\"").append(n(p.y() + 4))
					.append("\" text-anchor=\"middle\">").append(p.number()).append("</text>");
			body.append("<text class=\"label\" x=\"").append(n(labelX)).append("\" y=\"").append(n(labelY))
					.append("\" text-anchor=\"").append(left ? "end" : "start").append("\">").append(escape(p.label()))
					.append("</text></g>\n");
		}
		scaleBar(body, scale, height);
		northArrow(body);

		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sketch-map\" role=\"img\" viewBox=\"0 0 ")
				.append(WIDTH).append(' ').append(height).append("\" aria-labelledby=\"map-title map-desc\">\n");
		svg.append("<title id=\"map-title\">").append(escape(Messages.MapTitle)).append("</title>\n");
		svg.append("<desc id=\"map-desc\">").append(escape(NLS.bind(Messages.MapDescription, description(points))))
				.append("</desc>\n");
		return svg.append(body).append("</svg>").toString();
	}

	/** A bar of a round length, 60 to 160 pixels long, at the bottom left. */
	private static void scaleBar(StringBuilder body, double pixelsPerDegree, int height) {
		double pixelsPerKm = pixelsPerDegree / KM_PER_DEGREE;
		double km = 1;
		for (double candidate : new double[] { 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000 }) {
			km = candidate;
			if (candidate * pixelsPerKm >= 60) {
				break;
			}
		}
		double length = km * pixelsPerKm;
		double x = 20;
		double y = height - 22;
		body.append("<g class=\"scale\"><path d=\"M").append(n(x)).append(',').append(n(y - 6)).append(" v6 h")
				.append(n(length)).append(" v-6\"/>");
		body.append("<text x=\"").append(n(x + length + 8)).append("\" y=\"").append(n(y + 1)).append("\">")
				.append(escape(NLS.bind(Messages.MapScale, km >= 1 ? String.valueOf((long) km) : String.valueOf(km))))
				.append("</text></g>\n");
	}

	private static void northArrow(StringBuilder body) {
		double x = WIDTH - 30;
		body.append("<g class=\"north\"><path d=\"M").append(n(x)).append(",14 l9,26 l-9,-7 l-9,7 z\"/>");
		body.append("<text x=\"").append(n(x)).append("\" y=\"56\" text-anchor=\"middle\">")
				.append(escape(Messages.MapNorth)).append("</text></g>\n");
	}

	private static String description(List<Point> points) {
		List<String> parts = new ArrayList<>();
		for (Point p : points) {
			parts.add(p.number() + ". " + p.label() + " (" + degrees(p.at().latitude(), "N", "S") + ", "
					+ degrees(p.at().longitude(), "E", "W") + ")");
		}
		return String.join("; ", parts);
	}

	private static String degrees(double value, String positive, String negative) {
		return String.format(Locale.ROOT, "%.3f\u00B0%s", Math.abs(value), value >= 0 ? positive : negative);
	}

	private static String shorten(String title) {
		String text = title == null ? "" : title.strip();
		return text.length() > LABEL_CHARS ? text.substring(0, LABEL_CHARS - 1).strip() + "\u2026" : text;
	}

	private static String n(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}
}
