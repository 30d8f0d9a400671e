package org.casestudio.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.casestudio.dsl.CaseStudioStandaloneSetup;
import org.casestudio.model.problems.Problem;
import org.casestudio.dsl.headless.ModelWorkspace;
import org.casestudio.export.ExportException;
import org.casestudio.export.ExportFormat;
import org.casestudio.export.ExportPipeline;
import org.casestudio.export.ExporterRegistry;
import org.casestudio.export.PreparedPack;
import org.casestudio.export.TrainingPackExport;
import org.casestudio.export.pack.PackBuilder;
import org.casestudio.export.pack.TextSource;
import org.casestudio.export.pack.TrainingPack;
import org.casestudio.model.LearningRoute;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/** Routes to export, and the real tools that check what an export wrote. */
final class Fixtures {

	private Fixtures() {
	}

	static Path seed() {
		return Path.of(System.getProperty("casestudio.seeds", "../../seeds")).resolve("attapeu").toAbsolutePath();
	}

	static Path route(String name) {
		return Path.of(System.getProperty("casestudio.testResources", "resources")).resolve("routes").resolve(name)
				.toAbsolutePath();
	}

	/** A folder under the build output that the tests leave behind for a person to look at. */
	static Path exports(String name) throws IOException {
		Path folder = Path.of(System.getProperty("casestudio.exports", "target/exports")).resolve(name).toAbsolutePath();
		Files.createDirectories(folder);
		return folder;
	}

	/** The route of a folder, after checking that the folder validates clean. */
	static LearningRoute load(Path folder) {
		ModelWorkspace workspace = ModelWorkspace.load(CaseStudioStandaloneSetup.injector(), List.of(folder));
		List<Problem> findings = new ArrayList<>(workspace.fileProblems());
		findings.addAll(workspace.validate(CancelIndicator.NullImpl));
		assertTrue(findings.stream().noneMatch(f -> f.severity() == Problem.Severity.ERROR), () -> findings.toString());
		return workspace.routes().stream().findFirst().orElseThrow();
	}

	/**
	 * The route of a folder prepared for export as the command line and the wizard do: the findings
	 * of its whole folder tree, the places of its elements from the loaded files.
	 */
	static PreparedPack prepare(Path folder, List<ExportFormat> formats) {
		ModelWorkspace workspace = ModelWorkspace.load(CaseStudioStandaloneSetup.injector(), List.of(folder));
		List<Problem> findings = new ArrayList<>(workspace.fileProblems());
		findings.addAll(workspace.validateAll(CancelIndicator.NullImpl));
		return ExportPipeline.prepare(workspace.routes().stream().findFirst().orElseThrow(), findings, formats,
				workspace::place, new NullProgressMonitor());
	}

	/** As {@link #prepare(Path, List)}, the pack in {@code language} with the texts of {@code texts}. */
	static PreparedPack prepare(Path folder, List<ExportFormat> formats, TextSource texts, String language,
			List<String> alongside) {
		ModelWorkspace workspace = ModelWorkspace.load(CaseStudioStandaloneSetup.injector(), List.of(folder));
		List<Problem> findings = new ArrayList<>(workspace.fileProblems());
		findings.addAll(workspace.validateAll(CancelIndicator.NullImpl));
		return ExportPipeline.prepare(workspace.routes().stream().findFirst().orElseThrow(), findings, formats,
				workspace::place, texts, language, alongside, new NullProgressMonitor());
	}

	static TrainingPack pack(Path folder) {
		return PackBuilder.build(load(folder));
	}

	static List<ExportFormat> formats(String... ids) {
		ExporterRegistry registry = ExporterRegistry.getDefault();
		return Stream.of(ids).map(id -> registry.format(id).orElseThrow(() -> new AssertionError("no format " + id)))
				.toList();
	}

	static TrainingPackExport.Result export(Path routeFolder, Path out, String... formats) throws ExportException {
		return new TrainingPackExport(pack(routeFolder), routeFolder, Map.of()).run(formats(formats), out,
				new NullProgressMonitor());
	}

	/** Runs one of the Node.js tools in tools/ and returns the JSON it printed. */
	static JsonElement node(String script, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("node", tools().resolve(script).toString()));
		command.addAll(List.of(args));
		Result result = run(command, 180);
		assertEquals(0, result.exit(), () -> script + " could not run: " + result.err());
		return JsonParser.parseString(result.out());
	}

	/** The Nu HTML Checker's errors for these files (its JSON messages of type "error"). */
	static List<String> nuErrors(List<Path> files) throws IOException, InterruptedException {
		Result jar = run(List.of("node", tools().resolve("vnu-path.mjs").toString()), 60);
		assertEquals(0, jar.exit(), jar.err());
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", jar.out().strip(), "--errors-only", "--format", "json"));
		files.forEach(f -> command.add(f.toString()));
		Result result = run(command, 300);
		// The checker prints its JSON report on stderr.
		List<String> errors = new ArrayList<>();
		for (JsonElement message : JsonParser.parseString(result.err()).getAsJsonObject().getAsJsonArray("messages")) {
			var m = message.getAsJsonObject();
			if ("error".equals(m.get("type").getAsString()) || m.has("subType") && "fatal".equals(m.get("subType").getAsString())) {
				errors.add(m.get("url").getAsString().replaceAll(".*/", "") + ":" + (m.has("lastLine") ? m.get("lastLine") : "")
						+ ": " + m.get("message").getAsString());
			}
		}
		return errors;
	}

	static List<Path> htmlFiles(Path site) throws IOException {
		try (Stream<Path> walk = Files.walk(site)) {
			return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
		}
	}

	static Path tools() {
		return Path.of(System.getProperty("casestudio.tools", "tools")).toAbsolutePath();
	}

	record Result(int exit, String out, String err) {
	}

	static Result run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
		Path out = Files.createTempFile("tool", ".out");
		Path err = Files.createTempFile("tool", ".err");
		try {
			Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
			if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new AssertionError(command.get(1) + " did not finish within " + timeoutSeconds + " s");
			}
			return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
					Files.readString(err, StandardCharsets.UTF_8));
		} finally {
			Files.deleteIfExists(out);
			Files.deleteIfExists(err);
		}
	}
}
