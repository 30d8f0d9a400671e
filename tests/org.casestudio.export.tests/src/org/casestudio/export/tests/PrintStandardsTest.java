package org.casestudio.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The guide's and the workbook's PDFs against PDF/UA-1 (accessible: tagged structure, headings,
 * tables with header cells, alternative text, title and language) and PDF/A-2u (for archives: fonts
 * embedded, Unicode text, colour profile), checked by veraPDF's own validator, run as a separate Java
 * program (verapdf/Validate.java) on the jars the build copies into target/verapdf. Every PDF is
 * checked in one run of the validator: its start and the loading of its profiles are most of the cost.
 */
class PrintStandardsTest {

	/** Cases of the odd route: its long words, Markdown tables and empty fields, a few times over. */
	private static final int ODD_CASES = 12;

	@Test
	void guideAndWorkbookPassPdfUa1AndPdfA2u() throws Exception {
		List<Path> pdfs = new ArrayList<>();
		Path seed = Fixtures.exports("standards-seed");
		Fixtures.export(Fixtures.seed(), seed, "guide", "workbook");
		Path hostile = Fixtures.exports("standards-hostile");
		Fixtures.export(HostileTextTest.write(Files.createDirectories(Fixtures.exports("standards-hostile-route"))),
				hostile, "guide", "workbook");
		Path odd = Fixtures.exports("standards-odd");
		Fixtures.export(PrintExportTest.OddRoute.write(Files.createDirectories(Fixtures.exports("standards-odd-route")),
				ODD_CASES), odd, "guide", "workbook");
		for (Path folder : List.of(seed, hostile, odd)) {
			pdfs.add(folder.resolve("facilitator-guide.pdf"));
			pdfs.add(folder.resolve("participants-workbook.pdf"));
		}
		// A pack in French and one in Lao: their language and the Lao font are part of what is checked.
		for (String language : List.of("fr", "lo")) {
			Path out = PrintLanguagesTest.export(language, Fixtures.exports("standards-" + language));
			pdfs.add(out.resolve("facilitator-guide.pdf"));
			pdfs.add(out.resolve("participants-workbook.pdf"));
		}
		Validation result = validate(pdfs);
		System.out.println("veraPDF " + System.getProperty("casestudio.verapdfVersion", "") + "\n" + result.report());
		assertEquals(0, result.exit(), result.report());
		for (Path pdf : pdfs) {
			assertTrue(result.report().contains(pdf + ": ua1: compliant"),
					() -> pdf + " not found PDF/UA-1 compliant:\n" + result.report());
			assertTrue(result.report().contains(pdf + ": 2u: compliant"), () -> pdf + " not found PDF/A-2u compliant:\n" + result.report());
		}
	}

	@Test
	void anUntaggedPdfFailsPdfUa() throws Exception {
		// One page of text with no structure, no language and a font it does not embed.
		Path pdf = Fixtures.exports("standards-untagged").resolve("untagged.pdf");
		Files.write(pdf, untaggedPdf("An untagged page"));
		Validation result = validate(List.of(pdf));
		System.out.println(result.report());
		assertEquals(1, result.exit(), result.report());
		assertTrue(result.report().contains(pdf + ": ua1: "), result.report());
		assertTrue(result.report().contains("FAILED ISO 14289-1:2014 7.1-3"), "content neither tagged nor artifact:\n" + result.report());
		assertTrue(result.report().contains("FAILED ISO 19005-2:2011"), "not PDF/A either:\n" + result.report());
	}

	record Validation(int exit, String report) {
	}

	/** veraPDF's validation of the files against PDF/UA-1 and PDF/A-2u: its exit status and report. */
	static Validation validate(List<Path> pdfs) throws Exception {
		Path jars = Path.of(System.getProperty("casestudio.verapdf", "target/verapdf")).toAbsolutePath();
		Path program = Path.of(System.getProperty("casestudio.verapdfProgram", "verapdf/Validate.java")).toAbsolutePath();
		assertTrue(Files.isDirectory(jars), () -> "veraPDF's jars are copied by the build into " + jars);
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", jars + "/*", program.toString(), "ua1,2u"));
		pdfs.forEach(p -> command.add(p.toString()));
		Fixtures.Result run = Fixtures.run(command, 900);
		return new Validation(run.exit(), run.out() + run.err());
	}

	/** A PDF 1.7 of one page of text in Helvetica, as a plain writer makes it: no tags at all. */
	static byte[] untaggedPdf(String text) {
		String content = "BT /F1 24 Tf 72 720 Td (" + text + ") Tj ET";
		List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
				"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
				"<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		StringBuilder pdf = new StringBuilder("%PDF-1.7\n");
		List<Integer> offsets = new ArrayList<>();
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(pdf.length());
			pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
		}
		int xref = pdf.length();
		pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
		offsets.forEach(o -> pdf.append(String.format("%010d 00000 n \n", o)));
		pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
				.append("\n%%EOF\n");
		out.writeBytes(pdf.toString().getBytes(StandardCharsets.US_ASCII));
		return out.toByteArray();
	}
}
