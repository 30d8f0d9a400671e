package org.casestudio.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.casestudio.dsl.CaseStudioStandaloneSetup;
import org.casestudio.export.ExportFormat;
import org.casestudio.export.ExporterDescriptor;
import org.casestudio.export.TrainingPackExport;
import org.casestudio.export.pack.TrainingPack;
import org.casestudio.export.slides.SlidesExporter;
import org.eclipse.core.runtime.NullProgressMonitor;

import com.google.inject.Injector;

/**
 * Exports the seed route and a generated route (200 cases unless told) to slides (PPTX), and in
 * the same run, alternated run by run, converts the same content written as Markdown to PPTX with
 * pandoc. Prints the median times (of several runs, after a warm-up) and their ratio. Case Studio's time covers the
 * whole export (laying out and drawing every partnership diagram as PNG and SVG, the deck, staging
 * and moving the file into place), in-process; pandoc's its whole process.
 *
 * <pre>usage: SlidesBenchmark seedFolder [cases] [runs]</pre>
 */
public final class SlidesBenchmark {

	private SlidesBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path seed = Path.of(args.length > 0 ? args[0] : "seeds/attapeu");
		int cases = args.length > 1 ? Integer.parseInt(args[1]) : 200;
		int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
		Injector injector = CaseStudioStandaloneSetup.injector();
		Path work = Files.createTempDirectory("slides-benchmark");
		try {
			Path generated = work.resolve("library");
			CorpusGenerator.writeWithRouteOfAll(generated, cases);
			System.out.printf("Export to slides (PPTX) vs pandoc (median of %d alternated runs, after a warm-up; load average %s)%n%n", runs,
					loadAverage());
			System.out.printf("%-22s %7s %9s %13s %11s %7s%n", "route", "slides", "MB out", "Case Studio", "pandoc", "ratio");
			row("seed (attapeu)", ExportBenchmark.pack(injector, seed, "attapeu"), work, runs);
			row(cases + " generated cases", ExportBenchmark.pack(injector, generated, "everything"), work, runs);
			System.out.println();
			System.out.println("ratio = pandoc time / Case Studio time: above 1, Case Studio is faster.");
			System.out.println("load average at the end: " + loadAverage());
		} finally {
			ExportBenchmark.delete(work);
		}
	}

	private static void row(String name, TrainingPack pack, Path work, int runs) throws Exception {
		ExportFormat slides = ExporterDescriptor.format("slides", "Slides (PPTX)", SlidesExporter::new);
		Path out = work.resolve("pack");
		Path markdown = work.resolve("pack.md");
		Files.writeString(markdown, MarkdownPack.write(pack), StandardCharsets.UTF_8);
		boolean pandoc = true;
		List<Long> ours = new ArrayList<>();
		List<Long> theirs = new ArrayList<>();
		// Alternated, ours then pandoc's, run by run: a shared host's load falls on both alike.
		for (int run = 0; run <= runs; run++) {
			ExportBenchmark.delete(out);
			long start = System.nanoTime();
			new TrainingPackExport(pack, null, Map.of()).run(List.of(slides), out, new NullProgressMonitor());
			if (run > 0) {
				ours.add(System.nanoTime() - start);
			}
			if (pandoc) {
				start = System.nanoTime();
				Process process;
				try {
					process = new ProcessBuilder("pandoc", "-f", "markdown", "-t", "pptx", "-o",
							work.resolve("pandoc.pptx").toString(), markdown.toString()).redirectErrorStream(true)
							.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
				} catch (java.io.IOException e) {
					pandoc = false;
					continue;
				}
				if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
					throw new IllegalStateException("pandoc failed on " + markdown);
				}
				if (run > 0) {
					theirs.add(System.nanoTime() - start);
				}
			}
		}
		Path deck;
		try (var files = Files.list(out)) {
			deck = files.filter(p -> p.toString().endsWith(".pptx")).findFirst().orElseThrow();
		}
		long count;
		// Counted in the zip: a deck of 200 cases holds more parts than POI's guard lets it re-read.
		try (var zip = new java.util.zip.ZipFile(deck.toFile())) {
			count = zip.stream().filter(e -> e.getName().matches("ppt/slides/slide[0-9]+\\.xml")).count();
		}
		String oursText = String.format("%.0f ms", ExportBenchmark.median(ours) / 1e6);
		if (!pandoc) {
			System.out.printf("%-22s %7d %9.2f %13s %11s %7s%n", name, count, Files.size(deck) / 1e6, oursText,
					"(no pandoc)", "-");
			return;
		}
		System.out.printf("%-22s %7d %9.2f %13s %8.0f ms %7.2f%n", name, count, Files.size(deck) / 1e6, oursText,
				ExportBenchmark.median(theirs) / 1e6, ExportBenchmark.median(theirs) / ExportBenchmark.median(ours));
	}

	/** The host's load averages (1, 5, 15 minutes), to read the figures by. */
	static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return parts[0] + " " + parts[1] + " " + parts[2];
		} catch (java.io.IOException e) {
			return "unknown";
		}
	}
}
