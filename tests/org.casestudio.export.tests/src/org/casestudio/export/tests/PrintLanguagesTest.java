package org.casestudio.export.tests;

import static org.casestudio.export.tests.PrintExportTest.assertAllFontsEmbedded;
import static org.casestudio.export.tests.PrintExportTest.assertInOrder;
import static org.casestudio.export.tests.PrintExportTest.pdfText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.casestudio.dsl.CaseStudioStandaloneSetup;
import org.casestudio.dsl.headless.ModelWorkspace;
import org.casestudio.dsl.translations.RouteTranslations;
import org.casestudio.export.ExportFormat;
import org.casestudio.export.ExportPipeline;
import org.casestudio.export.PreparedPack;
import org.casestudio.export.pack.TextSource;
import org.casestudio.model.LearningRoute;
import org.casestudio.model.problems.Problem;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;

/**
 * The guide and the workbook in the pack's language, as {@code export --format guide,workbook --lang
 * fr,lo} makes them from the multilingual route: its texts as translated (beside the texts and in
 * its translator's PO files), the documents' own words (headings, labels, page footer) in the
 * language, numbers written as the language writes them, the language in the PDF and the DOCX, and
 * Lao text drawn with Noto Sans Lao, embedded, in reading order.
 */
class PrintLanguagesTest {

	private static final Path MULTILINGUAL = Path.of("../org.casestudio.dsl.tests/resources/good/multilingual");

	/** The multilingual route's guide and workbook in {@code language}, beside its French and Lao packs. */
	static Path export(String language, Path out) throws Exception {
		Path folder = MULTILINGUAL.toAbsolutePath().normalize();
		ModelWorkspace workspace = ModelWorkspace.load(CaseStudioStandaloneSetup.injector(), List.of(folder));
		List<Problem> findings = new ArrayList<>(workspace.fileProblems());
		findings.addAll(workspace.validateAll(CancelIndicator.NullImpl));
		LearningRoute route = workspace.routes().stream().findFirst().orElseThrow();
		RouteTranslations translations = RouteTranslations.forRoute(route);
		TextSource texts = TextSource.of(translations.sourceLanguage(), translations.packLanguages(),
				translations::translation);
		List<ExportFormat> formats = Fixtures.formats("guide", "workbook");
		PreparedPack prepared = ExportPipeline.prepare(route, findings, formats, workspace::place, texts, language,
				List.of("fr", "lo"), new NullProgressMonitor());
		prepared.write(formats, out, Map.of(), new NullProgressMonitor());
		return out;
	}

