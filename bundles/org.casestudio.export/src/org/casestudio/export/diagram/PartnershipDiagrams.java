package org.casestudio.export.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.casestudio.export.diagram.Diagram.Arrow;
import org.casestudio.export.diagram.Diagram.Box;
import org.casestudio.export.diagram.Diagram.Kind;
import org.casestudio.export.diagram.Diagram.Label;
import org.casestudio.export.diagram.Diagram.Node;
import org.casestudio.export.diagram.Diagram.Point;
import org.casestudio.export.diagram.Diagram.Text;
import org.casestudio.export.pack.TrainingPack.Actor;
import org.casestudio.export.pack.TrainingPack.Flow;
import org.casestudio.export.pack.TrainingPack.Partner;
import org.casestudio.export.pack.TrainingPack.Partnership;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.eclipse.osgi.util.NLS;

/**
 * A partnership's diagram: who takes part in which role, and who gives what to whom, laid out by
 * the Eclipse Layout Kernel's layered algorithm. Rows are the same in every diagram: public
 * partners at the top, then producers, then the broker, the partnership and anyone else, then
 * private partners, so that a reader finds each role where the other diagrams put it. Arrows are
 * routed at right angles between the boxes and their labels placed beside them by the algorithm,
 * never over a box or another label (checked after the layout, which is made again with more room
 * if not); long names and labels wrap onto more lines and are never cut.
 *
 * <p>{@link #layout} gives the geometry, {@link #svg} and {@link #png} draw it: the site and the
 * documents show the same diagram. A slide, wide and seen from afar, shows the same boxes and
 * arrows with larger type, the rows running left to right ({@link #slideLayout}, {@link #slideSvg},
 * {@link #slidePng}); when the arrows' words would be too small to read there, each arrow carries
 * its number and {@link #key} gives the words, for the speaker notes.
 */
public final class PartnershipDiagrams {

	static final double PAD = 10;
	static final double LABEL_PAD = 3;
	private static final String PARTNERSHIP_ID = "partnership";

	/**
	 * How a diagram is drawn for where it goes: type sizes and wrapping widths in SVG units,
	 * {@code spacing} the factor on the layout's gaps, {@code numbered} whether an arrow carries its
	 * number instead of its words (told in full beside the drawing), {@code direction} where the
	 * rows run.
	 */
	record Variant(double nameSize, double roleSize, double labelSize, double nodeMinWidth, double nodeTextWidth,
			double labelTextWidth, double spacing, boolean numbered, Direction direction) {
	}

	/** A page or a screen: a figure across the text's width, every arrow with its words. */
	static final Variant PAGE = new Variant(14, 12, 12.5, 150, 170, 135, 1, false, Direction.DOWN);

	/**
	 * A slide's space for a diagram of its own, in points: a 13.33 x 7.5 in slide (960 x 540) below
	 * its title and above the legend.
	 */
	static final double SLIDE_WIDTH = 902;
	static final double SLIDE_HEIGHT = 383;
	/** A column of a slide's two columns, in points: where a small diagram goes beside its facts. */
	static final double COLUMN_WIDTH = 416;
	static final double COLUMN_HEIGHT = 398;
	/** The smallest type a slide's diagram is shown in, in points: arrows' words, boxes' names. */
	static final double SLIDE_LABEL_POINTS = 12;
	static final double SLIDE_NAME_POINTS = 14;

	/**
	 * The ways a diagram may be drawn for a slide, tried in turn: rows running left to right, since
	 * a slide is wide; larger type than a page's; first with the arrows' words, then, when those
	 * do not fit at a readable size, each arrow with its number (its words in the speaker notes)
	 * and the boxes' names wrapped at three widths. The one shown largest is kept.
	 */
	/** A small diagram in a slide's column: rows top to bottom as on a page, in a slide's type. */
	private static final Variant COLUMN = new Variant(16, 13, 14, 110, 150, 130, 0.6, false, Direction.DOWN);

	private static final List<Variant> SLIDE = List.of(
			new Variant(16, 13, 14, 110, 180, 150, 0.6, false, Direction.RIGHT),
			new Variant(16, 13, 16, 90, 110, 0, 0.4, true, Direction.RIGHT),
			new Variant(16, 13, 16, 110, 140, 0, 0.4, true, Direction.RIGHT),
			new Variant(16, 13, 16, 110, 180, 0, 0.4, true, Direction.RIGHT),
			new Variant(16, 13, 16, 110, 220, 0, 0.4, true, Direction.RIGHT));

