package org.casestudio.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/**
 * The facilitator's guide and the participants' workbook, read back with the tools a person
 * would use: poppler for the PDF (text in reading order, fonts), LibreOffice for the DOCX (it
 * opens and converts it), and POI for the DOCX's structure (styles, tables, lists).
 */
class PrintExportTest {

	private static final Pattern NULL = Pattern.compile("\\bnull\\b");

	@Test
	void guideOfTheSeedReadsInOrderWithEveryFontEmbedded() throws Exception {
		Path out = Fixtures.exports("print-seed");
		Fixtures.export(Fixtures.seed(), out, "guide", "workbook");
		Path guide = out.resolve("facilitator-guide.pdf");
		String text = pdfText(guide);
		// The seed has no agenda yet (the announcement gives no days): no agenda, no session plans.
		assertInOrder(text, "FACILITATOR GUIDE", "Pro-Rural Poor Public and Private Partnership in Lao PDR",
				"About this route", "Learning objectives", "The cases", "Case 1:",
				"Organic Asparagus Producers", "Discussion questions", "Participants and their organisations",
				"Comparison of the cases", "Host and place", "Partners by role", "Key indicators",
				"Evaluation guidance");
		assertFalse(NULL.matcher(text).find(), "no 'null' in the guide");
		assertAllFontsEmbedded(guide);
		pages(guide, out.resolve("pages/guide"));
	}

	@Test
	void workbookOfTheSeedHasReflectionPlanAndEvaluation() throws Exception {
		Path out = Fixtures.exports("print-seed-workbook");
		Fixtures.export(Fixtures.seed(), out, "workbook");
		Path workbook = out.resolve("participants-workbook.pdf");
		String text = pdfText(workbook);
		assertInOrder(text, "PARTICIPANTS' WORKBOOK", "Learning objectives", "The cases", "Case 1:",
				"Daily reflection: day 1", "Innovation Plans", "Innovation Plan of your team", "Problem to solve", "Evaluation form");
		assertFalse(NULL.matcher(text).find(), "no 'null' in the workbook");
		assertAllFontsEmbedded(workbook);
		pages(workbook, out.resolve("pages/workbook"));
	}