	@Test
	void frenchGuideAndWorkbookSayEverythingInFrench() throws Exception {
		Path out = export("fr", Fixtures.exports("print-fr"));
		Path guide = out.resolve("facilitator-guide.pdf");
		String text = pdfText(guide);
		// The title's French translation is out of date: the English title, then French throughout.
		assertInOrder(text, "GUIDE DE L'ANIMATEUR", "Coffee in Attapeu", "Objectifs d'apprentissage",
				"Travailler ensemble.", "Programme", "Jour 1", "Heure", "Séance", "Lieu", "Plans de séance", "Étapes",
				"Les cas", "Cas 1 : Café biologique", "Acteurs", "Leçons", "Conseils pour l'évaluation");
		assertFalse(text.contains("Learning objectives") || text.contains("Session plans") || text.contains("The cases"), text);
		// The page footer, from page 2 (the cover has none).
		assertTrue(text.contains("Page 2 sur "), text);
		assertFalse(text.contains("Page 1 sur "), "no number on the cover");
		assertEquals("fr", pdfLanguage(guide), "the PDF's language");
		// Bookmarks of the same headings as the DOCX's table of contents.
		assertTrue(new String(Files.readAllBytes(guide), StandardCharsets.ISO_8859_1).contains("/Outlines"), "bookmarks");
		PrintExportTest.pages(guide, out.resolve("pages/guide"));

		String workbook = pdfText(out.resolve("participants-workbook.pdf"));
		assertInOrder(workbook, "CAHIER DU PARTICIPANT", "Objectifs d'apprentissage", "Les cas", "Notes",
				"Réflexion quotidienne : jour 1", "Qu'ai-je appris aujourd'hui ?", "Plans d'innovation",
				"Plan d'innovation de votre équipe", "Problème à résoudre", "Formulaire d'évaluation", "Affirmation");

		Path docx = out.resolve("facilitator-guide.docx");
		try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
			List<String> headings = document.getParagraphs().stream()
					.filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading")).map(XWPFParagraph::getText)
					.toList();
			assertTrue(headings.containsAll(List.of("Objectifs d'apprentissage", "Les cas", "Conseils pour l'évaluation")),
					headings::toString);
			// A table of contents after the cover: Word's TOC field, its entries the headings.
			assertTrue(document.getParagraphs().stream().anyMatch(p -> "TOCHeading".equals(p.getStyle())
					&& p.getText().equals("Table des matières")));
			assertTrue(document.getParagraphs().stream().anyMatch(p -> "TOC1".equals(p.getStyle())
					&& p.getText().equals("Les cas")));
			String styles = new String(document.getStyles().getPackagePart().getInputStream().readAllBytes(),
					StandardCharsets.UTF_8);
			assertTrue(styles.contains("w:val=\"fr-FR\""), "French is the language of every run");
			// The footer counts pages with Word's fields, worded in French.
			String footer = document.getFooterList().get(0).getText();
			assertTrue(footer.startsWith("Page ") && footer.contains(" sur "), footer);
			String xml = new String(document.getFooterList().get(0).getPackagePart().getInputStream().readAllBytes(),
					StandardCharsets.UTF_8);
			assertTrue(xml.contains(" PAGE ") && xml.contains(" NUMPAGES "), xml);
		}
		// LibreOffice computes the fields: the converted guide numbers its pages in French.
		String converted = PrintExportTest.libreOfficeText(docx, out.resolve("libreoffice"));
		assertTrue(Pattern.compile("Page 2 sur \\d+").matcher(converted).find(), converted);
		assertTrue(converted.contains("Objectifs d'apprentissage"), converted);
	}

	@Test
	void laoWorkbookDrawsLaoWithTheLaoFontInReadingOrder() throws Exception {
		Path out = export("lo", Fixtures.exports("print-lo"));
		Path workbook = out.resolve("participants-workbook.pdf");
		String text = pdfText(workbook);
		// Lao words where they are certain, English where not yet (as the site does).
		// (The text is compared as pdfText gives it, in NFKC: "ຳ" is "ໍ" and "າ" there.)
		assertInOrder(text, Stream.of("ຈຸດປະສົງ", "ເຮັດວຽກຮ່ວມກັນ", "ກຳນົດການ", "ມື້ທີ 1", "ກໍລະນີ", "ກາເຟອິນຊີ",
				"Daily reflection", "Innovation Plans", "Evaluation form")
				.map(s -> Normalizer.normalize(s, Normalizer.Form.NFKC)).toArray(String[]::new));
		assertAllFontsEmbedded(workbook);
		Fixtures.Result fonts = Fixtures.run(List.of("pdffonts", workbook.toString()), 60);
		assertTrue(fonts.out().contains("NotoSansLao"), fonts.out());
		assertEquals("lo", pdfLanguage(workbook));
		PrintExportTest.pages(workbook, out.resolve("pages/workbook"));
		try (InputStream in = Files.newInputStream(out.resolve("participants-workbook.docx"));
				XWPFDocument document = new XWPFDocument(in)) {
			String styles = new String(document.getStyles().getPackagePart().getInputStream().readAllBytes(),
					StandardCharsets.UTF_8);
			assertTrue(styles.contains("w:cs=\"Noto Sans Lao\"") && styles.contains("w:bidi=\"lo-LA\""), styles);
			assertTrue(document.getParagraphs().stream().anyMatch(p -> p.getText().contains("ກາເຟອິນຊີ")));
		}

		// An English pack has no Lao font to embed.
		Path english = export("en", Fixtures.exports("print-en"));
		Fixtures.Result englishFonts = Fixtures.run(List.of("pdffonts", english.resolve("participants-workbook.pdf").toString()), 60);
		assertFalse(englishFonts.out().contains("NotoSansLao"), englishFonts.out());
	}

	/** The PDF's /Lang, from its catalog (PDFBox writes the catalog uncompressed). */
	static String pdfLanguage(Path pdf) throws Exception {
		String raw = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
		var m = Pattern.compile("/Lang\\s*\\(([^)]*)\\)").matcher(raw);
		return m.find() ? m.group(1) : null;
	}
}
