package org.casestudio.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.casestudio.dsl.CaseStudioStandaloneSetup;
import org.casestudio.dsl.headless.IncrementalModel;
import org.casestudio.dsl.headless.ModelWorkspace;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Injector;

/**
 * The workspace builder's work, headless: the desktop builder is a thin shell over
 * {@link IncrementalModel} (resource delta in, one marker replacement per checked file out), so
 * this measures the model on a generated library with one shared actor list: a full build, then
 * edits to the actor list and to one case file, alternated, each from the file saved to the
 * problems of every file it affects.
 *
 * <pre>usage: IncrementalBenchmark [cases] [repetitions]   (default 1000 cases, 11 repetitions)</pre>
 */
public final class IncrementalBenchmark {

	private IncrementalBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int cases = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
		int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 11;
		Injector injector = CaseStudioStandaloneSetup.doSetup();
		Path folder = Files.createTempDirectory("casestudio-incremental");
		try {
			run(injector, folder, cases, repetitions);
		} finally {
			delete(folder);
		}
	}

	private static void run(Injector injector, Path folder, int cases, int repetitions) throws IOException {
		library(folder, cases);
		List<Path> files = modelFiles(folder);
		Path actors = folder.resolve("actors.actors");
		Path oneCase = folder.resolve("cases").resolve("cases-" + (cases / 20) + ".case");
		if (!Files.exists(oneCase)) {
			oneCase = folder.resolve("cases").resolve("cases-0.case");
		}
		String actorsText = Files.readString(actors, StandardCharsets.UTF_8);
		String caseText = Files.readString(oneCase, StandardCharsets.UTF_8);

		// Warm up: the first build pays for class loading and the JIT.
		for (int i = 0; i < Math.min(3, repetitions); i++) {
			IncrementalModel.create(injector).update(files, List.of(), CancelIndicator.NullImpl);
		}
		System.out.printf("Incremental build benchmark, Java %s, %d cores, -Xmx %d MB%n", Runtime.version(),
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
		System.out.printf("Library: %d cases in %d files, one shared actor list (%d KB), %d repetitions%n", cases,
				files.size(), Files.size(actors) >> 10, repetitions);

		Map<String, List<Double>> times = new LinkedHashMap<>();
		Map<String, Integer> checked = new LinkedHashMap<>();
		IncrementalModel model = null;
		for (int r = 0; r < repetitions; r++) {
			long start = System.nanoTime();
			IncrementalModel fresh = IncrementalModel.create(injector);
			IncrementalModel.Result full = fresh.update(files, List.of(), CancelIndicator.NullImpl);
			record(times, checked, "full build", start, full);
			requireValid(full);
			model = fresh;
		}
		// The edits, alternated so that each kind sees the same state of the JIT and the heap.
		String[][] edits = {
				// Every actor's declaration changes (a find-and-replace over the list): all files that use any.
				{ "actor list: every actor changed", "district \"Sansai\"", "district \"Sansay\"" },
				// One actor renamed: the files that use it get errors.
				{ "actor list: one actor renamed", "producers actor_1 ", "producers actor_1_renamed " },
				// A lesson in one case: that file and the route that lists the case.
				{ "case file: one lesson changed", "lesson \"Selling together pays.\"", "lesson \"Selling together paid.\"" },
				// A comment in one case file: no declaration changes, only that file.
				{ "case file: comment changed", "// Cases ", "// The cases " } };
		for (int r = 0; r < repetitions; r++) {
			for (String[] edit : edits) {
				boolean onActors = edit[0].startsWith("actor");
				Path file = onActors ? actors : oneCase;
				String original = onActors ? actorsText : caseText;
				if (!original.contains(edit[1])) {
					throw new IllegalStateException("the generated library changed: no " + edit[1] + " in " + file);
				}
				String edited = edit[0].contains("every") ? original.replace(edit[1], edit[2])
						: original.replaceFirst(Pattern.quote(edit[1]), Matcher.quoteReplacement(edit[2]));
				for (boolean undo : new boolean[] { false, true }) {
					Files.writeString(file, undo ? original : edited, StandardCharsets.UTF_8);
					long start = System.nanoTime();
					IncrementalModel.Result result = model.update(List.of(file), List.of(), CancelIndicator.NullImpl);
					record(times, checked, edit[0] + (undo ? " (undone)" : ""), start, result);
					if (undo) {
						requireValid(result);
					}
				}
			}
		}

		System.out.printf("%-42s %8s %10s %10s %10s%n", "step", "files", "median ms", "min ms", "max ms");
		for (Map.Entry<String, List<Double>> entry : times.entrySet()) {
			List<Double> sorted = entry.getValue().stream().sorted().toList();
			System.out.printf("%-42s %8d %10.0f %10.0f %10.0f%n", entry.getKey(), checked.get(entry.getKey()),
					sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1));
		}
	}

	private static void record(Map<String, List<Double>> times, Map<String, Integer> checked, String step, long start,
			IncrementalModel.Result result) {
		double ms = (System.nanoTime() - start) / 1e6;
		times.computeIfAbsent(step, k -> new ArrayList<>()).add(ms);
		checked.put(step, result.validated().size());
	}

	/** The library must be valid after each round of edits and undos, or the figures measure errors. */
	private static void requireValid(IncrementalModel.Result result) {
		result.issues().forEach((file, issues) -> issues.stream().filter(i -> i.getSeverity() == Severity.ERROR)
				.findFirst().ifPresent(i -> {
					throw new IllegalStateException(file + ":" + i.getLineNumber() + ": " + i.getMessage());
				}));
	}

	/** {@link CorpusGenerator}'s library with its actor lists joined into one file that every case uses. */
	static void library(Path folder, int cases) throws IOException {
		CorpusGenerator.write(folder, cases, 0, 17);
		StringBuilder shared = new StringBuilder();
		for (Path list : modelFiles(folder)) {
			if (list.getFileName().toString().endsWith(".actors")) {
				shared.append(Files.readString(list, StandardCharsets.UTF_8)).append('\n');
				Files.delete(list);
			}
		}
		Files.writeString(folder.resolve("actors.actors"), shared, StandardCharsets.UTF_8);
	}

	private static List<Path> modelFiles(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(ModelWorkspace::isModelFile).sorted().toList();
		}
	}

	private static void delete(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
