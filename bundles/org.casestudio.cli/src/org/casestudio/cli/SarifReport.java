package org.casestudio.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.casestudio.dsl.headless.Rules;
import org.casestudio.dsl.headless.Rules.Rule;
import org.casestudio.model.problems.Problem;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Problems as a SARIF 2.1.0 log, the format code-scanning services read: one run whose tool lists
 * every rule validation can report, with its help ({@link Rules}), and one result per problem. A
 * file under the working folder is named relative to it, against the base id {@value #BASE_ID}.
 */
final class SarifReport {

	static final String VERSION = "2.1.0";
	static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
	static final String TOOL_NAME = "Case Studio";
	/** The base id that code-scanning services and SARIF viewers resolve against the checked-out sources. */
	static final String BASE_ID = "SRCROOT";

	private final List<Problem> problems;
	private final Path base;

	SarifReport(List<Problem> problems, Path base) {
		this.problems = problems;
		this.base = base.toAbsolutePath().normalize();
	}

	void print(PrintStream out) {
		out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(log()));
	}

	JsonObject log() {
		Map<String, Integer> ruleIndex = new LinkedHashMap<>();
		JsonArray rules = new JsonArray();
		for (Rule rule : Rules.all()) {
			ruleIndex.put(rule.code(), rules.size());
			rules.add(rule(rule.code(), rule.shortDescription(), rule.help()));
		}
		JsonArray results = new JsonArray();
		for (Problem problem : problems) {
			String code = problem.code();
			if (code != null && !ruleIndex.containsKey(code)) {
				// A code that no class of codes declares still gets a rule, so that the log stays whole.
				ruleIndex.put(code, rules.size());
				rules.add(rule(code, null, null));
			}
			results.add(result(problem, code == null ? null : ruleIndex.get(code)));
		}

		JsonObject driver = new JsonObject();
		driver.addProperty("name", TOOL_NAME);
		String version = toolVersion();
		if (version != null) {
			driver.addProperty("version", version);
		}
		driver.add("rules", rules);
		JsonObject tool = new JsonObject();
		tool.add("driver", driver);

		JsonObject root = new JsonObject();
		root.addProperty("uri", base.toUri().toASCIIString().replaceFirst("/?$", "/"));
		JsonObject baseIds = new JsonObject();
		baseIds.add(BASE_ID, root);

		JsonObject run = new JsonObject();
		run.add("tool", tool);
		run.add("originalUriBaseIds", baseIds);
		// Columns are counted in Java characters, which are UTF-16 code units.
		run.addProperty("columnKind", "utf16CodeUnits");
		run.add("results", results);
		JsonArray runs = new JsonArray();
		runs.add(run);

		JsonObject log = new JsonObject();
		log.addProperty("$schema", SCHEMA);
		log.addProperty("version", VERSION);
		log.add("runs", runs);
		return log;
	}

	private static JsonObject rule(String code, String shortDescription, String help) {
		JsonObject rule = new JsonObject();
		rule.addProperty("id", code);
		if (shortDescription != null) {
			rule.add("shortDescription", text(shortDescription));
		}
		if (help != null) {
			rule.add("help", text(help));
		}
		return rule;
	}

	private JsonObject result(Problem problem, Integer ruleIndex) {
		JsonObject result = new JsonObject();
		if (ruleIndex != null) {
			result.addProperty("ruleId", problem.code());
			result.addProperty("ruleIndex", ruleIndex);
		}
		result.addProperty("level", level(problem.severity()));
		result.add("message", text(problem.message() == null ? "" : problem.message()));
		if (problem.file() != null) {
			JsonObject physical = new JsonObject();
			physical.add("artifactLocation", artifact(problem.file()));
			// Line 0 is a problem with the file as a whole: no region.
			if (problem.line() > 0) {
				JsonObject region = new JsonObject();
				region.addProperty("startLine", problem.line());
				region.addProperty("startColumn", Math.max(1, problem.column()));
				physical.add("region", region);
			}
			JsonObject location = new JsonObject();
			location.add("physicalLocation", physical);
			JsonArray locations = new JsonArray();
			locations.add(location);
			result.add("locations", locations);
		}
		return result;
	}

	static String level(Problem.Severity severity) {
		return switch (severity) {
		case ERROR -> "error";
		case WARNING -> "warning";
		case INFO -> "note";
		};
	}

	/** A file under the working folder as a relative URI against {@value #BASE_ID}; any other as a file URI. */
	private JsonObject artifact(Path file) {
		JsonObject artifact = new JsonObject();
		Path absolute = file.toAbsolutePath().normalize();
		if (absolute.startsWith(base) && !absolute.equals(base)) {
			List<String> names = new ArrayList<>();
			base.relativize(absolute).forEach(name -> names.add(name.toString()));
			String path = String.join("/", names);
			// A colon in the first name would read as a URI scheme.
			if (names.get(0).contains(":")) {
				path = "./" + path;
			}
			try {
				artifact.addProperty("uri", new URI(null, null, path, null).toASCIIString());
				artifact.addProperty("uriBaseId", BASE_ID);
				return artifact;
			} catch (URISyntaxException e) {
				// Cannot happen for a path without scheme; the absolute URI below is right as well.
			}
		}
		artifact.addProperty("uri", absolute.toUri().toASCIIString());
		return artifact;
	}

	private static JsonObject text(String text) {
		JsonObject message = new JsonObject();
		message.addProperty("text", text);
		return message;
	}

	/**
	 * The version of this bundle: from OSGi when it runs there, else from the manifest of the jar
	 * this class was loaded from (./casestudio runs the bundles on a plain class path); null when
	 * neither can tell.
	 */
	static String toolVersion() {
		Bundle bundle = FrameworkUtil.getBundle(SarifReport.class);
		if (bundle != null) {
			return bundle.getVersion().toString();
		}
		try {
			Path source = Path.of(SarifReport.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			Manifest manifest;
			if (Files.isDirectory(source)) {
				try (InputStream in = Files.newInputStream(source.resolve("META-INF/MANIFEST.MF"))) {
					manifest = new Manifest(in);
				}
			} else {
				try (JarFile jar = new JarFile(source.toFile())) {
					manifest = jar.getManifest();
				}
			}
			return manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-Version");
		} catch (IOException | URISyntaxException | RuntimeException e) {
			// The version is optional in SARIF: a log without it is still whole.
			return null;
		}
	}
}
