package org.casestudio.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Dimension;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The slides (PPTX): read back by POI (slides, titles on the layouts' title placeholders, speaker
 * notes, the diagram as PNG with its SVG), converted to PDF by LibreOffice without error, and the
 * converted text holds what the deck says.
 */
class SlidesExportTest {

	@Test
	void seedDeckHasASectionPerCaseOnRealLayouts() throws Exception {
		Path out = Fixtures.exports("slides-seed");
		Fixtures.export(Fixtures.seed(), out, "slides");
		Path pptx = out.resolve("attapeu-slides.pptx");
		String routeTitle = Fixtures.pack(Fixtures.seed()).overview().title();
		try (XMLSlideShow deck = read(pptx)) {
			assertEquals(new Dimension(960, 540), deck.getPageSize());
			List<String> titles = deck.getSlides().stream().map(SlidesExportTest::title).toList();
			assertEquals(List.of(routeTitle, "Objectives of the route", "The cases we visit",
					"Case 1: Organic Asparagus Producers’ Group, Darkhied village", "Who is involved",
					"Direct sales of organic asparagus to SWIFT Co. Ltd", "Results", "Lessons", "Questions for discussion",
					"Case 2: Taliang Natural Dyes Group, Vang Xai village", "Who is involved", "Results", "Lessons",
					"Questions for discussion", "Case 3: Organic Coffee Producers’ Group, Dakseum village", "Who is involved",
					"Long-term public–private partnership", "Timeline", "Lessons", "Questions for discussion",
					"Innovation Plans", "Evaluation"), titles);
			// The diagram: a PNG that every office suite shows, with the SVG PowerPoint prefers.
			XSLFSlide diagram = deck.getSlides().get(5);
			XSLFPictureShape picture = diagram.getShapes().stream().filter(XSLFPictureShape.class::isInstance)
					.map(XSLFPictureShape.class::cast).findFirst().orElseThrow();
			assertEquals("image/png", picture.getPictureData().getContentType());
			assertNotNull(picture.getSvgImage());
			assertTrue(new String(picture.getSvgImage().getData(), java.nio.charset.StandardCharsets.UTF_8)
					.contains(">SWIFT Co. Ltd</tspan>"));
			// Speaker notes: the case in short on its first slide.
			assertTrue(notes(deck.getSlides().get(3)).contains("food-insecure households that have been able to improve"),
					notes(deck.getSlides().get(3)));
			// Fonts that cover the text are named.
			XSLFTextRun run = ((XSLFTextShape) deck.getSlides().get(1).getPlaceholder(1)).getTextParagraphs().get(0)
					.getTextRuns().get(0);
			assertEquals("Noto Sans", run.getFontFamily());
		}
		String text = pdfText(convert(pptx, out));
		for (String expected : List.of("Objectives of the route", "Women in the group: 10 women (2013)",
				"Direct sales of organic asparagus to SWIFT Co. Ltd", "Innovation Plans", "Evaluation",
				"Selling directly to an established organic trader")) {
			assertTrue(text.contains(expected), () -> expected + " not in\n" + text);
		}
		render(out.resolve("attapeu-slides.pdf"), out, 4, 6);
	}

	@Test
	void facilitatorNotesAndAnswersAreSpeakerNotes(@TempDir Path temp) throws Exception {
		PackBuilderTest.copy(Fixtures.route("market-day"), temp);
		Path tea = temp.resolve("tea.case");
		Files.writeString(tea, Files.readString(tea).replace("question \"What would you ask the trader?\"",
				"question \"What would you ask the trader?\"\n\t\tnotes \"Let each team ask one question.\"\n\t\tanswer \"About the **floor price**.\""));
		Path out = Fixtures.exports("slides-market-day");
		Fixtures.export(temp, out, "slides");
		Path pptx = out.resolve("market_day-slides.pptx");
		try (XMLSlideShow deck = read(pptx)) {
			List<String> titles = deck.getSlides().stream().map(SlidesExportTest::title).toList();
			assertEquals("Agenda", titles.get(2));
			int questions = titles.lastIndexOf("Questions for discussion");
			String notes = notes(deck.getSlides().get(questions));
			assertTrue(notes.contains("Notes: Let each team ask one question.") && notes.contains("Answer: About the floor price."),
					notes);
			assertEquals(2, titles.stream().filter(t -> t.startsWith("Case ")).count());
			assertTrue(titles.contains("Honey supply contract"), titles.toString());
		}
		String text = pdfText(convert(pptx, out));
		assertTrue(text.contains("Bolaven Honey Cooperative") && text.contains("Agenda"), text);
		render(out.resolve("market_day-slides.pdf"), out, 3, 6);
	}