	/**
	 * The layouts made lately, by partnership (a record: equal partnerships, equal keys). ELK's
	 * layered algorithm does not always place a graph the same way twice in one JVM (the same
	 * partnership came out 1,087 or 1,137 wide), and one pack shows each diagram in several formats:
	 * each partnership is laid out once, so the site, the documents and the slides show one drawing.
	 */
	private static final Map<Object, Diagram> LAID_OUT = java.util.Collections
			.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
				private static final long serialVersionUID = 1L;

				@Override
				protected boolean removeEldestEntry(Map.Entry<Object, Diagram> eldest) {
					return size() > 256;
				}
			});

	private PartnershipDiagrams() {
	}

	/** The diagram's geometry: the same for equal partnerships. */
	public static Diagram layout(Partnership partnership) {
		Diagram known = LAID_OUT.get(partnership);
		if (known != null) {
			return known;
		}
		Diagram diagram = laidOut(partnership, PAGE);
		LAID_OUT.put(partnership, diagram);
		return diagram;
	}

	/**
	 * The diagram's geometry for a slide, in larger type: rows top to bottom when it reads at 14
	 * and 12 points in a column of the slide (beside the partnership's facts); else rows left to
	 * right, for a slide of its own, and when the arrows' words would not be readable there, each
	 * arrow carries its number ({@link Diagram#numbered}), its words in {@link #key}.
	 */
	public static Diagram slideLayout(Partnership partnership) {
		List<Object> key = List.of(partnership, SLIDE);
		Diagram known = LAID_OUT.get(key);
		if (known != null) {
			return known;
		}
		Diagram column = laidOut(partnership, COLUMN);
		if (DiagramChecks.clashes(column).isEmpty() && readable(column, COLUMN,
				Math.min(2, Math.min(COLUMN_WIDTH / column.width(), COLUMN_HEIGHT / column.height())))) {
			// Small enough to read in a column, beside the partnership's facts.
			LAID_OUT.put(key, column);
			return column;
		}
		Diagram best = null;
		double bestScale = 0;
		boolean bestClean = false;
		for (Variant variant : SLIDE) {
			Diagram diagram = laidOut(partnership, variant);
			double scale = slideScale(diagram);
			boolean clean = DiagramChecks.clashes(diagram).isEmpty();
			if (!variant.numbered() && clean && readable(diagram, variant, scale)) {
				// The arrows' words, readable: nothing to look up in the notes.
				best = diagram;
				break;
			}
			if (variant.numbered() && (best == null || clean && !bestClean || clean == bestClean && scale > bestScale)) {
				best = diagram;
				bestScale = scale;
				bestClean = clean;
			}
		}
		LAID_OUT.put(key, best);
		return best;
	}

	private static boolean readable(Diagram diagram, Variant variant, double scale) {
		return scale * variant.labelSize() >= SLIDE_LABEL_POINTS && scale * variant.nameSize() >= SLIDE_NAME_POINTS;
	}

	/** How large a diagram is shown on a slide of its own: fitted to the space, at most twice its size. */
	public static double slideScale(Diagram diagram) {
		return Math.min(2, Math.min(SLIDE_WIDTH / diagram.width(), SLIDE_HEIGHT / diagram.height()));
	}

	/**
	 * What each numbered arrow of the slide's diagram stands for, one line each ("1. giver → receiver:
	 * what"), for the speaker notes; empty when the arrows carry their words.
	 */
	public static List<String> key(Partnership partnership) {
		if (!slideLayout(partnership).numbered()) {
			return List.of();
		}
		List<String> lines = new ArrayList<>();
		List<Flow> flows = partnership.flows();
		for (int i = 0; i < flows.size(); i++) {
			Flow flow = flows.get(i);
			String to = flow.to() == null ? receiverOfAll(partnership) : flow.to().name();
			lines.add(NLS.bind(Messages.DiagramKey, new Object[] { i + 1, flow.from().name(), to, flow.what() }));
		}
		return lines;
	}

	private static Diagram laidOut(Partnership partnership, Variant variant) {
		Diagram diagram = null;
		// Made again with more room in the rare case the algorithm leaves a label touching a box.
		for (double room = 1; room <= 3; room += 1) {
			diagram = layout(partnership, variant, variant.spacing() * room);
			if (DiagramChecks.clashes(diagram).isEmpty()) {
				return diagram;
			}
		}
		return diagram;
	}

	/** The diagram as a standalone SVG document. */
	public static String svg(Partnership partnership) {
		return svg(partnership, "partnership");
	}

	/**
	 * The diagram as an SVG element; {@code id} makes the ids inside it (title, description, arrow
	 * head) unique in a page that holds more than one diagram.
	 */
	public static String svg(Partnership partnership, String id) {
		return DiagramSvg.svg(layout(partnership), title(partnership), description(partnership), id);
	}

	/** The diagram as a PNG image, {@code scale} pixels per SVG unit (2 for print or a projector). */
	public static byte[] png(Partnership partnership, double scale) {
		return DiagramPng.png(layout(partnership), scale);
	}

	/**
	 * A diagram already laid out ({@link #layout}) as a PNG image, {@code scale} pixels per SVG unit:
	 * for a document that needs the diagram's size before its pixels.
	 */
	public static byte[] png(Diagram diagram, double scale) {
		return DiagramPng.png(diagram, scale);
	}

	/**
	 * A diagram already laid out ({@link #layout}) as a standalone SVG document, titled and described
	 * after its partnership: the same drawing as {@link #png(Diagram, double)} of the same layout.
	 */
	public static String svg(Diagram diagram, Partnership partnership) {
		return DiagramSvg.svg(diagram, title(partnership), description(partnership), "partnership");
	}

	/** The slide's diagram ({@link #slideLayout}) as a standalone SVG document. */
	public static String slideSvg(Partnership partnership) {
		return DiagramSvg.svg(slideLayout(partnership), title(partnership), description(partnership), "partnership");
	}

	/** The slide's diagram ({@link #slideLayout}) as a PNG image, {@code scale} pixels per SVG unit. */
	public static byte[] slidePng(Partnership partnership, double scale) {
		return DiagramPng.png(slideLayout(partnership), scale);
	}

	/** The diagram's title, for its caption or its alternative text. */
	public static String title(Partnership partnership) {
		return NLS.bind(Messages.DiagramTitle, partnership.title());
	}

	/** The diagram in words: who takes part in which role, who gives what to whom. */
	public static String description(Partnership partnership) {
		List<String> sentences = new ArrayList<>();
		for (Partner partner : partnership.partners()) {
			sentences.add(NLS.bind(Messages.DiagramPartner, partner.actor().name(),
					partner.roleLabel().toLowerCase(Locale.ENGLISH)));
		}
		if (partnership.broker() != null) {
			sentences.add(NLS.bind(Messages.DiagramBroker, partnership.broker().name()));
		}
		for (Flow flow : partnership.flows()) {
			sentences.add(flow.to() == null ? NLS.bind(Messages.DiagramGivesToAll, flow.from().name(), flow.what())
					: NLS.bind(Messages.DiagramGives, new Object[] { flow.from().name(), flow.what(), flow.to().name() }));
		}
		return String.join(" ", sentences);
	}

	/** A box to draw, before the layout places it. */
	private record Shape(String id, Kind kind, boolean broker, String name, String tag) {
	}

	private static Diagram layout(Partnership partnership, Variant variant, double room) {
		Map<String, Shape> shapes = shapes(partnership);
		ElkNode graph = ElkGraphUtil.createGraph();
		graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		graph.setProperty(CoreOptions.DIRECTION, variant.direction());
		graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
		graph.setProperty(CoreOptions.PARTITIONING_ACTIVATE, true);
		// One layout for the whole diagram, so that a partner without arrows still sits in its row.
		graph.setProperty(CoreOptions.SEPARATE_CONNECTED_COMPONENTS, false);
		graph.setProperty(CoreOptions.PADDING, new ElkPadding(12));
		graph.setProperty(LayeredOptions.SPACING_NODE_NODE, 28.0 * room);
		graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 34.0 * room);
		graph.setProperty(LayeredOptions.SPACING_EDGE_NODE, 14.0 * room);
		graph.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 14.0 * room);
		graph.setProperty(LayeredOptions.SPACING_EDGE_EDGE, 12.0 * room);
		graph.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 4.0 * room);
		graph.setProperty(LayeredOptions.SPACING_LABEL_LABEL, 6.0 * room);
		graph.setProperty(LayeredOptions.SPACING_LABEL_NODE, 6.0 * room);
		graph.setProperty(LayeredOptions.EDGE_LABELS_INLINE, variant.numbered());

		Map<String, ElkNode> elkNodes = new LinkedHashMap<>();
		Map<String, Text[]> texts = new LinkedHashMap<>();
		for (Shape shape : shapes.values()) {
			ElkNode node = ElkGraphUtil.createNode(graph);
			double nameSize = variant.nameSize();
			double roleSize = variant.roleSize();
			// As wide as the longest word of the name (up to half as wide again), so that no word breaks.
			double textWidth = Math.min(1.5 * variant.nodeTextWidth(),
					Math.max(variant.nodeTextWidth(), DiagramText.widestWord(shape.name(), nameSize, true)));
			List<String> name = DiagramText.wrap(shape.name(), textWidth, nameSize, true);
			List<String> tag = DiagramText.wrap(shape.tag(), textWidth, roleSize, false);
			double width = Math.max(variant.nodeMinWidth(),
					2 * PAD + Math.max(DiagramText.widest(name, nameSize, true), DiagramText.widest(tag, roleSize, false)));
			double nameHeight = name.size() * DiagramText.lineHeight(nameSize);
			double tagHeight = tag.get(0).isEmpty() ? 0 : tag.size() * DiagramText.lineHeight(roleSize);
			node.setDimensions(Math.ceil(width), Math.ceil(2 * PAD + nameHeight + tagHeight));
			node.setProperty(CoreOptions.PARTITIONING_PARTITION, row(shape.kind()));
			elkNodes.put(shape.id(), node);
			texts.put(shape.id(), new Text[] { lines(name, PAD, nameSize, true),
					tag.get(0).isEmpty() ? null : lines(tag, PAD + nameHeight, roleSize, false) });
		}
		List<ElkEdge> edges = new ArrayList<>();
		List<Text> labelTexts = new ArrayList<>();
		List<Flow> flows = new ArrayList<>();
		for (Flow flow : partnership.flows()) {
			ElkNode from = elkNodes.get(flow.from().id());
			ElkNode to = elkNodes.get(flow.to() == null ? PARTNERSHIP_ID : flow.to().id());
			ElkEdge edge = ElkGraphUtil.createSimpleEdge(from, to);
			double labelSize = variant.labelSize();
			List<String> what = variant.numbered() ? List.of(String.valueOf(edges.size() + 1))
					: DiagramText.wrap(flow.what(), variant.labelTextWidth(), labelSize, false);
			boolean bold = variant.numbered();
			ElkLabel label = ElkGraphUtil.createLabel(String.join(" ", what), edge);
			// A number sits in a square, so that one digit and two read alike.
			double labelWidth = DiagramText.widest(what, labelSize, bold) + 2 * LABEL_PAD;
			double labelHeight = what.size() * DiagramText.lineHeight(labelSize) + 2 * LABEL_PAD;
			label.setDimensions(Math.ceil(variant.numbered() ? Math.max(labelWidth, labelHeight) : labelWidth),
					Math.ceil(labelHeight));
			label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
			// A number sits on its arrow, so that it cannot be read as the next arrow's.
			label.setProperty(LayeredOptions.EDGE_LABELS_INLINE, variant.numbered());
			edges.add(edge);
			labelTexts.add(lines(what, LABEL_PAD, labelSize, bold));
			flows.add(flow);
		}

		engine().layout(graph, new BasicProgressMonitor());

		List<Node> nodes = new ArrayList<>();
		for (Shape shape : shapes.values()) {
			ElkNode node = elkNodes.get(shape.id());
			Box box = new Box(node.getX(), node.getY(), node.getWidth(), node.getHeight());
			Text[] text = texts.get(shape.id());
			nodes.add(new Node(shape.id(), shape.kind(), shape.broker(), box, placed(text[0], box),
					text[1] == null ? null : placed(text[1], box)));
		}
		List<Arrow> arrows = new ArrayList<>();
		for (int i = 0; i < edges.size(); i++) {
			ElkEdge edge = edges.get(i);
			List<Point> route = new ArrayList<>();
			for (ElkEdgeSection section : edge.getSections()) {
				route.add(new Point(section.getStartX(), section.getStartY()));
				for (ElkBendPoint bend : section.getBendPoints()) {
					route.add(new Point(bend.getX(), bend.getY()));
				}
				route.add(new Point(section.getEndX(), section.getEndY()));
			}
			ElkLabel label = edge.getLabels().get(0);
			Box box = new Box(label.getX(), label.getY(), label.getWidth(), label.getHeight());
			Flow flow = flows.get(i);
			arrows.add(new Arrow(flow.from().id(), flow.to() == null ? PARTNERSHIP_ID : flow.to().id(), route,
					new Label(box, placed(labelTexts.get(i), box))));
		}
		return new Diagram(Math.ceil(graph.getWidth()), Math.ceil(graph.getHeight()), nodes, arrows, variant.numbered());
	}

	/** The boxes: partners in their order, then who receives without being a partner, the broker, the partnership. */
	private static Map<String, Shape> shapes(Partnership partnership) {
		Actor broker = partnership.broker();
		Map<String, Shape> shapes = new LinkedHashMap<>();
		for (Partner partner : partnership.partners()) {
			boolean isBroker = broker != null && broker.id().equals(partner.actor().id());
			shapes.putIfAbsent(partner.actor().id(),
					new Shape(partner.actor().id(), isBroker ? Kind.BROKER : kind(partner.role()), isBroker,
							partner.actor().name(),
							isBroker ? NLS.bind(Messages.BrokerAndRole, partner.roleLabel()) : partner.roleLabel()));
		}
		for (Flow flow : partnership.flows()) {
			if (flow.to() != null) {
				shapes.putIfAbsent(flow.to().id(),
						new Shape(flow.to().id(), Kind.OUTSIDE, false, flow.to().name(), Messages.NotAPartner));
			}
		}
		if (broker != null) {
			shapes.putIfAbsent(broker.id(), new Shape(broker.id(), Kind.BROKER, true, broker.name(), Messages.Broker));
		}
		if (partnership.flows().stream().anyMatch(f -> f.to() == null)) {
			shapes.put(PARTNERSHIP_ID, new Shape(PARTNERSHIP_ID, Kind.PARTNERSHIP, false, receiverOfAll(partnership), ""));
		}
		return shapes;
	}

	/** The name of the box that what is given to all partners goes to. */
	private static String receiverOfAll(Partnership partnership) {
		return partnership.product() != null ? partnership.product()
				: partnership.title() != null ? partnership.title() : Messages.Partnership;
	}

	private static Kind kind(String role) {
		return switch (role == null ? "" : role) {
		case "public" -> Kind.PUBLIC;
		case "private" -> Kind.PRIVATE;
		case "producer" -> Kind.PRODUCER;
		default -> Kind.OTHER;
		};
	}

	/** The row of a kind of box, top to bottom. */
	private static int row(Kind kind) {
		return switch (kind) {
		case PUBLIC -> 0;
		case PRODUCER -> 1;
		case BROKER, PARTNERSHIP, OTHER, OUTSIDE -> 2;
		case PRIVATE -> 3;
		};
	}

	/** Lines of text relative to the top left of their box; {@link #placed} moves them onto the page. */
	private static Text lines(List<String> lines, double top, double size, boolean bold) {
		List<Double> baselines = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			baselines.add(top + i * DiagramText.lineHeight(size) + DiagramText.ascent(size));
		}
		return new Text(lines, baselines, 0, size, bold);
	}

	private static Text placed(Text text, Box box) {
		return new Text(text.lines(), text.baselines().stream().map(b -> b + box.y()).toList(), box.x() + box.width() / 2,
				text.size(), text.bold());
	}

	private static RecursiveGraphLayoutEngine engine() {
		LayoutMetaDataService service = LayoutMetaDataService.getInstance();
		synchronized (PartnershipDiagrams.class) {
			// Outside OSGi the service finds the algorithms through ServiceLoader; inside, a bundle's
			// class loader may not see them: register what the diagram uses, once.
			if (service.getOptionData(CoreOptions.DIRECTION.getId()) == null) {
				service.registerLayoutMetaDataProviders(new CoreOptions());
			}
			if (service.getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null) {
				service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
			}
		}
		return new RecursiveGraphLayoutEngine();
	}
}
