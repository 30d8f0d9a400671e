package org.casestudio.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.casestudio.export.diagram.Diagram;
import org.casestudio.export.diagram.Diagram.Arrow;
import org.casestudio.export.diagram.Diagram.Box;
import org.casestudio.export.diagram.Diagram.Kind;
import org.casestudio.export.diagram.Diagram.Node;
import org.casestudio.export.diagram.Diagram.Point;
import org.casestudio.export.diagram.PartnershipDiagrams;
import org.casestudio.export.pack.TrainingPack.Actor;
import org.casestudio.export.pack.TrainingPack.CaseBrief;
import org.casestudio.export.pack.TrainingPack.Flow;
import org.casestudio.export.pack.TrainingPack.Partner;
import org.casestudio.export.pack.TrainingPack.Partnership;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * The partnership diagram stays readable: over generated partnerships of 2 to 8 partners with long
 * names and long labels, no label lies on a box or on another label, no arrow runs through a box
 * other than its giver's and its receiver's, and every word of every name and label is in the
 * drawing's text (wrapped, never cut).
 */
class PartnershipDiagramsTest {

	private static final String[] NAMES = { "Organic Asparagus Producers' Group of Darkhied village",
			"SWIFT Co. Ltd, an organic trader of Vientiane", "Rural Livelihood Improvement Programme (RLIP)",
			"Taliang Natural Dyes Group of Vang Xai village", "District Agriculture and Forestry Office of Sansai",
			"Highland Coffee Exporters Company Limited", "Farmers' Market Link, a non-governmental organisation",
			"Organic Coffee Producers' Group of Dakseum", "Provincial Department of Industry and Commerce of Attapeu" };

	private static final String[] WHAT = { "Certified organic asparagus delivered every week of the harvest",
			"Pre-financing of jars and a guaranteed floor price for three seasons", "Training in hive hygiene and bookkeeping",
			"Land for the collection centre", "Market information", "Natural indigo and lac dyes gathered in the forest",
			"Technical advice on organic certification and the internal control system" };

	private static final String[] ROLES = { "producer", "private", "public", "other" };

	static List<Partnership> generated() {
		List<Partnership> all = new ArrayList<>(List.of(sixPartners()));
		for (int n = 2; n <= 8; n++) {
			for (int seed = 0; seed < 4; seed++) {
				all.add(partnership(n, new Random(31L * n + seed)));
			}
		}
		return all;
	}