	@Test
	void aReferenceDeckInTheRouteGivesTheMasters(@TempDir Path temp) throws Exception {
		PackBuilderTest.copy(Fixtures.route("market-day"), temp);
		Files.createDirectories(temp.resolve("templates"));
		// A 4:3 deck with a slide of its own: the export keeps its masters and size, drops its slide.
		try (XMLSlideShow reference = new XMLSlideShow(); OutputStream file = Files.newOutputStream(temp.resolve("templates/slides.pptx"))) {
			XSLFSlide own = reference.createSlide(reference.getSlideMasters().get(0).getLayout(org.apache.poi.xslf.usermodel.SlideLayout.TITLE));
			((XSLFTextShape) own.getPlaceholder(0)).setText("The organisation's own slide");
			reference.write(file);
		}
		Path out = Fixtures.exports("slides-reference");
		Fixtures.export(temp, out, "slides");
		try (XMLSlideShow deck = read(out.resolve("market_day-slides.pptx"))) {
			assertEquals(new Dimension(720, 540), deck.getPageSize());
			List<String> titles = deck.getSlides().stream().map(SlidesExportTest::title).toList();
			assertFalse(titles.contains("The organisation's own slide"), titles.toString());
			assertEquals("Agenda", titles.get(2));
		}
	}

	private static XMLSlideShow read(Path pptx) throws IOException {
		try (InputStream in = Files.newInputStream(pptx)) {
			return new XMLSlideShow(in);
		}
	}

	private static String title(XSLFSlide slide) {
		for (XSLFShape shape : slide.getShapes()) {
			if (shape instanceof XSLFTextShape text && (text.getTextType() == Placeholder.TITLE
					|| text.getTextType() == Placeholder.CENTERED_TITLE)) {
				return text.getText();
			}
		}
		return "";
	}

	private static String notes(XSLFSlide slide) {
		if (slide.getNotes() == null) {
			return "";
		}
		List<String> lines = new ArrayList<>();
		for (XSLFTextShape shape : slide.getNotes().getPlaceholders()) {
			if (shape.getTextType() == Placeholder.BODY) {
				for (XSLFTextParagraph p : shape.getTextParagraphs()) {
					lines.add(p.getText());
				}
			}
		}
		return String.join("\n", lines);
	}

	/** LibreOffice's PDF of the deck, made without error. */
	static Path convert(Path office, Path folder) throws Exception {
		// A profile of its own: a LibreOffice already running elsewhere would take the job and drop it.
		Path profile = Files.createTempDirectory("lo-profile");
		Fixtures.Result result = Fixtures.run(List.of("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
				"--convert-to", "pdf", "--outdir", folder.toString(), office.toString()), 180);
		assertEquals(0, result.exit(), result.err());
		Path pdf = folder.resolve(office.getFileName().toString().replaceFirst("\\.[a-z]+$", ".pdf"));
		assertTrue(Files.size(pdf) > 1000, result.out() + result.err());
		return pdf;
	}

	/** The PDF's text in reading order, a line wrapped on a slide joined again by a space. */
	static String pdfText(Path pdf) throws Exception {
		Fixtures.Result result = Fixtures.run(List.of("pdftotext", pdf.toString(), "-"), 60);
		assertEquals(0, result.exit(), result.err());
		return result.out().replaceAll("\\s+", " ");
	}

	/** Pages {@code first} to {@code last} as PNG, for a person to look at. */
	static void render(Path pdf, Path folder, int first, int last) throws Exception {
		Fixtures.Result result = Fixtures.run(List.of("pdftoppm", "-png", "-r", "60", "-f", String.valueOf(first), "-l",
				String.valueOf(last), pdf.toString(), folder.resolve("slide").toString()), 60);
		assertEquals(0, result.exit(), result.err());
	}
}
