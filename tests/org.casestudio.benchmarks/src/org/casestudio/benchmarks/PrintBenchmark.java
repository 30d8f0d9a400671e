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
 * seed route and a generated route, and pandoc making a DOCX from the same content written as
 * Markdown, in the same run, alternated run by run. Case Studio's time is in-process (building the document from the
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
		Path work = Files.createTempDirectory("print-benchmark");
		try {
			Path generated = work.resolve("library");
			CorpusGenerator.writeWithRouteOfAll(generated, cases);
			System.out.printf(
					"Guide and workbook, PDF and DOCX, vs pandoc (Markdown to DOCX), median of %d alternated runs after a warm-up; load average %s%n%n",
					runs, SlidesBenchmark.loadAverage());
			System.out.printf("%-20s %-9s %10s %10s %12s %10s %10s %12s%n", "route", "document", "PDF", "DOCX", "pandoc DOCX",
					"ratio PDF", "ratio DOCX", "of which diagrams");
			row("seed (attapeu)", ExportBenchmark.pack(injector, seed, "attapeu"), work, runs);
			row(cases + " generated cases", ExportBenchmark.pack(injector, generated, "everything"), work, runs);
			System.out.println();
			System.out.println("ratio = pandoc's DOCX time / Case Studio's time: above 1, Case Studio is faster.");
			System.out.println("Each PDF and DOCX time includes drawing the route's partnership diagrams (\"of which diagrams\"),");
			System.out.println("which an export draws once for all its documents; pandoc's Markdown has no diagrams.");
			System.out.println("load average at the end: " + SlidesBenchmark.loadAverage());
		} finally {
			ExportBenchmark.delete(work);
		}
	}

	private static void row(String name, TrainingPack pack, Path work, int runs) throws Exception {
		Path markdown = work.resolve("pack.md");
		Files.writeString(markdown, MarkdownPack.write(pack), StandardCharsets.UTF_8);
		List<String> formats = List.of(PrintExporter.GUIDE, PrintExporter.WORKBOOK);
		List<Long> pandoc = new ArrayList<>();
		List<Long> diagrams = new ArrayList<>();
		Map<String, List<Long>> pdf = new HashMap<>();
		Map<String, List<Long>> docx = new HashMap<>();
		// Alternated run by run (pandoc, then each of ours), so that a shared host's load falls on
		// all alike; the first round is the warm-up.
		for (int run = 0; run <= runs; run++) {
			time(run, pandoc, () -> {
				Process process = new ProcessBuilder("pandoc", "-f", "markdown", "-t", "docx", "-o",
						work.resolve("pandoc.docx").toString(), markdown.toString()).redirectErrorStream(true)
						.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
				if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
					throw new IllegalStateException("pandoc failed on " + markdown);
				}
			});
			time(run, diagrams, () -> PrintExporter.diagrams(pack));
			for (String format : formats) {
				time(run, pdf.computeIfAbsent(format, f -> new ArrayList<>()), () -> PrintExporter.pdf(pack, format));
				time(run, docx.computeIfAbsent(format, f -> new ArrayList<>()), () -> PrintExporter.docx(pack, format));
			}
		}
		double theirs = ExportBenchmark.median(pandoc) / 1e6;
		for (String format : formats) {
			double ourPdf = ExportBenchmark.median(pdf.get(format)) / 1e6;
			double ourDocx = ExportBenchmark.median(docx.get(format)) / 1e6;
			System.out.printf("%-20s %-9s %7.0f ms %7.0f ms %9.0f ms %10.2f %10.2f %9.0f ms%n", name, format, ourPdf, ourDocx,
					theirs, theirs / ourPdf, theirs / ourDocx, ExportBenchmark.median(diagrams) / 1e6);
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
