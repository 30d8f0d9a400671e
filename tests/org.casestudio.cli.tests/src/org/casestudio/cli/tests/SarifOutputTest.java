package org.casestudio.cli.tests;

import static org.casestudio.cli.tests.Seeds.attapeu;
import static org.casestudio.cli.tests.Seeds.copyOfAttapeu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.casestudio.cli.CommandLine;
import org.casestudio.dsl.headless.FileProblems;
import org.casestudio.dsl.headless.Rules;
import org.casestudio.dsl.validation.IssueCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code validate --format sarif}: the log's results and rules on the seed and on a broken copy of
 * it, checked against the SARIF 2.1.0 schema by Ajv (tools/validate-sarif.mjs).
 */
class SarifOutputTest {

	private static final Path CWD = Path.of("").toAbsolutePath();

	/** A folder under the working folder, so that the log names its files relative to it. */
	private Path work;

	@AfterEach
	void deleteWork() throws IOException {
		if (work != null) {
			try (Stream<Path> walk = Files.walk(work)) {
				for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(p);
				}
			}
		}
	}

	private record Run(int exitCode, JsonObject log, String out, String err) {
		JsonObject run() {
			return log.getAsJsonArray("runs").get(0).getAsJsonObject();
		}

		JsonArray results() {
			return run().getAsJsonArray("results");
		}

		JsonArray rules() {
			return run().getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules");
		}

		/** The results of this rule, in the log's order. */
		List<JsonObject> results(String ruleId) {
			List<JsonObject> found = new ArrayList<>();
			for (JsonElement r : results()) {
				if (ruleId.equals(string(r.getAsJsonObject(), "ruleId"))) {
					found.add(r.getAsJsonObject());
				}
			}
			return found;
		}

		/** The one result of this rule. */
		JsonObject result(String ruleId) {
			List<JsonObject> found = results(ruleId);
			assertEquals(1, found.size(), () -> ruleId + " in " + out);
			return found.get(0);
		}
	}

	private static Run sarif(String... paths) {
		List<String> args = new ArrayList<>(List.of("validate", "--format", "sarif"));
		args.addAll(List.of(paths));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).run(args.toArray(String[]::new));
		String text = out.toString(StandardCharsets.UTF_8);
		return new Run(code, JsonParser.parseString(text).getAsJsonObject(), text, err.toString(StandardCharsets.UTF_8));
	}


	/** The seed's one result is the warning that the coffee PPP's partners are not documented. */
	@Test
	void cleanSeedIsAValidLogWithOnlyTheUndocumentedPartnersWarning() throws Exception {
		Run run = sarif(attapeu().toString());
		assertEquals(CommandLine.OK, run.exitCode(), run.err());
		assertEquals("2.1.0", run.log().get("version").getAsString());
		assertEquals(1, run.results().size(), run.out());
		assertEquals("warning", run.result(IssueCodes.UNDOCUMENTED_PARTNERS).get("level").getAsString());
		JsonObject driver = run.run().getAsJsonObject("tool").getAsJsonObject("driver");
		assertEquals("Case Studio", driver.get("name").getAsString());
		assertEquals(FrameworkUtil.getBundle(CommandLine.class).getVersion().toString(), driver.get("version").getAsString());

		// Every rule that can be reported, each with its help, in the order of the classes of codes.
		List<String> codes = new ArrayList<>(Rules.codes(IssueCodes.class));
		codes.addAll(Rules.codes(FileProblems.class));
		List<String> ids = new ArrayList<>();
		for (JsonElement element : run.rules()) {
			JsonObject rule = element.getAsJsonObject();
			ids.add(rule.get("id").getAsString());
			assertFalse(rule.getAsJsonObject("shortDescription").get("text").getAsString().isBlank(), rule.toString());
			assertFalse(rule.getAsJsonObject("help").get("text").getAsString().isBlank(), rule.toString());
		}
		assertEquals(codes, ids);
		assertTrue(ids.containsAll(List.of(IssueCodes.UNRESOLVED_REFERENCE, FileProblems.SYNTAX, IssueCodes.CASE_WITHOUT_LESSON)));
		assertSchemaValid(run.out());
	}

	@Test
	void brokenCopyGivesLocatedResultsWithRelativeUris() throws Exception {
		work = Files.createTempDirectory(CWD, "sarif");
		Path route = copyOfAttapeu(work);
		Path dyes = route.resolve("cases/natural-dyes.case");
		String dyesText = Files.readString(dyes).replace("host natural_dyes_group", "host natural_dye_group");
		Files.writeString(dyes, dyesText);
		Path asparagus = route.resolve("cases/asparagus.case");
		String asparagusText = Files.readString(asparagus).replaceFirst("\n\tsource", "\n\tcolour \"green\"\n\tsource");
		Files.writeString(asparagus, asparagusText);
		Path coffee = route.resolve("cases/coffee.case");
		Files.writeString(coffee, Files.readString(coffee).replaceAll("(?m)^\\s*lesson .*\\n", ""));

		Run run = sarif(route.toString());
		assertEquals(CommandLine.FINDINGS, run.exitCode(), run.err());
		assertSchemaValid(run.out());
		String folder = String.join("/", names(CWD.relativize(route)));

		JsonObject unresolved = run.result(IssueCodes.UNRESOLVED_REFERENCE);
		assertEquals("error", unresolved.get("level").getAsString());
		assertTrue(unresolved.getAsJsonObject("message").get("text").getAsString().contains("natural_dye_group"));
		assertLocation(unresolved, folder + "/cases/natural-dyes.case", lineOf(dyesText, "\thost natural_dye_group"),
				"\thost ".length() + 1);

		JsonObject syntax = run.result(FileProblems.SYNTAX);
		assertEquals("error", syntax.get("level").getAsString());
		assertTrue(syntax.getAsJsonObject("message").get("text").getAsString().startsWith("'colour' is not understood here"),
				syntax.toString());
		assertLocation(syntax, folder + "/cases/asparagus.case", lineOf(asparagusText, "\tcolour"), 2);

		JsonObject lessons = run.result(IssueCodes.CASE_WITHOUT_LESSON);
		assertEquals("warning", lessons.get("level").getAsString());
		assertLocation(lessons, folder + "/attapeu.route", 14, 33);

		// The rules cover every result, and each result's index points at its own rule.
		Set<String> ids = new HashSet<>();
		for (JsonElement r : run.rules()) {
			ids.add(r.getAsJsonObject().get("id").getAsString());
		}
		for (JsonElement element : run.results()) {
			JsonObject result = element.getAsJsonObject();
			String ruleId = string(result, "ruleId");
			assertTrue(ids.contains(ruleId), ruleId);
			assertEquals(ruleId, run.rules().get(result.get("ruleIndex").getAsInt()).getAsJsonObject().get("id").getAsString());
		}
		JsonObject base = run.run().getAsJsonObject("originalUriBaseIds").getAsJsonObject("SRCROOT");
		assertEquals(CWD.toUri(), Path.of(java.net.URI.create(base.get("uri").getAsString())).toUri());
		assertTrue(base.get("uri").getAsString().endsWith("/"), base.toString());
	}

	@Test
	void wholeFileProblemHasNoRegion() throws Exception {
		work = Files.createTempDirectory(CWD, "sarif");
		Path missing = work.resolve("missing.case");
		Run run = sarif(missing.toString());
		assertEquals(CommandLine.USAGE_OR_IO, run.exitCode(), run.out());
		assertSchemaValid(run.out());
		JsonObject notFound = run.result(FileProblems.NOT_FOUND);
		assertEquals("error", notFound.get("level").getAsString());
		JsonObject physical = physical(notFound);
		assertFalse(physical.has("region"), physical.toString());
		assertEquals(String.join("/", names(CWD.relativize(missing))), physical.getAsJsonObject("artifactLocation").get("uri").getAsString());
	}

	@Test
	void everyCodeHasItsHelpAndEveryHelpItsCode() {
		for (Class<?> holder : Rules.CODE_CLASSES) {
			List<String> codes = Rules.codes(holder);
			assertFalse(codes.isEmpty(), holder.getName());
			Set<String> keys = new HashSet<>(Rules.texts(holder).keySet());
			for (String code : codes) {
				for (String key : List.of(code + ".short", code + ".help")) {
					assertTrue(keys.remove(key), () -> holder.getSimpleName() + " rules.properties lacks " + key);
				}
			}
			assertEquals(Set.of(), keys, "keys of no code in " + holder.getSimpleName() + " rules.properties");
		}
		assertTrue(Rules.codes(IssueCodes.class).contains(IssueCodes.PRACTICE_NOT_IN_CASE));
		assertFalse(Rules.codes(IssueCodes.class).contains("casestudio."), "the prefix is not a code");
		Rules.all().forEach(rule -> {
			assertNotNull(rule.shortDescription(), rule.code());
			assertNotNull(rule.help(), rule.code());
		});
	}

	@Test
	void theSchemaCheckRejectsALogThatBreaksIt() throws Exception {
		// The control of the checks above: the same validator on a log with a level SARIF does not have.
		Run run = sarif(attapeu().resolve("no-such-file.case").toString());
		JsonObject result = run.results().get(0).getAsJsonObject();
		result.addProperty("level", "fatal");
		JsonObject report = schemaCheck(run.log().toString());
		assertFalse(report.get("valid").getAsBoolean(), report.toString());
		assertEquals("/runs/0/results/0/level", report.getAsJsonArray("errors").get(0).getAsJsonObject().get("instancePath")
				.getAsString(), report.toString());
	}

	private static void assertLocation(JsonObject result, String uri, int line, int column) {
		JsonObject physical = physical(result);
		JsonObject artifact = physical.getAsJsonObject("artifactLocation");
		assertEquals(uri, artifact.get("uri").getAsString(), result.toString());
		assertEquals("SRCROOT", artifact.get("uriBaseId").getAsString());
		JsonObject region = physical.getAsJsonObject("region");
		assertEquals(line, region.get("startLine").getAsInt(), result.toString());
		assertEquals(column, region.get("startColumn").getAsInt(), result.toString());
	}

	private static JsonObject physical(JsonObject result) {
		JsonArray locations = result.getAsJsonArray("locations");
		assertEquals(1, locations.size(), result.toString());
		return locations.get(0).getAsJsonObject().getAsJsonObject("physicalLocation");
	}

	private static void assertSchemaValid(String log) throws IOException, InterruptedException {
		JsonObject report = schemaCheck(log);
		assertTrue(report.get("valid").getAsBoolean(), () -> "not SARIF 2.1.0: " + report + "\n" + log);
	}

	/** What tools/validate-sarif.mjs (Ajv, draft-04) says of a log against the SARIF 2.1.0 schema. */
	private static JsonObject schemaCheck(String log) throws IOException, InterruptedException {
		Path tools = Path.of(System.getProperty("casestudio.tools", "tools")).toAbsolutePath();
		Path schema = Path.of(System.getProperty("casestudio.testResources", "resources"))
				.resolve("sarif/sarif-schema-2.1.0.json").toAbsolutePath();
		Path file = Files.createTempFile("casestudio", ".sarif");
		Path out = Files.createTempFile("ajv", ".out");
		Path err = Files.createTempFile("ajv", ".err");
		try {
			Files.writeString(file, log);
			Process process = new ProcessBuilder("node", tools.resolve("validate-sarif.mjs").toString(), schema.toString(),
					file.toString()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new AssertionError("validate-sarif.mjs did not finish within 60 s");
			}
			assertEquals(0, process.exitValue(), () -> "validate-sarif.mjs could not run: " + read(err));
			return JsonParser.parseString(Files.readString(out)).getAsJsonObject();
		} finally {
			Files.deleteIfExists(file);
			Files.deleteIfExists(out);
			Files.deleteIfExists(err);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			return e.toString();
		}
	}

	private static String string(JsonObject object, String member) {
		return object.has(member) ? object.get(member).getAsString() : null;
	}

	private static List<String> names(Path relative) {
		List<String> names = new ArrayList<>();
		relative.forEach(name -> names.add(name.toString()));
		return names;
	}


	private static int lineOf(String text, String line) {
		return text.substring(0, text.indexOf(line)).split("\n", -1).length;
	}
}
