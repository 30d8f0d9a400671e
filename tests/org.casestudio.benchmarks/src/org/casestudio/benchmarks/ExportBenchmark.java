package org.casestudio.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.casestudio.dsl.CaseStudioStandaloneSetup;
import org.casestudio.dsl.headless.ModelWorkspace;
import org.casestudio.export.ExportFormat;
import org.casestudio.export.ExporterDescriptor;
import org.casestudio.export.TrainingPackExport;
import org.casestudio.export.pack.PackBuilder;
import org.casestudio.export.pack.TrainingPack;
import org.casestudio.export.web.SiteExporter;
import org.casestudio.model.LearningRoute;
import org.eclipse.core.runtime.NullProgressMonitor;

import com.google.inject.Injector;

/**
 * Exports the seed route and a generated 1,000-case route to the offline site, and converts the
 * same content written as Markdown to standalone HTML with pandoc, in the same run. Prints the
 * median times (of several runs, after a warm-up) and their ratio. Case Studio's time covers
 * building the pack from the loaded model, rendering every page and writing the files (staging
 * and moving into place included); pandoc's covers its process, reading and writing.
 *
 * <pre>usage: ExportBenchmark seedFolder [cases] [runs]</pre>
 */
public final class ExportBenchmark {

	private ExportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path seed = Path.of(args.length > 0 ? args[0] : "seeds/attapeu");
		int cases = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
		int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
		Injector injector = CaseStudioStandaloneSetup.injector();
		Path work = Files.createTempDirectory("export-benchmark");
		try {
			Path generated = work.resolve("library");
			CorpusGenerator.writeWithRouteOfAll(generated, cases);

			String pandoc = pandocVersion();
			System.out.printf("Export to the offline site vs pandoc %s (median of %d runs, after a warm-up)%n%n", pandoc, runs);
			System.out.printf("%-22s %6s %9s %13s %11s %7s%n", "route", "pages", "MB out", "Case Studio", "pandoc", "ratio");
			row("seed (attapeu)", pack(injector, seed, "attapeu"), work, runs, pandoc != null);
			row(cases + " generated cases", pack(injector, generated, "everything"), work, runs, pandoc != null);
			System.out.println();
			System.out.println("ratio = pandoc time / Case Studio time: above 1, Case Studio is faster.");
		} finally {
			delete(work);
		}
	}

	static TrainingPack pack(Injector injector, Path folder, String id) {
		ModelWorkspace workspace = ModelWorkspace.load(injector, List.of(folder));
		LearningRoute route = workspace.routes().stream().filter(r -> id.equals(r.getName())).findFirst().orElseThrow();
		return PackBuilder.build(route);
	}

	private static void row(String name, TrainingPack pack, Path work, int runs, boolean withPandoc) throws Exception {
		ExportFormat html = ExporterDescriptor.format("html", "Website (HTML)", SiteExporter::new);
		Path out = work.resolve("pack");
		List<Long> ours = new ArrayList<>();
		for (int run = 0; run <= runs; run++) {
			delete(out);
			long start = System.nanoTime();
			new TrainingPackExport(pack, null, Map.of()).run(List.of(html), out, new NullProgressMonitor());
			if (run > 0) {
				ours.add(System.nanoTime() - start);
			}
		}
		long pages;
		long bytes;
		try (Stream<Path> files = Files.walk(out.resolve("html"))) {
			List<Path> list = files.filter(Files::isRegularFile).toList();
			pages = list.stream().filter(p -> p.toString().endsWith(".html")).count();
			bytes = 0;
			for (Path p : list) {
				bytes += Files.size(p);
			}
		}
		String oursText = String.format("%.0f ms", median(ours) / 1e6);
		if (!withPandoc) {
			System.out.printf("%-22s %6d %9.2f %13s %11s %7s%n", name, pages, bytes / 1e6, oursText, "(no pandoc)", "-");
			return;
		}
		Path markdown = work.resolve("pack.md");
		Files.writeString(markdown, MarkdownPack.write(pack), StandardCharsets.UTF_8);
		List<Long> theirs = new ArrayList<>();
		for (int run = 0; run <= runs; run++) {
			long start = System.nanoTime();
			Process process = new ProcessBuilder("pandoc", "-s", "-f", "markdown", "-t", "html", "--metadata",
					"title=" + pack.overview().title(), "-o", work.resolve("pandoc.html").toString(), markdown.toString())
					.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
			if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
				throw new IllegalStateException("pandoc failed on " + markdown);
			}
			if (run > 0) {
				theirs.add(System.nanoTime() - start);
			}
		}
		System.out.printf("%-22s %6d %9.2f %13s %8.0f ms %7.2f%n", name, pages, bytes / 1e6, oursText, median(theirs) / 1e6,
				median(theirs) / median(ours));
	}

	private static String pandocVersion() {
		try {
			Process process = new ProcessBuilder("pandoc", "--version").redirectErrorStream(true).start();
			String first = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().findFirst()
					.orElse("");
			process.waitFor();
			return first.replace("pandoc", "").strip();
		} catch (IOException | InterruptedException e) {
			System.out.println("pandoc is not installed (apt-get install pandoc); only Case Studio is measured.");
			return null;
		}
	}

	static double median(List<Long> values) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

	static void delete(Path folder) throws IOException {
		if (Files.exists(folder)) {
			try (Stream<Path> walk = Files.walk(folder)) {
				for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(p);
				}
			}
		}
	}
}