	@Test
	void docxHasRealHeadingsTablesAndListsAndLibreOfficeOpensIt() throws Exception {
		Path out = Fixtures.exports("print-docx");
		Fixtures.export(Fixtures.seed(), out, "guide", "workbook");
		for (String name : List.of("facilitator-guide", "participants-workbook")) {
			Path docx = out.resolve(name + ".docx");
			List<String> headings = new ArrayList<>();
			int lists = 0;
			int pictures = 0;
			try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
				for (XWPFParagraph p : document.getParagraphs()) {
					if (p.getRuns().stream().map(XWPFRun::getEmbeddedPictures).anyMatch(list -> !list.isEmpty())) {
						// The diagram centred on the page, as in the PDF.
						assertEquals(ParagraphAlignment.CENTER, p.getAlignment(), name + ": a diagram's paragraph");
						pictures++;
					}
					String style = p.getStyle();
					if (style != null && style.startsWith("Heading")) {
						assertFalse(p.getText().isBlank(), () -> name + ": an empty heading");
						headings.add(style + " " + p.getText());
					}
					if (p.getNumID() != null) {
						lists++;
					}
				}
				assertFalse(document.getTables().isEmpty(), name + " has tables");
				for (XWPFTable table : document.getTables()) {
					assertTrue(table.getRow(0).isRepeatHeader(), name + ": every table repeats its header row");
					assertEquals("PackTable", table.getStyleID());
				}
			}
			// The guide puts the objectives under the route's description; the workbook opens with them.
			String objectives = name.equals("facilitator-guide") ? "Heading2 Learning objectives"
					: "Heading1 Learning objectives";
			assertTrue(headings.contains(objectives), () -> name + ": " + headings);
			assertTrue(headings.stream().anyMatch(h -> h.startsWith("Heading2 Case 1:")), () -> name + ": " + headings);
			assertTrue(headings.stream().anyMatch(h -> h.startsWith("Heading3 ")), () -> name + ": " + headings);
			assertTrue(lists > 0, name + " has numbered or bulleted lists");
			assertTrue(pictures > 0, name + " has the partnerships' diagrams");
			String converted = libreOfficeText(docx, out.resolve("libreoffice"));
			assertTrue(converted.contains("Learning objectives"), converted);
			assertTrue(converted.contains("Organic Asparagus Producers"), converted);
			assertFalse(NULL.matcher(converted).find(), "no 'null' in " + name);
		}
	}

	@Test
	void hostileTextNeverBreaksTheDocuments() throws Exception {
		Path route = HostileTextTest.write(Files.createDirectories(Fixtures.exports("print-hostile-route")));
		Path out = Fixtures.exports("print-hostile");
		Fixtures.export(route, out, "guide", "workbook");
		for (String name : List.of("facilitator-guide", "participants-workbook")) {
			String text = pdfText(out.resolve(name + ".pdf"));
			assertTrue(text.contains("<script>"), "hostile text is shown as text");
			assertFalse(NULL.matcher(text).find(), "no 'null' in " + name);
			try (InputStream in = Files.newInputStream(out.resolve(name + ".docx"));
					XWPFDocument document = new XWPFDocument(in)) {
				assertTrue(document.getParagraphs().stream().anyMatch(p -> p.getText().contains("<script>")));
			}
		}
	}

	@Test
	void manyCasesLongWordsMarkdownTablesAndEmptyFields() throws Exception {
		Path route = OddRoute.write(Files.createDirectories(Fixtures.exports("print-odd-route")), 200);
		Path out = Fixtures.exports("print-odd");
		Fixtures.export(route, out, "guide", "workbook");
		String guide = pdfText(out.resolve("facilitator-guide.pdf"));
		assertTrue(guide.contains("Case 200:"), "all 200 cases");
		assertTrue(guide.contains("Comparison of the cases (199 to 200 of 200)"), "the comparison, three cases a table");
		assertFalse(NULL.matcher(guide).find(), "no 'null' in the guide");
		assertInOrder(guide, "Participants and their organisations", "Ms. Vong", "Officer");
		assertAllFontsEmbedded(out.resolve("facilitator-guide.pdf"));
		// The team's plan, pre-filled from the model, with room to write the rest.
		String workbook = pdfText(out.resolve("participants-workbook.pdf"));
		assertInOrder(workbook, "Innovation Plan: Organic vegetables in Sekong", "Team", "Ms. Vong", "Inspiring case",
				"Case 1 ", "Problem to solve", "Farmers sell at low prices to middlemen.", "The innovation we will adapt");
		assertFalse(workbook.contains("Innovation Plan of your team"), "no blank plan when the model has plans");
		try (InputStream in = Files.newInputStream(out.resolve("facilitator-guide.docx"));
				XWPFDocument document = new XWPFDocument(in)) {
			assertTrue(document.getParagraphs().stream()
					.noneMatch(p -> p.getStyle() != null && p.getStyle().startsWith("Heading") && p.getText().isBlank()));
		}
	}

	@Test
	void siteComparesTheCasesSideBySide() throws Exception {
		Path out = Fixtures.exports("print-site-comparison");
		Fixtures.export(Fixtures.seed(), out, "html");
		String page = Files.readString(out.resolve("html/comparison.html"), StandardCharsets.UTF_8);
		for (String expected : List.of("Host and place", "Members / households / women", "Partners by role",
				"Product and certification", "Key indicators", "Lessons", "cases/asparagus.html")) {
			assertTrue(page.contains(expected), expected);
		}
		assertTrue(Files.readString(out.resolve("html/index.html"), StandardCharsets.UTF_8).contains("comparison.html"),
				"the index links to the comparison");
		assertEquals(List.of(), Fixtures.nuErrors(List.of(out.resolve("html/comparison.html"))));
	}

	// --- Tools --------------------------------------------------------------------------------

	/**
	 * The text in the PDF's reading order (no -layout), as a screen reader meets it. PDFBox sets
	 * "fi" and "fl" as ligature glyphs, which read back as U+FB01 and U+FB02: compatibility
	 * normalisation gives the letters, as a search in a PDF viewer does.
	 */
	static String pdfText(Path pdf) throws Exception {
		Fixtures.Result result = Fixtures.run(List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), "-"), 120);
		assertEquals(0, result.exit(), result.err());
		return Normalizer.normalize(result.out(), Normalizer.Form.NFKC);
	}

	static void assertInOrder(String pdfText, String... expected) {
		// A heading may wrap onto a second line of the page: line ends count as spaces.
		String text = pdfText.replaceAll("\\s+", " ");
		int from = 0;
		for (String part : expected) {
			int at = text.indexOf(part, from);
			assertTrue(at >= 0, () -> "'" + part + "' missing, or out of order, in:\n" + text);
			from = at + part.length();
		}
	}

	static void assertAllFontsEmbedded(Path pdf) throws Exception {
		Fixtures.Result result = Fixtures.run(List.of("pdffonts", pdf.toString()), 60);
		assertEquals(0, result.exit(), result.err());
		List<String> fonts = result.out().lines().skip(2).toList();
		assertFalse(fonts.isEmpty(), "the PDF names its fonts");
		for (String font : fonts) {
			// Columns: name type encoding emb sub uni object ID; "emb" is the fourth from the end.
			String[] columns = font.trim().split("\\s+");
			assertEquals("yes", columns[columns.length - 5], () -> "not embedded: " + font);
			assertTrue(font.contains("NotoSans"), () -> "a font other than Noto Sans: " + font);
		}
	}

	/** Page images for a person to look at (target/exports/.../pages). */
	static void pages(Path pdf, Path folder) throws Exception {
		Files.createDirectories(folder);
		Fixtures.Result result = Fixtures.run(List.of("pdftoppm", "-r", "60", "-l", "8", "-png", pdf.toString(),
				folder.resolve("page").toString()), 120);
		assertEquals(0, result.exit(), result.err());
	}

	static String libreOfficeText(Path docx, Path folder) throws Exception {
		Files.createDirectories(folder);
		Path profile = Files.createTempDirectory("lo-profile");
		Fixtures.Result result = Fixtures.run(List.of("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
				"--convert-to", "pdf", "--outdir", folder.toString(), docx.toString()), 240);
		assertEquals(0, result.exit(), result.out() + result.err());
		Path pdf = folder.resolve(docx.getFileName().toString().replaceFirst("\\.docx$", ".pdf"));
		assertTrue(Files.isRegularFile(pdf), () -> "LibreOffice wrote no PDF: " + result.out() + result.err());
		return pdfText(pdf);
	}

	/** A route of many cases with odd text: long words, Markdown tables, optional fields left out. */
	static final class OddRoute {

		static final String LONG_WORD = "Pneumonoultramicroscopicsilicovolcanoconiosis".repeat(4);

		static Path write(Path folder, int cases) throws IOException {
			Files.writeString(folder.resolve("actors.actors"), """
					producers group_a "Group %1$s"
					end
					company trader_b "Trader"
					end
					""".formatted(LONG_WORD), StandardCharsets.UTF_8);
			StringBuilder list = new StringBuilder();
			for (int i = 1; i <= cases; i++) {
				list.append(i > 1 ? ", " : "").append("case_").append(i);
				Files.writeString(folder.resolve("case_" + i + ".case"), """
						case case_%1$d "Case %1$d %2$s"
							host group_a
							context \"""
								| a | b |
								|---|---|
								| %2$s | 2 |
								\"""
							partnership p_%1$d "Sales"
								partner group_a as producer
								partner trader_b as private
							end
							lesson "%2$s"
						end
						""".formatted(i, LONG_WORD), StandardCharsets.UTF_8);
			}
			Files.writeString(folder.resolve("odd.route"), """
					route odd_route "Odd route"
						cases %s
						participant p_vong "Ms. Vong" of group_a role "Officer"
						plan plan_one "Organic vegetables in Sekong"
							team p_vong
							for group_a
							inspired by case_1
							problem "Farmers sell at low prices to middlemen."
						end
					end
					""".formatted(list), StandardCharsets.UTF_8);
			return folder;
		}
	}
}