	/** {@code n} partners of mixed roles, a few more arrows than partners, sometimes a broker and outsiders. */
	private static Partnership partnership(int n, Random random) {
		List<Partner> partners = new ArrayList<>();
		List<Actor> actors = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			Actor actor = actor("a" + i, NAMES[(i + random.nextInt(NAMES.length)) % NAMES.length] + " " + (i + 1));
			actors.add(actor);
			String role = i < 3 ? ROLES[i] : ROLES[random.nextInt(ROLES.length)];
			partners.add(new Partner(actor, role, Character.toUpperCase(role.charAt(0)) + role.substring(1), List.of(),
					List.of()));
		}
		List<Actor> receivers = new ArrayList<>(actors);
		if (random.nextBoolean()) {
			receivers.add(actor("outsider", "Consumers of the capital's organic market"));
		}
		List<Flow> flows = new ArrayList<>();
		int count = n + random.nextInt(n);
		for (int k = 0; k < count; k++) {
			Actor from = actors.get(random.nextInt(n));
			Actor to = random.nextInt(8) == 0 ? null : receivers.get(random.nextInt(receivers.size()));
			if (to == from) {
				to = actors.get((actors.indexOf(from) + 1) % n);
			}
			flows.add(new Flow(from, WHAT[random.nextInt(WHAT.length)], to));
		}
		Actor broker = switch (random.nextInt(3)) {
		case 0 -> null;
		case 1 -> actors.get(random.nextInt(n));
		default -> actor("broker", "Knowledge broker for pro-poor partnerships");
		};
		return new Partnership("p" + n, "A partnership of " + n, "4P", null, "Organic asparagus", null, null, null, null,
				null, broker, null, null, null, partners, flows, false, null, List.of());
	}

	private static Actor actor(String id, String name) {
		return new Actor(id, name, "group", null, null, null, null, null, null, null, List.of(), List.of());
	}

	@ParameterizedTest
	@MethodSource("generated")
	void noLabelOnABoxOrALabelAndNoArrowThroughABox(Partnership partnership) {
		assertClear(partnership, PartnershipDiagrams.layout(partnership), "page");
		assertClear(partnership, PartnershipDiagrams.slideLayout(partnership), "slide");
	}

	private static void assertClear(Partnership partnership, Diagram diagram, String where) {
		List<String> clashes = new ArrayList<>();
		List<Arrow> arrows = diagram.arrows();
		for (int i = 0; i < arrows.size(); i++) {
			Box label = arrows.get(i).label().box();
			for (Node node : diagram.nodes()) {
				if (overlap(label, node.box())) {
					clashes.add("label '" + partnership.flows().get(i).what() + "' on " + node.id());
				}
				if (!node.id().equals(arrows.get(i).from()) && !node.id().equals(arrows.get(i).to())
						&& through(arrows.get(i).route(), node.box())) {
					clashes.add("arrow " + i + " through " + node.id());
				}
			}
			for (int j = i + 1; j < arrows.size(); j++) {
				if (overlap(label, arrows.get(j).label().box())) {
					clashes.add("label " + i + " on label " + j);
				}
			}
		}
		for (int a = 0; a < diagram.nodes().size(); a++) {
			for (int b = a + 1; b < diagram.nodes().size(); b++) {
				if (overlap(diagram.nodes().get(a).box(), diagram.nodes().get(b).box())) {
					clashes.add("box " + a + " on box " + b);
				}
			}
		}
		assertEquals(List.of(), clashes, partnership.title() + " on a " + where);
		// Every box and label lies inside the drawing.
		Box page = new Box(0, 0, diagram.width(), diagram.height());
		diagram.nodes().forEach(n -> assertTrue(inside(n.box(), page), n.id()));
		arrows.forEach(a -> assertTrue(inside(a.label().box(), page), a.label().text().lines().toString()));
	}

	@ParameterizedTest
	@MethodSource("generated")
	void everyWordIsDrawnNothingIsCut(Partnership partnership) throws Exception {
		String svg = PartnershipDiagrams.svg(partnership);
		Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new InputSource(new StringReader(svg)));
		StringBuilder drawn = new StringBuilder();
		// Each line of a box or a label is a tspan of its own.
		var texts = document.getElementsByTagName("tspan");
		for (int i = 0; i < texts.getLength(); i++) {
			drawn.append(texts.item(i).getTextContent()).append(' ');
		}
		List<String> words = List.of(drawn.toString().split("\\s+"));
		List<String> expected = new ArrayList<>();
		partnership.partners().forEach(p -> expected.add(p.actor().name()));
		partnership.flows().forEach(f -> {
			expected.add(f.what());
			if (f.to() != null) {
				expected.add(f.to().name());
			}
		});
		if (partnership.broker() != null) {
			expected.add(partnership.broker().name());
		}
		for (String text : expected) {
			for (String word : text.split("\\s+")) {
				assertTrue(words.contains(word), () -> "'" + word + "' of '" + text + "' not drawn");
			}
		}
		assertTrue(!svg.contains("…") && !svg.contains("..."), "nothing shortened");
		// On a slide: every name drawn, every arrow's words drawn or, when the arrows carry numbers,
		// in the key read out in the notes, one line per arrow in order.
		String slide = PartnershipDiagrams.slideSvg(partnership);
		Document slideDocument = DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new InputSource(new StringReader(slide)));
		StringBuilder onSlide = new StringBuilder();
		var slideTexts = slideDocument.getElementsByTagName("tspan");
		for (int i = 0; i < slideTexts.getLength(); i++) {
			onSlide.append(slideTexts.item(i).getTextContent()).append(' ');
		}
		List<String> slideWords = List.of(onSlide.toString().split("\\s+"));
		List<String> key = PartnershipDiagrams.key(partnership);
		assertEquals(PartnershipDiagrams.slideLayout(partnership).numbered(), !key.isEmpty());
		for (String text : expected) {
			for (String word : text.split("\\s+")) {
				assertTrue(slideWords.contains(word) || String.join(" ", key).contains(word),
						() -> "'" + word + "' of '" + text + "' not on the slide");
			}
		}
		if (!key.isEmpty()) {
			assertEquals(partnership.flows().size(), key.size());
			for (int i = 0; i < key.size(); i++) {
				assertTrue(key.get(i).startsWith((i + 1) + ". ") && key.get(i).endsWith(partnership.flows().get(i).what()),
						key.get(i));
				assertTrue(slideWords.contains(String.valueOf(i + 1)), "arrow " + (i + 1) + " numbered");
			}
		}
		assertTrue(!slide.contains("…") && !slide.contains("..."), "nothing shortened on the slide");
		assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), svg);
		assertTrue(svg.contains(" viewBox=\"0 0 ") && svg.contains(" width=\"") && svg.contains(" height=\""), svg);
		assertTrue(!svg.contains("href") && !svg.contains("@import") && !svg.contains("@font-face"), "fetches nothing");
	}

	@Test
	void rolesKeepTheirRowsAndTheBrokerItsStyle() {
		for (Partnership partnership : generated()) {
			Diagram diagram = PartnershipDiagrams.layout(partnership);
			double publicBottom = bottomOf(diagram, Kind.PUBLIC);
			double privateTop = diagram.nodes().stream().filter(n -> n.kind() == Kind.PRIVATE)
					.mapToDouble(n -> n.box().y()).min().orElse(Double.MAX_VALUE);
			double producerTop = diagram.nodes().stream().filter(n -> n.kind() == Kind.PRODUCER)
					.mapToDouble(n -> n.box().y()).min().orElse(Double.MAX_VALUE);
			// Public partners above producers, producers above private partners.
			assertTrue(publicBottom <= producerTop && bottomOf(diagram, Kind.PRODUCER) <= privateTop, partnership.title());
			// On a slide the rows run left to right (top to bottom in a column), in the same order.
			Diagram slide = PartnershipDiagrams.slideLayout(partnership);
			assertTrue(rightOf(slide, Kind.PUBLIC) <= leftOf(slide, Kind.PRODUCER)
					&& rightOf(slide, Kind.PRODUCER) <= leftOf(slide, Kind.PRIVATE)
					|| bottomOf(slide, Kind.PUBLIC) <= topOf(slide, Kind.PRODUCER)
							&& bottomOf(slide, Kind.PRODUCER) <= topOf(slide, Kind.PRIVATE),
					partnership.title() + " on a slide");
			if (partnership.broker() != null) {
				assertEquals(1, slide.nodes().stream().filter(Node::broker).count());
				List<Node> brokers = diagram.nodes().stream().filter(Node::broker).toList();
				assertEquals(1, brokers.size());
				assertEquals(Kind.BROKER, brokers.get(0).kind());
				assertTrue(PartnershipDiagrams.svg(partnership).contains("class=\"node broker\""));
			}
		}
	}

	/** A 4P of six partners as a route would describe it, brokered by an organisation outside it. */
	static Partnership sixPartners() {
		Actor rlip = actor("rlip", "Rural Livelihood Improvement Programme (RLIP)");
		Actor dafo = actor("dafo", "District Agriculture and Forestry Office of Sansai");
		Actor asparagus = actor("asparagus", "Organic Asparagus Producers' Group of Darkhied village");
		Actor coffee = actor("coffee", "Organic Coffee Producers' Group of Dakseum");
		Actor swift = actor("swift", "SWIFT Co. Ltd, organic trader");
		Actor exporter = actor("exporter", "Highland Coffee Exporters Company Limited");
		Actor procasur = actor("procasur", "PROCASUR, knowledge broker");
		List<Partner> partners = List.of(new Partner(rlip, "public", "Public", List.of(), List.of()),
				new Partner(dafo, "public", "Public", List.of(), List.of()),
				new Partner(asparagus, "producer", "Producer", List.of(), List.of()),
				new Partner(coffee, "producer", "Producer", List.of(), List.of()),
				new Partner(swift, "private", "Private", List.of(), List.of()),
				new Partner(exporter, "private", "Private", List.of(), List.of()));
		List<Flow> flows = List.of(new Flow(rlip, "Training in organic production and group management", asparagus),
				new Flow(rlip, "Co-financing of the collection centre", null),
				new Flow(dafo, "Land-use certificates and extension visits", coffee),
				new Flow(asparagus, "Certified organic asparagus, every week of the season", swift),
				new Flow(swift, "A guaranteed price and collection at the village", asparagus),
				new Flow(coffee, "Green coffee beans", exporter),
				new Flow(exporter, "Pre-financing of the harvest", coffee));
		return new Partnership("organic_4p", "Organic products of Sansai", "4P", null, "Organic asparagus and coffee", null,
				null, null, null, null, procasur, 2009, null, null, partners, flows, false, null, List.of());
	}

	@Test
	void sixPartnersAsPng() throws Exception {
		Partnership six = sixPartners();
		Diagram diagram = PartnershipDiagrams.layout(six);
		assertEquals(8, diagram.nodes().size(), "six partners, the broker and the partnership");
		byte[] png = PartnershipDiagrams.png(six, 2);
		var image = ImageIO.read(new ByteArrayInputStream(png));
		assertEquals((int) Math.ceil(diagram.width() * 2), image.getWidth());
		assertEquals((int) Math.ceil(diagram.height() * 2), image.getHeight());
		// Not blank: the boxes' colours are there.
		long coloured = IntStream.range(0, image.getWidth() * image.getHeight())
				.filter(i -> (image.getRGB(i % image.getWidth(), i / image.getWidth()) & 0xFFFFFF) != 0xFFFFFF).count();
		assertTrue(coloured > image.getWidth() * image.getHeight() / 20, "coloured pixels: " + coloured);
		Path out = Fixtures.exports("diagrams");
		Files.write(out.resolve("six-partners.png"), png);
		Files.writeString(out.resolve("six-partners.svg"), PartnershipDiagrams.svg(six));
	}

	@Test
	void theSeedsDiagramsAreDrawnFromTheRoute() throws Exception {
		for (CaseBrief brief : Fixtures.pack(Fixtures.route("market-day")).cases()) {
			for (Partnership partnership : brief.partnerships()) {
				Diagram diagram = PartnershipDiagrams.layout(partnership);
				assertEquals(partnership.partners().size(),
						diagram.nodes().stream().filter(n -> n.kind() != Kind.OUTSIDE).count());
				assertEquals(partnership.flows().size(), diagram.arrows().size());
			}
		}
	}

	/**
	 * A slide's diagram, fitted to a 13.33 x 7.5 in slide below its title, is read from the back of
	 * a room: up to four partners, its arrows' words (or numbers) are 12 points or more and its
	 * boxes' names 14 or more. Five to eight partners with long names do not all fit so: their type
	 * stays 9 points or more (a page's diagram of eight partners came out near 4 points).
	 */
	@Test
	void aSlidesDiagramIsReadableFromTheBackOfTheRoom() {
		for (Partnership partnership : generated()) {
			Diagram slide = PartnershipDiagrams.slideLayout(partnership);
			double scale = PartnershipDiagrams.slideScale(slide);
			double label = slide.arrows().stream().mapToDouble(a -> a.label().text().size()).min().orElse(99) * scale;
			double name = slide.nodes().stream().mapToDouble(n -> n.name().size()).min().orElse(99) * scale;
			String what = String.format("%s: labels %.1f pt, names %.1f pt", partnership.title(), label, name);
			if (partnership.partners().size() <= 4) {
				assertTrue(label >= 12 && name >= 14, what);
			}
			assertTrue(label >= 9 && name >= 9, what);
		}
	}

	private static double leftOf(Diagram diagram, Kind kind) {
		return diagram.nodes().stream().filter(n -> n.kind() == kind).mapToDouble(n -> n.box().x()).min()
				.orElse(Double.MAX_VALUE);
	}

	private static double rightOf(Diagram diagram, Kind kind) {
		return diagram.nodes().stream().filter(n -> n.kind() == kind).mapToDouble(n -> n.box().right()).max().orElse(0);
	}

	private static double topOf(Diagram diagram, Kind kind) {
		return diagram.nodes().stream().filter(n -> n.kind() == kind).mapToDouble(n -> n.box().y()).min()
				.orElse(Double.MAX_VALUE);
	}

	private static double bottomOf(Diagram diagram, Kind kind) {
		return diagram.nodes().stream().filter(n -> n.kind() == kind).mapToDouble(n -> n.box().bottom()).max()
				.orElse(0);
	}

	private static boolean overlap(Box a, Box b) {
		return a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height()
				&& b.y() < a.y() + a.height();
	}

	private static boolean inside(Box a, Box page) {
		return a.x() >= page.x() && a.y() >= page.y() && a.x() + a.width() <= page.width() + 0.5
				&& a.y() + a.height() <= page.height() + 0.5;
	}

	/** Whether a route of horizontal and vertical segments enters a box's inside (its border excluded). */
	private static boolean through(List<Point> route, Box box) {
		for (int k = 0; k + 1 < route.size(); k++) {
			Point a = route.get(k);
			Point b = route.get(k + 1);
			// Sample the segment densely: the routes are orthogonal, the boxes at least 40 px.
			int steps = (int) Math.ceil(Math.hypot(b.x() - a.x(), b.y() - a.y()) / 2) + 1;
			for (int s = 0; s <= steps; s++) {
				double x = a.x() + (b.x() - a.x()) * s / steps;
				double y = a.y() + (b.y() - a.y()) * s / steps;
				if (x > box.x() + 1 && x < box.x() + box.width() - 1 && y > box.y() + 1 && y < box.y() + box.height() - 1) {
					return true;
				}
			}
		}
		return false;
	}
}
