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
 * <p>{@link #layout} gives the geometry, {@link #svg} and {@link #png} draw it: the site, the
 * documents and the slides show the same diagram.
 */
public final class PartnershipDiagrams {

	static final double NAME_SIZE = 14;
	static final double ROLE_SIZE = 12;
	static final double LABEL_SIZE = 12.5;
	static final double PAD = 10;
	static final double LABEL_PAD = 3;
	private static final double NODE_MIN_WIDTH = 150;
	private static final double NODE_TEXT_WIDTH = 170;
	private static final double LABEL_TEXT_WIDTH = 135;
	private static final String PARTNERSHIP_ID = "partnership";

	/**
	 * The layouts made lately, by partnership (a record: equal partnerships, equal keys). ELK's
	 * layered algorithm does not always place a graph the same way twice in one JVM (the same
	 * partnership came out 1,087 or 1,137 wide), and one pack shows each diagram in several formats:
	 * each partnership is laid out once, so the site, the documents and the slides show one drawing.
	 */
	private static final Map<Partnership, Diagram> LAID_OUT = java.util.Collections
			.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
				private static final long serialVersionUID = 1L;

				@Override
				protected boolean removeEldestEntry(Map.Entry<Partnership, Diagram> eldest) {
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
		Diagram diagram = laidOut(partnership);
		LAID_OUT.put(partnership, diagram);
		return diagram;
	}

	private static Diagram laidOut(Partnership partnership) {
		Diagram diagram = null;
		// Made again with more room in the rare case the algorithm leaves a label touching a box.
		for (double room = 1; room <= 3; room += 1) {
			diagram = layout(partnership, room);
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

	private static Diagram layout(Partnership partnership, double room) {
		Map<String, Shape> shapes = shapes(partnership);
		ElkNode graph = ElkGraphUtil.createGraph();
		graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		graph.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
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
		graph.setProperty(LayeredOptions.EDGE_LABELS_INLINE, false);

		Map<String, ElkNode> elkNodes = new LinkedHashMap<>();
		Map<String, Text[]> texts = new LinkedHashMap<>();
		for (Shape shape : shapes.values()) {
			ElkNode node = ElkGraphUtil.createNode(graph);
			List<String> name = DiagramText.wrap(shape.name(), NODE_TEXT_WIDTH, NAME_SIZE, true);
			List<String> tag = DiagramText.wrap(shape.tag(), NODE_TEXT_WIDTH, ROLE_SIZE, false);
			double width = Math.max(NODE_MIN_WIDTH,
					2 * PAD + Math.max(DiagramText.widest(name, NAME_SIZE, true), DiagramText.widest(tag, ROLE_SIZE, false)));
			double nameHeight = name.size() * DiagramText.lineHeight(NAME_SIZE);
			double tagHeight = tag.get(0).isEmpty() ? 0 : tag.size() * DiagramText.lineHeight(ROLE_SIZE);
			node.setDimensions(Math.ceil(width), Math.ceil(2 * PAD + nameHeight + tagHeight));
			node.setProperty(CoreOptions.PARTITIONING_PARTITION, row(shape.kind()));
			elkNodes.put(shape.id(), node);
			texts.put(shape.id(), new Text[] { lines(name, PAD, NAME_SIZE, true),
					tag.get(0).isEmpty() ? null : lines(tag, PAD + nameHeight, ROLE_SIZE, false) });
		}
		List<ElkEdge> edges = new ArrayList<>();
		List<Text> labelTexts = new ArrayList<>();
		List<Flow> flows = new ArrayList<>();
		for (Flow flow : partnership.flows()) {
			ElkNode from = elkNodes.get(flow.from().id());
			ElkNode to = elkNodes.get(flow.to() == null ? PARTNERSHIP_ID : flow.to().id());
			ElkEdge edge = ElkGraphUtil.createSimpleEdge(from, to);
			List<String> what = DiagramText.wrap(flow.what(), LABEL_TEXT_WIDTH, LABEL_SIZE, false);
			ElkLabel label = ElkGraphUtil.createLabel(String.join(" ", what), edge);
			label.setDimensions(Math.ceil(DiagramText.widest(what, LABEL_SIZE, false) + 2 * LABEL_PAD),
					Math.ceil(what.size() * DiagramText.lineHeight(LABEL_SIZE) + 2 * LABEL_PAD));
			label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
			edges.add(edge);
			labelTexts.add(lines(what, LABEL_PAD, LABEL_SIZE, false));
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
		return new Diagram(Math.ceil(graph.getWidth()), Math.ceil(graph.getHeight()), nodes, arrows);
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
			String name = partnership.product() != null ? partnership.product()
					: partnership.title() != null ? partnership.title() : Messages.Partnership;
			shapes.put(PARTNERSHIP_ID, new Shape(PARTNERSHIP_ID, Kind.PARTNERSHIP, false, name, ""));
		}
		return shapes;
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
