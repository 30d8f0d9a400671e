package org.casestudio.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.common.usermodel.fonts.FontGroup;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.casestudio.dsl.CaseStudioStandaloneSetup;
import org.casestudio.dsl.headless.ModelWorkspace;
import org.casestudio.dsl.translations.RouteTranslations;
import org.casestudio.export.ExportFormat;
import org.casestudio.export.ExportPipeline;
import org.casestudio.export.PreparedPack;
import org.casestudio.export.TrainingPackExport;
import org.casestudio.export.diagram.Diagram;
import org.casestudio.export.diagram.PartnershipDiagrams;
import org.casestudio.export.pack.TextSource;
import org.casestudio.export.pack.TrainingPack;
import org.casestudio.export.pack.TrainingPack.CaseBrief;
import org.casestudio.export.pack.TrainingPack.Partnership;
import org.casestudio.model.LearningRoute;
import org.casestudio.model.problems.Problem;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.xtext.util.CancelIndicator;
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
					"Comparison of the cases (1/2)", "Comparison of the cases (2/2)", "Innovation Plans", "Evaluation"),
					titles);
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
		render(out.resolve("attapeu-slides.pdf"), out, 1, 24);
	}

	@Test
	void theComparisonPutsTheCasesSideBySideOnTablesThatFitTheirSlides() throws Exception {
		Path out = Fixtures.exports("slides-seed-comparison");
		Fixtures.export(Fixtures.seed(), out, "slides");
		Path pptx = out.resolve("attapeu-slides.pptx");
		try (XMLSlideShow deck = read(pptx)) {
			List<XSLFSlide> comparison = deck.getSlides().stream().filter(s -> title(s).startsWith("Comparison of the cases"))
					.toList();
			assertEquals(2, comparison.size());
			XSLFTable first = table(comparison.get(0));
			// A column per case after the aspects' column; the cases' titles head the columns.
			assertEquals(4, first.getNumberOfColumns());
			assertEquals("Case 1: Organic Asparagus Producers’ Group, Darkhied village", first.getCell(0, 1).getText());
			assertEquals(List.of("Host and place", "Members, households, women", "Partnership", "Partners by role"),
					column(first, 0).subList(1, 5));
			assertEquals(List.of("Product and certification", "Since", "Key indicators", "Lessons"),
					column(table(comparison.get(1)), 0).subList(1, 5));
			assertTrue(first.getCell(4, 1).getText().contains("SWIFT Co. Ltd"), first.getCell(4, 1).getText());
			for (XSLFSlide slide : comparison) {
				assertFits(deck, slide);
			}
		}
		String text = pdfText(convert(pptx, out));
		assertTrue(text.contains("Comparison of the cases (1/2)") && text.contains("Partners by role"), text);
	}

	@Test
	void manyCasesSpreadOverEvenSlidesAndLongTextNeverRunsOffASlide() throws Exception {
		Path route = PrintExportTest.OddRoute.write(Files.createDirectories(Fixtures.exports("slides-odd-route")), 7);
		Path out = Fixtures.exports("slides-odd");
		Fixtures.export(route, out, "slides");
		Path pptx = out.resolve("odd_route-slides.pptx");
		try (XMLSlideShow deck = read(pptx)) {
			List<XSLFSlide> comparison = deck.getSlides().stream().filter(s -> title(s).startsWith("Comparison of the cases"))
					.toList();
			// Seven cases: three, two and two side by side, each group on two slides at least (its
			// long words make a table that does not fit one slide go on two).
			List<List<String>> groups = new ArrayList<>();
			for (XSLFSlide slide : comparison) {
				List<String> cases = row(table(slide), 0).subList(1, table(slide).getNumberOfColumns()).stream()
						.map(t -> t.replaceAll(":.*", "")).toList();
				if (!groups.contains(cases)) {
					groups.add(cases);
				}
			}
			assertEquals(List.of(List.of("Case 1", "Case 2", "Case 3"), List.of("Case 4", "Case 5"), List.of("Case 6", "Case 7")),
					groups);
			for (int i = 0; i < comparison.size(); i++) {
				assertEquals("Comparison of the cases (" + (i + 1) + "/" + comparison.size() + ")", title(comparison.get(i)));
			}
			assertTrue(comparison.size() >= 6, comparison.size() + " slides");
			for (XSLFSlide slide : comparison) {
				assertFits(deck, slide);
			}
		}
		String text = pdfText(convert(pptx, out));
		assertTrue(text.contains("Comparison of the cases (1/"), text);
	}

	@Test
	void twoHundredCasesAndHostileTextMakeADeck() throws Exception {
		Path odd = PrintExportTest.OddRoute.write(Files.createDirectories(Fixtures.exports("slides-odd200-route")), 200);
		Path out = Fixtures.exports("slides-odd200");
		Fixtures.export(odd, out, "slides");
		try (XMLSlideShow deck = read(out.resolve("odd_route-slides.pptx"))) {
			List<String> titles = deck.getSlides().stream().map(SlidesExportTest::title).toList();
			assertTrue(titles.contains("Case 200: Case 200 " + PrintExportTest.OddRoute.LONG_WORD), titles.toString());
			assertTrue(titles.stream().anyMatch(t -> t.matches("Comparison of the cases \\((\\d+)/\\1\\)")), "the comparison's last slide");
			assertTrue(titles.stream().noneMatch(t -> t.isBlank() || t.contains("null")), titles.toString());
			for (XSLFSlide slide : deck.getSlides()) {
				if (title(slide).startsWith("Comparison")) {
					assertFits(deck, slide);
				}
			}
		}
		Path hostile = HostileTextTest.write(Files.createDirectories(Fixtures.exports("slides-hostile-route")));
		Path hostileOut = Fixtures.exports("slides-hostile");
		Fixtures.export(hostile, hostileOut, "slides");
		try (var files = Files.list(hostileOut)) {
			Path pptx = files.filter(f -> f.toString().endsWith(".pptx")).findFirst().orElseThrow();
			String text = pdfText(convert(pptx, hostileOut));
			assertTrue(text.contains("<script>"), "hostile text is shown as text");
			assertFalse(text.matches(".*\\bnull\\b.*"), "no 'null' in the slides");
		}
	}

	@Test
	void anEightPartnerDiagramGetsASlideOfItsOwnScaledToItsSpace() throws Exception {
		TrainingPack seed = Fixtures.pack(Fixtures.seed());
		List<Partnership> eight = PartnershipDiagramsTest.generated().stream().filter(p -> p.partners().size() == 8).toList();
		List<CaseBrief> cases = new ArrayList<>(seed.cases());
		cases.set(0, withPartnerships(cases.get(0), eight));
		TrainingPack pack = new TrainingPack(seed.overview(), seed.agenda(), cases);
		Path out = Fixtures.exports("slides-eight-partners");
		new TrainingPackExport(pack, null, Map.of()).run(Fixtures.formats("slides"), out, new NullProgressMonitor());
		Path pptx = out.resolve("attapeu-slides.pptx");
		try (XMLSlideShow deck = read(pptx)) {
			Dimension page = deck.getPageSize();
			// The four share a title: the i-th slide of that title is the i-th partnership's.
			List<XSLFSlide> slides = deck.getSlides().stream().filter(s -> title(s).equals(eight.get(0).title())).toList();
			assertEquals(eight.size(), slides.size());
			for (int i = 0; i < eight.size(); i++) {
				Partnership partnership = eight.get(i);
				XSLFSlide slide = slides.get(i);
				// A slide of its own: the title, the picture and its legend, no column of text beside it.
				assertTrue(slide.getPlaceholders().length == 1, partnership.title());
				XSLFPictureShape picture = slide.getShapes().stream().filter(XSLFPictureShape.class::isInstance)
						.map(XSLFPictureShape.class::cast).findFirst().orElseThrow();
				Rectangle2D at = picture.getAnchor();
				double top = slide.getPlaceholders()[0].getAnchor().getMaxY();
				// As large as the slide allows: scaled until it meets the free height (above its key)
				// or the slide's width, whichever its shape reaches first.
				double freeHeight = page.getHeight() - top;
				assertTrue(at.getHeight() >= 0.8 * freeHeight || at.getWidth() >= 0.8 * page.getWidth(),
						() -> partnership.title() + ": " + at + " below " + top + " on " + page);
				// The type at the picture's scale: the slide's layout runs left to right and numbers its
				// arrows, so that labels and names stay 9 points or more (a page's layout squeezed into
				// the slide came out at 4.3 to 6.1 points).
				Diagram drawn = PartnershipDiagrams.slideLayout(partnership);
				double scale = at.getWidth() / drawn.width();
				double label = drawn.arrows().stream().mapToDouble(a -> a.label().text().size()).min().orElseThrow() * scale;
				double name = drawn.nodes().stream().mapToDouble(n -> n.name().size()).min().orElseThrow() * scale;
				assertTrue(label >= 9 && name >= 9, String.format("%s: labels %.1f pt, names %.1f pt on its slide",
						partnership.title(), label, name));
				// Numbered arrows: the notes say what each gives.
				if (drawn.numbered()) {
					String notes = notes(slide);
					for (String line : PartnershipDiagrams.key(partnership)) {
						assertTrue(notes.contains(line), line + " not in " + notes);
					}
				}
				assertTrue(at.getMaxY() <= page.getHeight() && at.getX() >= 0 && at.getMaxX() <= page.getWidth(), at.toString());
				XSLFTextShape legend = slide.getShapes().stream().filter(XSLFTextShape.class::isInstance)
						.map(XSLFTextShape.class::cast).filter(t -> t.getText().startsWith("Boxes:")).findFirst().orElseThrow();
				assertTrue(legend.getAnchor().getMaxY() <= page.getHeight(), legend.getAnchor().toString());
				assertTrue(legend.getTextParagraphs().get(0).getTextRuns().get(0).getFontSize() >= 14);
			}
		}
		String text = pdfText(convert(pptx, out));
		assertTrue(text.contains("A partnership of 8"), text);
		render(out.resolve("attapeu-slides.pdf"), out, 5, 6);
	}

	@Test
	void slidesFollowThePackLanguage() throws Exception {
		Path route = Path.of("../org.casestudio.dsl.tests/resources/good/multilingual").toAbsolutePath().normalize();
		Path out = Fixtures.exports("slides-languages");
		ModelWorkspace workspace = ModelWorkspace.load(CaseStudioStandaloneSetup.injector(), List.of(route));
		List<Problem> findings = new ArrayList<>(workspace.fileProblems());
		findings.addAll(workspace.validateAll(CancelIndicator.NullImpl));
		LearningRoute learningRoute = workspace.routes().stream().findFirst().orElseThrow();
		RouteTranslations translations = RouteTranslations.forRoute(learningRoute);
		TextSource texts = TextSource.of(translations.sourceLanguage(), translations.packLanguages(), translations::translation);
		List<ExportFormat> slides = Fixtures.formats("slides");
		for (String language : List.of("fr", "lo")) {
			PreparedPack prepared = ExportPipeline.prepare(learningRoute, findings, slides, workspace::place, texts, language,
					List.of("fr", "lo"), new NullProgressMonitor());
			prepared.write(slides, out.resolve(language), Map.of(), new NullProgressMonitor());
		}
		Path french = out.resolve("fr/coffee_route-slides.pptx");
		String frenchText = pdfText(convert(french, out.resolve("fr")));
		// A day without a date is named by its number and title alone.
		for (String expected : List.of("Objectifs de la route", "Programme", "Jour 1 : Café", "Cas 1 : Café biologique", "Leçons",
				"Plans d’innovation", "Évaluation", "Travailler ensemble.")) {
			assertTrue(frenchText.contains(expected), () -> expected + " not in\n" + frenchText);
		}
		assertFalse(frenchText.contains("Objectives of the route") || frenchText.contains("null"), frenchText);
		Path lao = out.resolve("lo/coffee_route-slides.pptx");
		Path laoPdf = convert(lao, out.resolve("lo"));
		// A PDF may give the vowel sign AM as the two signs it is drawn with (nikhahit and aa).
		String laoText = pdfText(laoPdf).replace("\u0ECD\u0EB2", "\u0EB3");
		assertTrue(laoText.contains("ກາເຟໃນອັດຕະປື") && laoText.contains("ກຳນົດການ") && laoText.contains("ບົດຮຽນ"), laoText);
		try (XMLSlideShow deck = read(lao)) {
			XSLFTextRun run = ((XSLFTextShape) deck.getSlides().get(0).getPlaceholder(0)).getTextParagraphs().get(0)
					.getTextRuns().get(0);
			assertEquals("ກາເຟໃນອັດຕະປື", run.getRawText());
			assertEquals("Noto Sans Lao", run.getFontFamily(FontGroup.COMPLEX_SCRIPT));
		}
		// LibreOffice drew the Lao words in the font named for them, embedded in its PDF.
		Fixtures.Result fonts = Fixtures.run(List.of("pdffonts", laoPdf.toString()), 60);
		assertTrue(fonts.out().contains("NotoSansLao"), fonts.out());
		render(laoPdf, out.resolve("lo"), 1, 3);
	}

	/** The case with {@code partnerships} in place of its own. */
	private static CaseBrief withPartnerships(CaseBrief b, List<Partnership> partnerships) {
		return new CaseBrief(b.id(), b.file(), b.number(), b.title(), b.host(), b.where(), b.summary(), b.context(),
				b.scalingUp(), b.actors(), b.practices(), partnerships, b.indicators(), b.timeline(), b.lessons(),
				b.challenges(), b.successFactors(), b.champions(), b.questions(), b.sources(), b.coordinates(), b.photos());
	}

	private static XSLFTable table(XSLFSlide slide) {
		return slide.getShapes().stream().filter(XSLFTable.class::isInstance).map(XSLFTable.class::cast).findFirst()
				.orElseThrow(() -> new AssertionError("no table on " + title(slide)));
	}

	private static List<String> row(XSLFTable table, int r) {
		List<String> texts = new ArrayList<>();
		for (int c = 0; c < table.getNumberOfColumns(); c++) {
			texts.add(table.getCell(r, c).getText());
		}
		return texts;
	}

	private static List<String> column(XSLFTable table, int c) {
		List<String> texts = new ArrayList<>();
		for (int r = 0; r < table.getNumberOfRows(); r++) {
			texts.add(table.getCell(r, c).getText());
		}
		return texts;
	}

	/**
	 * The slide's table, its rows as high as POI measures their text, ends above the slide's
	 * bottom edge, and every type size in it is at least 12 points.
	 */
	private static void assertFits(XMLSlideShow deck, XSLFSlide slide) {
		XSLFTable table = table(slide);
		table.updateCellAnchor();
		double height = 0;
		for (XSLFTableRow row : table.getRows()) {
			double tallest = 0;
			for (XSLFTableCell cell : row.getCells()) {
				tallest = Math.max(tallest, cell.getTextHeight() + cell.getTopInset() + cell.getBottomInset());
				for (XSLFTextParagraph p : cell.getTextParagraphs()) {
					for (XSLFTextRun r : p.getTextRuns()) {
						assertTrue(r.getFontSize() >= 12, title(slide) + ": " + r.getFontSize());
					}
				}
			}
			height += tallest;
		}
		double bottom = table.getAnchor().getY() + height;
		assertTrue(bottom <= deck.getPageSize().getHeight(), title(slide) + ": the table ends at " + bottom);
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
		// A deck of 200 cases holds more parts than POI's guard against zip bombs reads by default.
		ZipSecureFile.setMaxFileCount(100_000);
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
