package org.casestudio.export.diagram;

import org.casestudio.export.diagram.Diagram.Kind;

/** The colours of a diagram, the same in the SVG and the PNG (the site's palette). */
enum DiagramStyle {
	PUBLIC("#2f5d8a", "#eaf1f8", false), PRIVATE("#8a4b14", "#f8efe6", false), PRODUCER("#1d5c3a", "#e6f0ea", false),
	OTHER("#5b4a86", "#efecf6", false), OUTSIDE("#5b4a86", "#ffffff", true), BROKER("#8a6100", "#fff3cf", false),
	PARTNERSHIP("#1d5c3a", "#1d5c3a", false);

	static final String INK = "#1c1f1d";

	/** The border and the role's words. */
	final String stroke;
	final String fill;
	final boolean dashed;

	DiagramStyle(String stroke, String fill, boolean dashed) {
		this.stroke = stroke;
		this.fill = fill;
		this.dashed = dashed;
	}

	static DiagramStyle of(Kind kind) {
		return valueOf(kind.name());
	}

	/** The colour of a box's name. */
	String nameColour() {
		return this == PARTNERSHIP ? "#ffffff" : INK;
	}

	/** The broker's box has a double border: its own style, whatever its role. */
	double strokeWidth() {
		return this == BROKER ? 3 : 2;
	}

	static java.awt.Color awt(String hex) {
		return new java.awt.Color(Integer.parseInt(hex.substring(1), 16));
	}
}
