package org.casestudio.cli.tests;

import static org.casestudio.cli.tests.Seeds.copyOfAttapeu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.casestudio.cli.LanguageServer;
import org.casestudio.dsl.validation.IssueCodes;
import org.eclipse.core.runtime.FileLocator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code casestudio language-server} in a process of its own, driven by an editor's side of the
 * protocol that no one here wrote: tools/lsp-driver.mjs on the npm packages vscode-jsonrpc and
 * vscode-languageserver-protocol. The driver opens the seed route, breaks and repairs it, asks for
 * every feature, shuts the server down and reports the answers, which this test checks. The server
 * runs on a plain class path of the bundles of this test's framework, as ./casestudio runs it.
 */
class LanguageServerTest {

	private static final long TIMEOUT_SECONDS = 180;

	@TempDir
	Path dir;

	private static List<String> server;

	@BeforeAll
	static void serverCommand() {
		Set<String> classPath = new LinkedHashSet<>();
		for (Bundle bundle : FrameworkUtil.getBundle(LanguageServerTest.class).getBundleContext().getBundles()) {
			File location = FileLocator.getBundleFileLocation(bundle).orElse(null);
			if (location == null) {
				continue;
			}
			// A bundle of this build may run from its folder, with its classes in target/classes.
			File classes = new File(location, "target/classes");
			if (classes.isDirectory()) {
				classPath.add(classes.getPath());
			}
			classPath.add(location.getPath());
		}
		server = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				String.join(File.pathSeparator, classPath), "org.casestudio.cli.Main", LanguageServer.COMMAND);
	}

	private record Result(int exitCode, String out, String err) {
	}

	private static Result run(List<String> command, boolean closeInput) throws IOException, InterruptedException {
		Path out = Files.createTempFile("lsp", ".out");
		Path err = Files.createTempFile("lsp", ".err");
		try {
			ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
			Process process = builder.start();
			if (closeInput) {
				process.getOutputStream().close();
			}
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new AssertionError(command.get(0) + " did not finish within " + TIMEOUT_SECONDS + " s: " + Files.readString(err));
			}
			return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
		} finally {
			Files.deleteIfExists(out);
			Files.deleteIfExists(err);
		}
	}

	/**
	 * What the driver reports of a session with the server on a workspace folder that holds a copy of
	 * the seed route and, in a folder of its own, a second copy: two folder trees that declare the
	 * same ids, each of which must resolve within itself only, as on the command line.
	 */
	private JsonObject session() throws IOException, InterruptedException {
		copyOfAttapeu(dir);
		copyOfAttapeu(Files.createDirectories(dir.resolve("second")));
		Path tools = Path.of(System.getProperty("casestudio.tools", "tools")).toAbsolutePath();
		List<String> command = new ArrayList<>(List.of("node", tools.resolve("lsp-driver.mjs").toString(), "session",
				dir.toString(), "attapeu/attapeu.route", "--"));
		command.addAll(server);
		Result result = run(command, true);
		assertEquals(0, result.exitCode(), () -> "the driver could not finish: " + result.out() + result.err());
		JsonObject report = JsonParser.parseString(result.out()).getAsJsonObject();
		assertEquals(0, report.getAsJsonArray("problems").size(), report::toString);
		return report;
	}

	@Test
	void anEditorGetsEveryFeatureOnTheSeed() throws Exception {
		JsonObject report = session();
		JsonObject steps = report.getAsJsonObject("steps");
		String folder = report.get("folder").getAsString() + "/attapeu";
		String actorsUri = folder + "/actors.actors";

		Set<String> capabilities = strings(steps.getAsJsonObject("initialize").getAsJsonArray("capabilities"));
		assertTrue(capabilities.containsAll(List.of("textDocumentSync", "completionProvider", "definitionProvider",
				"referencesProvider", "hoverProvider", "documentSymbolProvider", "documentFormattingProvider",
				"renameProvider", "codeActionProvider", "semanticTokensProvider")), capabilities::toString);

		// The seed is clean, its ids declared once in its own tree; every file was checked, the closed ones too.
		assertEquals(0, errors(steps.getAsJsonObject("open").getAsJsonArray("diagnostics")).size(), steps::toString);
		assertTrue(strings(steps.getAsJsonObject("open").getAsJsonArray("filesWithDiagnostics")).contains(actorsUri),
				steps::toString);
		// Both trees declare the same ids; neither sees the other's, so no file has an error.
		JsonObject errorsByFile = steps.getAsJsonObject("open").getAsJsonObject("errorsByFile");
		String second = report.get("folder").getAsString() + "/second/attapeu/actors.actors";
		assertTrue(errorsByFile.has(second), errorsByFile::toString);
		errorsByFile.entrySet().forEach(file -> assertEquals(0, file.getValue().getAsInt(), errorsByFile::toString));

		// Broken: the organiser's id names no actor, at its place in the file.
		List<JsonObject> broken = errors(steps.getAsJsonObject("broken").getAsJsonArray("diagnostics"));
		assertEquals(1, broken.size(), broken::toString);
		JsonObject error = broken.get(0);
		assertEquals(IssueCodes.UNRESOLVED_REFERENCE, error.get("code").getAsString());
		assertTrue(error.get("message").getAsString().contains("'procasurr'"), error::toString);
		assertRange(error.getAsJsonObject("range"), 10, 14, 10, 23);

		// Its quick fix proposes the declared id, and applying it gives the seed back.
		List<String> titles = new ArrayList<>();
		for (JsonElement action : steps.getAsJsonArray("codeActions")) {
			titles.add(action.getAsJsonObject().get("title").getAsString());
			assertEquals("quickfix", action.getAsJsonObject().get("kind").getAsString());
		}
		assertEquals("Change to 'procasur'", titles.get(0), titles::toString);
		assertTrue(steps.getAsJsonObject("codeActionApplied").get("restoresTheFile").getAsBoolean());
		assertEquals(0, errors(steps.getAsJsonObject("repaired").getAsJsonArray("diagnostics")).size());

		// Completion where the host programme's id goes: the actors of the folder tree.
		Set<String> labels = strings(steps.getAsJsonObject("completion").getAsJsonArray("labels"));
		assertTrue(labels.containsAll(List.of("rlip", "procasur", "natural_dyes_group")), labels::toString);

		// Definition: the organiser's declaration in the actors' file.
		JsonArray definition = steps.getAsJsonArray("definition");
		assertEquals(1, definition.size(), definition::toString);
		assertEquals(actorsUri, definition.get(0).getAsJsonObject().get("uri").getAsString());
		assertRange(definition.get(0).getAsJsonObject().getAsJsonObject("range"), 4, 13, 4, 21);

		// References of the programme: its declaration in the actor list and its uses in the route
		// (the seed's cases name no programme as a partner), none from the other copy of the seed.
		Set<String> references = new TreeSet<>();
		for (JsonElement location : steps.getAsJsonArray("references")) {
			JsonObject l = location.getAsJsonObject();
			references.add(l.get("uri").getAsString().substring(folder.length() + 1) + ":"
					+ l.getAsJsonObject("range").getAsJsonObject("start").get("line").getAsInt());
		}
		assertEquals(Set.of("actors.actors:8", "attapeu.route:11", "attapeu.route:12"), references);

		// Hover: the organiser's name, kind, id and where it is declared, as Markdown.
		JsonObject hover = steps.getAsJsonObject("hover").getAsJsonObject("contents");
		assertEquals("markdown", hover.get("kind").getAsString());
		assertTrue(hover.get("value").getAsString().startsWith("**PROCASUR**"), hover::toString);
		assertTrue(hover.get("value").getAsString().contains("organisation `procasur`"), hover::toString);
		assertTrue(hover.get("value").getAsString().contains("actors.actors, line 5"), hover::toString);
		// A change to the actor list, open beside the route, reaches the route's references.
		JsonObject retitled = steps.getAsJsonObject("hoverAfterOtherFileChanged");
		assertTrue(retitled.get("changed").getAsString().startsWith("**PROCASUR Laos**"), retitled::toString);
		assertTrue(retitled.get("undone").getAsString().startsWith("**PROCASUR**"), retitled::toString);
		assertFalse(retitled.get("undone").getAsString().contains("Laos"), retitled::toString);

		JsonObject symbol = steps.getAsJsonArray("documentSymbols").get(0).getAsJsonObject();
		assertEquals("attapeu", symbol.get("name").getAsString());
		assertEquals(3, symbol.getAsJsonObject("range").getAsJsonObject("start").get("line").getAsInt());

		// Formatting lays a spoilt file out as it was.
		JsonObject formatting = steps.getAsJsonObject("formatting");
		assertTrue(formatting.get("edits").getAsInt() > 0, formatting::toString);
		assertTrue(formatting.get("restoresTheLayout").getAsBoolean(), formatting::toString);

		// Rename: the id and its uses, across files (PROCASUR organises the route and wrote the
		// announcement that every file cites); a name that is no id changes nothing, with a message.
		JsonObject rename = steps.getAsJsonObject("rename");
		assertEquals("procasur", rename.getAsJsonObject("prepared").get("placeholder").getAsString());
		JsonObject files = rename.getAsJsonObject("files");
		Map<String, Integer> editsPerFile = new TreeMap<>();
		for (String file : files.keySet()) {
			JsonArray edits = files.getAsJsonArray(file);
			editsPerFile.put(file.substring(folder.length() + 1), edits.size());
			for (JsonElement edit : edits) {
				assertEquals("procasur_lao", edit.getAsJsonObject().get("newText").getAsString());
			}
		}
		assertEquals(Map.of("actors.actors", 5, "attapeu.route", 3, "cases/asparagus.case", 2, "cases/coffee.case", 2,
				"cases/natural-dyes.case", 1), editsPerFile);
		// The declaration is among the actor list's edits, at the id.
		JsonObject declaration = null;
		for (JsonElement edit : files.getAsJsonArray(actorsUri)) {
			JsonObject range = edit.getAsJsonObject().getAsJsonObject("range");
			if (range.getAsJsonObject("start").get("line").getAsInt() == 4) {
				declaration = range;
			}
		}
		assertTrue(declaration != null, files::toString);
		assertRange(declaration, 4, 13, 4, 21);
		JsonObject invalid = rename.getAsJsonObject("invalidName");
		assertEquals(0, invalid.get("changes").getAsInt());
		assertTrue(invalid.getAsJsonArray("messages").get(0).getAsJsonObject().get("message").getAsString()
				.startsWith("An id starts with a letter"), invalid::toString);

		// Semantic tokens, in the legend's standard types: keywords, strings, numbers and dates,
		// comments, and ids where they are declared and where they are used.
		Set<String> tokens = new LinkedHashSet<>();
		for (JsonElement t : steps.getAsJsonObject("semanticTokens").getAsJsonArray("tokens")) {
			JsonObject token = t.getAsJsonObject();
			tokens.add(token.get("line").getAsInt() + ":" + token.get("text").getAsString() + ":"
					+ token.get("type").getAsString() + strings(token.getAsJsonArray("modifiers")));
		}
		assertTrue(tokens.containsAll(List.of("3:route:keyword[]", "3:attapeu:variable[declaration]",
				"3:\"Pro-Rural Poor Public and Private Partnership in Lao PDR\":string[]", "9:2013-02-25:number[]",
				"10:procasur:variable[]", "13:natural_dyes:variable[]")), tokens::toString);
		assertTrue(tokens.stream().anyMatch(t -> t.startsWith("0:// The Learning Route") && t.endsWith(":comment[]")),
				tokens::toString);

		// A folder tree made while the server ran is checked as a tree of its own: the route alone,
		// whose actors and cases are in no file of its tree (nor taken from the other trees).
		List<JsonObject> alone = errors(steps.getAsJsonObject("newFolderTree").getAsJsonArray("errors"));
		assertFalse(alone.isEmpty(), steps.getAsJsonObject("newFolderTree")::toString);
		assertTrue(alone.stream().anyMatch(e -> e.get("message").getAsString().contains("'procasur'")), alone::toString);
		alone.forEach(e -> assertEquals(IssueCodes.UNRESOLVED_REFERENCE, e.get("code").getAsString(), alone::toString));

		// Shut down and exited as the protocol asks: exit code 0.
		assertEquals(0, report.get("exitCode").getAsInt(), report::toString);
		for (JsonElement line : report.getAsJsonArray("serverStderr")) {
			assertFalse(line.getAsString().contains("Exception"), report::toString);
		}
	}

	@Test
	void aClientThatLeavesWithoutShuttingDownGetsExitCodeOne() throws Exception {
		Result result = run(server, true);
		assertEquals(1, result.exitCode(), result::toString);
		assertEquals("", result.out());
	}

	@Test
	void anUnknownOptionIsAUsageErrorOnTheErrorStream() throws Exception {
		List<String> command = new ArrayList<>(server);
		command.add("--socket");
		Result result = run(command, true);
		assertEquals(2, result.exitCode(), result::toString);
		assertEquals("", result.out());
		assertTrue(result.err().startsWith("casestudio: unknown option '--socket'."), result::toString);
	}

	private static void assertRange(JsonObject range, int startLine, int startCharacter, int endLine, int endCharacter) {
		assertEquals(List.of(startLine, startCharacter, endLine, endCharacter),
				List.of(range.getAsJsonObject("start").get("line").getAsInt(),
						range.getAsJsonObject("start").get("character").getAsInt(),
						range.getAsJsonObject("end").get("line").getAsInt(),
						range.getAsJsonObject("end").get("character").getAsInt()),
				range::toString);
	}

	private static List<JsonObject> errors(JsonArray diagnostics) {
		List<JsonObject> errors = new ArrayList<>();
		for (JsonElement d : diagnostics) {
			if (d.getAsJsonObject().get("severity").getAsInt() == 1) {
				errors.add(d.getAsJsonObject());
			}
		}
		return errors;
	}

	private static Set<String> strings(JsonArray array) {
		Set<String> strings = new LinkedHashSet<>();
		array.forEach(e -> strings.add(e.getAsString()));
		return strings;
	}
}
