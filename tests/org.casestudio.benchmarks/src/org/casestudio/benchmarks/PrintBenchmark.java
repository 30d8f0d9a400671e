package org.casestudio.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.casestudio.dsl.CaseStudioStandaloneSetup;
import org.casestudio.export.pack.TrainingPack;
import org.casestudio.export.print.PrintExporter;

import com.google.inject.Injector;

/**
 * Times the facilitator's guide and the participants' workbook, each as PDF and as DOCX, for the
 * seed route and a generated route, and pandoc making a DOCX and a PDF from the same content written
 * as Markdown, in the same run, alternated run by run. pandoc's PDF goes through wkhtmltopdf (Debian's
 * {@code wkhtmltopdf}: HTML and CSS to PDF, as ours; pandoc's default, pdflatex, stops at the
 * generated route's Lao village names); where it is not installed the benchmark says so and times
 * the rest. Case Studio's time is in-process (building the document from the
 * loaded pack and rendering it to bytes); pandoc's is its whole process, as a user would run it.
 * Medians of several runs after a warm-up.
 *
 * <pre>usage: PrintBenchmark seedFolder [cases] [runs]</pre>
 */
public final class PrintBenchmark {

	private PrintBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path seed = Path.of(args.length > 0 ? args[0] : "seeds/attapeu");
		int cases = args.length > 1 ? Integer.parseInt(args[1]) : 200;
		int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
		Injector injector = CaseStudioStandaloneSetup.injector();
		boolean pandocPdf = onPath(PDF_ENGINE);
		Path work = Files.createTempDirectory("print-benchmark");
		try {
			Path generated = work.resolve("library");
			CorpusGenerator.writeWithRouteOfAll(generated, cases);
			System.out.printf(
					"Guide and workbook, PDF and DOCX, vs pandoc (Markdown to DOCX, and to PDF through %s), median of %d alternated runs after a warm-up; load average %s%n",
					PDF_ENGINE, runs, SlidesBenchmark.loadAverage());
			if (!pandocPdf) {
				System.out.println("pandoc PDF: not installed (" + PDF_ENGINE + " is not on the PATH)");
			}
			System.out.println();
			System.out.printf("%-20s %-9s %9s %9s %12s %11s %10s %10s %10s %18s%n", "route", "document", "PDF", "DOCX",
					"pandoc DOCX", "pandoc PDF", "PDF/pPDF", "PDF/pDOCX", "DOCX/pDOCX", "of which diagrams");
			row("seed (attapeu)", ExportBenchmark.pack(injector, seed, "attapeu"), work, runs, pandocPdf);
			row(cases + " generated cases", ExportBenchmark.pack(injector, generated, "everything"), work, runs, pandocPdf);
			System.out.println();
			System.out.println("ratios = pandoc's time / Case Studio's time: above 1, Case Studio is faster. PDF/pPDF: our PDF");
			System.out.println("against pandoc's PDF; PDF/pDOCX and DOCX/pDOCX: against pandoc's DOCX.");
			System.out.println("Each PDF and DOCX time includes drawing the route's partnership diagrams (\"of which diagrams\"),");
			System.out.println("which an export draws once for all its documents; pandoc's Markdown has no diagrams.");
			System.out.println("load average at the end: " + SlidesBenchmark.loadAverage());
		} finally {
			ExportBenchmark.delete(work);
		}
	}

	/** The PDF engine pandoc is given: HTML and CSS laid out to PDF, as ours is. */
	private static final String PDF_ENGINE = "wkhtmltopdf";

	private static boolean onPath(String command) {
		for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
			if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, command))) {
				return true;
			}
		}
		return false;
	}

	private static void pandoc(Path markdown, Path out, String... options) throws Exception {
		List<String> command = new ArrayList<>(List.of("pandoc", "-f", "markdown"));
		command.addAll(List.of(options));
		command.addAll(List.of("-o", out.toString(), markdown.toString()));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
			throw new IllegalStateException("pandoc failed on " + markdown + ": " + command);
		}
	}

	private static void row(String name, TrainingPack pack, Path work, int runs, boolean pandocPdf) throws Exception {
		Path markdown = work.resolve("pack.md");
		Files.writeString(markdown, MarkdownPack.write(pack), StandardCharsets.UTF_8);
		List<String> formats = List.of(PrintExporter.GUIDE, PrintExporter.WORKBOOK);
		List<Long> pandoc = new ArrayList<>();
		List<Long> pandocPdfs = new ArrayList<>();
		List<Long> diagrams = new ArrayList<>();
		Map<String, List<Long>> pdf = new HashMap<>();
		Map<String, List<Long>> docx = new HashMap<>();
		// Alternated run by run (pandoc, then each of ours), so that a shared host's load falls on
		// all alike; the first round is the warm-up.
		for (int run = 0; run <= runs; run++) {
			time(run, pandoc, () -> pandoc(markdown, work.resolve("pandoc.docx"), "-t", "docx"));
			if (pandocPdf) {
				// A title, as a standalone HTML page needs one (else pandoc warns).
				time(run, pandocPdfs, () -> pandoc(markdown, work.resolve("pandoc.pdf"), "-t", "html5", "--pdf-engine",
						PDF_ENGINE, "--metadata", "title=" + name));
			}
			time(run, diagrams, () -> PrintExporter.diagrams(pack));
			for (String format : formats) {
				time(run, pdf.computeIfAbsent(format, f -> new ArrayList<>()), () -> PrintExporter.pdf(pack, format));
				time(run, docx.computeIfAbsent(format, f -> new ArrayList<>()), () -> PrintExporter.docx(pack, format));
			}
		}
		double theirs = ExportBenchmark.median(pandoc) / 1e6;
		double theirPdf = pandocPdf ? ExportBenchmark.median(pandocPdfs) / 1e6 : Double.NaN;
		for (String format : formats) {
			double ourPdf = ExportBenchmark.median(pdf.get(format)) / 1e6;
			double ourDocx = ExportBenchmark.median(docx.get(format)) / 1e6;
			System.out.printf("%-20s %-9s %6.0f ms %6.0f ms %9.0f ms %11s %10s %10.2f %10.2f %15.0f ms%n", name, format, ourPdf,
					ourDocx, theirs, pandocPdf ? String.format("%.0f ms", theirPdf) : "-",
					pandocPdf ? String.format("%.2f", theirPdf / ourPdf) : "-", theirs / ourPdf, theirs / ourDocx,
					ExportBenchmark.median(diagrams) / 1e6);
		}
	}

	interface Work {
		void run() throws Exception;
	}

	/** Runs {@code work} once, and keeps its time unless this is the warm-up (run 0). */
	private static void time(int run, List<Long> times, Work work) throws Exception {
		long start = System.nanoTime();
		work.run();
		if (run > 0) {
			times.add(System.nanoTime() - start);
		}
	}
}
