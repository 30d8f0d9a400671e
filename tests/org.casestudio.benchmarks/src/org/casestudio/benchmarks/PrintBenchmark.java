package org.casestudio.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.casestudio.dsl.CaseStudioStandaloneSetup;
import org.casestudio.export.pack.TrainingPack;
import org.casestudio.export.print.PrintExporter;

import com.google.inject.Injector;

/**
 * Times the facilitator's guide and the participants' workbook, each as PDF and as DOCX, for the
 * seed route and a generated route, and pandoc making a DOCX from the same content written as
 * Markdown, in the same run. Case Studio's time is in-process (building the document from the
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
		Path generated = work.resolve("library");
		CorpusGenerator.write(generated, cases, 0, 5);
		StringBuilder route = new StringBuilder("route everything \"Every case of the library\"\n\tcases ");
		for (int c = 0; c < cases; c++) {
			route.append(c == 0 ? "" : ", ").append("case_").append(c);
		}
		Files.writeString(generated.resolve("everything.route"), route.append("\nend\n"), StandardCharsets.UTF_8);
		System.out.printf("Guide and workbook, PDF and DOCX, vs pandoc (Markdown to DOCX), median of %d runs after a warm-up%n%n",
				runs);
		System.out.printf("%-20s %-9s %10s %10s %12s %12s%n", "route", "document", "PDF", "DOCX", "pandoc DOCX",
				"ratio DOCX");
		row("seed (attapeu)", ExportBenchmark.pack(injector, seed, "attapeu"), work, runs);
		row(cases + " generated cases", ExportBenchmark.pack(injector, generated, "everything"), work, runs);
		System.out.println();
		System.out.println("ratio DOCX = pandoc time / Case Studio DOCX time: above 1, Case Studio is faster.");
	}

	private static void row(String name, TrainingPack pack, Path work, int runs) throws Exception {
		Path markdown = work.resolve("pack.md");
		Files.writeString(markdown, MarkdownPack.write(pack), StandardCharsets.UTF_8);
		double pandoc = median(runs, () -> {
			Process process = new ProcessBuilder("pandoc", "-f", "markdown", "-t", "docx", "-o",
					work.resolve("pandoc.docx").toString(), markdown.toString()).redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
			if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
				throw new IllegalStateException("pandoc failed on " + markdown);
			}
		});
		for (String format : List.of(PrintExporter.GUIDE, PrintExporter.WORKBOOK)) {
			double pdf = median(runs, () -> PrintExporter.pdf(pack, format));
			double docx = median(runs, () -> PrintExporter.docx(pack, format));
			System.out.printf("%-20s %-9s %7.0f ms %7.0f ms %9.0f ms %12.2f%n", name, format, pdf, docx, pandoc,
					pandoc / docx);
		}
	}

	interface Work {
		void run() throws Exception;
	}

	private static double median(int runs, Work work) throws Exception {
		List<Long> times = new ArrayList<>();
		for (int run = 0; run <= runs; run++) {
			long start = System.nanoTime();
			work.run();
			if (run > 0) {
				times.add(System.nanoTime() - start);
			}
		}
		Collections.sort(times);
		return times.get(times.size() / 2) / 1e6;
	}
}
