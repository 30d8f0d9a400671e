package org.casestudio.cli.tests;

import static org.casestudio.cli.tests.Seeds.attapeu;
import static org.casestudio.cli.tests.Seeds.copyOfAttapeu;
import static org.casestudio.cli.tests.Seeds.multilingual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.casestudio.cli.CommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The validate command's output and exit codes, on clean, broken and unreadable input. */
class CommandLineTest {

	private static final Pattern FINDING = Pattern
			.compile("^(?<file>[^:]+):(?<line>\\d+):(?<column>\\d+): (?<severity>error|warning): (?<message>.+) \\[(?<code>[\\w.]+)\\]$");


	/** What one run printed, and its exit code. */
	private record Run(int exitCode, String out, String err) {
		List<String> lines() {
			return out.lines().toList();
		}

		void assertNoStackTrace() {
			for (String text : List.of(out, err)) {
				assertFalse(text.contains("\tat ") || text.contains("Exception:"), text);
			}
		}
	}

	private static Run run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
		Run run = new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
		run.assertNoStackTrace();
		return run;
	}


	/** The seed's one finding is a warning: the coffee PPP's partners are not documented. */
	@Test
	void cleanRouteExitsZeroWithASummary() {
		Run run = run("validate", attapeu().toString());
		assertEquals(CommandLine.OK, run.exitCode(), run.out());
		assertEquals(2, run.lines().size(), run.out());
		Matcher warning = FINDING.matcher(run.lines().get(0));
		assertTrue(warning.matches(), run.lines().get(0));
		assertTrue(warning.group("file").endsWith("coffee.case"), run.lines().get(0));
		assertEquals("warning", warning.group("severity"));
		assertEquals("casestudio.undocumentedPartners", warning.group("code"));
		assertEquals("Checked 5 file(s): 0 error(s), 1 warning(s).", run.lines().get(1));
	}

	@Test
	void brokenFileGivesLocatedLinesAndExitOne(@TempDir Path dir) throws IOException {
		Path route = copyOfAttapeu(dir);
		Path actors = route.resolve("actors.actors");
		String text = Files.readString(actors).replace("\thouseholds 21", "\thouseholds 21\n\tmembers 5\n\twomen 7");
		Files.writeString(actors, text);
		Path dyes = route.resolve("cases/natural-dyes.case");
		Files.writeString(dyes, Files.readString(dyes).replace("host natural_dyes_group", "host natural_dye_group"));

		Run run = run("validate", route.toString());
		assertEquals(CommandLine.FINDINGS, run.exitCode(), run.out());
		List<String> lines = run.lines();
		assertEquals("Checked 5 file(s): 2 error(s), 1 warning(s).", lines.get(lines.size() - 1));
		// The seed's own warning (the coffee PPP's undocumented partners) is not what this test is about.
		lines = lines.stream().filter(l -> !l.contains("[casestudio.undocumentedPartners]")).toList();
		assertEquals(3, lines.size(), run.out());
		Matcher women = FINDING.matcher(lines.get(0));
		assertTrue(women.matches(), lines.get(0));
		assertTrue(women.group("file").endsWith("actors.actors"));
		assertEquals(lineOf(text, "\twomen 7"), Integer.parseInt(women.group("line")));
		assertEquals("\twomen ".length() + 1, Integer.parseInt(women.group("column")), "points at the count");
		assertEquals("casestudio.womenExceedMembers", women.group("code"));
		Matcher host = FINDING.matcher(lines.get(1));
		assertTrue(host.matches(), lines.get(1));
		assertTrue(host.group("file").endsWith("natural-dyes.case"));
		assertEquals("casestudio.unresolvedReference", host.group("code"));
		assertTrue(host.group("message").contains("natural_dye_group"));
	}

	@Test
	void singleFileIsCheckedWithItsFolderTree() {
		Run run = run("validate", attapeu().resolve("cases/asparagus.case").toString());
		assertEquals(CommandLine.OK, run.exitCode(), run.out());
		assertEquals(List.of("Checked 1 file(s): 0 error(s), 0 warning(s)."), run.lines());
	}

	@Test
	void syntaxErrorIsLocated(@TempDir Path dir) throws IOException {
		Path file = Files.writeString(dir.resolve("broken.case"), "case c \"A case\"\n\tlesson \"L\"\n\tcolour \"red\"\nend\n");
		Run run = run("validate", file.toString());
		assertEquals(CommandLine.FINDINGS, run.exitCode());
		Matcher m = FINDING.matcher(run.lines().get(0));
		assertTrue(m.matches(), run.out());
		assertEquals("3", m.group("line"));
		assertEquals("casestudio.syntax", m.group("code"));
		assertTrue(m.group("message").startsWith("'colour' is not understood here"), m.group("message"));
	}

	@Test
	void syntaxMessagesSayWhatToWrite(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("growers.actors"), "producers growers \"Coffee growers\"\n\tcountry \"Lao PDR\"\nend\n");
		Files.writeString(dir.resolve("route.route"), "route r \"A route\"\n\tlesson \"Listen first.\"\nend\n");
		Files.writeString(dir.resolve("ngo.actors"), "ngo n \"An NGO\"\n\tabout \"Photos in C:\\photos\"\nend\n");
		Files.writeString(dir.resolve("open.case"), "case c \"A case\n\tlesson \"L\"\nend\n");

		Run run = run("validate", dir.toString());
		assertEquals(CommandLine.FINDINGS, run.exitCode(), run.out());
		assertFinding(run, "growers.actors", 2, "'in' is missing before 'country'");
		assertFinding(run, "route.route", 2,
				"'lesson' does not belong in a learning route (route \u2026 end); it belongs in a case study (case \u2026 end).");
		assertFinding(run, "ngo.actors", 2, "To write a backslash itself, write two: \\\\");
		// The quote missing on line 1 pairs the others the wrong way: the text left open starts on line 2.
		assertFinding(run, "open.case", 2, "The text in quotes that starts on line 2 (\" end) is not closed");
		assertFinding(run, "open.case", 2,
				"The text in quotes that starts on line 1 (\"A case lesson \") runs over 2 lines: perhaps its closing \" is missing there");
	}

	@Test
	void aSyntaxErrorIsPrintedWithoutItsKnockOns(@TempDir Path dir) throws IOException {
		// The summary's text block loses its closing quotes: the case's lessons are read as text, so the
		// route would find the case "without lesson" and print that before the error, in its own file.
		Path route = copyOfAttapeu(dir);
		Path coffee = route.resolve("cases/coffee.case");
		String text = Files.readString(coffee);
		String broken = text.replaceFirst("\t\t\"\"\"\n\tscaling up", "\tscaling up");
		assertFalse(broken.equals(text));
		Files.writeString(coffee, broken);

		Run run = run("validate", route.toString());
		assertEquals(CommandLine.FINDINGS, run.exitCode(), run.out());
		Matcher first = FINDING.matcher(run.lines().get(0));
		assertTrue(first.matches(), run.out());
		assertTrue(first.group("file").endsWith("coffee.case"), run.out());
		assertEquals("casestudio.syntax", first.group("code"));
		assertTrue(run.lines().stream().noneMatch(line -> line.contains(": warning: ")), run.out());
		assertTrue(run.lines().get(run.lines().size() - 1).endsWith("0 warning(s)."), run.out());
	}

	/** One printed finding of the file, on the line, is an error whose message holds the text. */
	private static void assertFinding(Run run, String file, int line, String text) {
		assertTrue(run.lines().stream().map(FINDING::matcher).anyMatch(m -> m.matches()
				&& m.group("file").endsWith(file) && m.group("line").equals(String.valueOf(line))
				&& m.group("severity").equals("error") && m.group("message").contains(text)), run.out());
	}

	@Test
	void jsonReportsTheSameFindings(@TempDir Path dir) throws IOException {
		Path file = Files.writeString(dir.resolve("negative.actors"), "producers g \"Growers\"\n\tmembers -4\nend\n");
		Run run = run("validate", "--format", "json", file.toString());
		assertEquals(CommandLine.FINDINGS, run.exitCode());
		JsonObject report = JsonParser.parseString(run.out()).getAsJsonObject();
		assertEquals(1, report.get("files").getAsInt());
		assertEquals(1, report.get("errors").getAsInt());
		JsonArray findings = report.getAsJsonArray("findings");
		assertEquals(1, findings.size());
		JsonObject finding = findings.get(0).getAsJsonObject();
		assertEquals(2, finding.get("line").getAsInt());
		assertEquals("error", finding.get("severity").getAsString());
		assertEquals("casestudio.negativeCount", finding.get("code").getAsString());
	}

	@Test
	void unreadableInputExitsTwo(@TempDir Path dir) throws IOException {
		Run missing = run("validate", dir.resolve("no-such-route").toString());
		assertEquals(CommandLine.USAGE_OR_IO, missing.exitCode());
		assertTrue(missing.out().contains("No such file or folder"), missing.out());

		Path empty = Files.createDirectory(dir.resolve("empty"));
		Run nothing = run("validate", empty.toString());
		assertEquals(CommandLine.USAGE_OR_IO, nothing.exitCode());
		assertTrue(nothing.out().contains("[casestudio.io.noModelFiles]"), nothing.out());
	}

	@Test
	void binaryFileIsAnErrorNotACrash(@TempDir Path dir) throws IOException {
		Path file = Files.write(dir.resolve("image.case"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 1 });
		Run run = run("validate", file.toString());
		assertEquals(CommandLine.FINDINGS, run.exitCode());
		Matcher m = FINDING.matcher(run.lines().get(0));
		assertTrue(m.matches(), run.out());
		assertEquals("casestudio.encoding", m.group("code"));
	}

	@Test
	void wrongCommandsExitTwoWithUsage() {
		for (String[] args : new String[][] { {}, { "check", "x" }, { "validate" }, { "validate", "--format", "xml", "x" },
				{ "validate", "--verbose", "x" } }) {
			Run run = run(args);
			assertEquals(CommandLine.USAGE_OR_IO, run.exitCode(), String.join(" ", args));
			assertTrue((run.out() + run.err()).contains("Usage: casestudio validate"), String.join(" ", args));
		}
		assertEquals(CommandLine.OK, run("--help").exitCode());
	}

	@Test
	void exportWritesTheFormatsAskedForAndReportsWhatThePackLacks(@TempDir Path dir) throws IOException {
		Path pack = dir.resolve("pack");
		Run run = run("export", attapeu().toString(), "--format", "html,gift", "--out", pack.toString());
		assertEquals(CommandLine.OK, run.exitCode(), run.err());
		assertEquals(List.of("Website (HTML): " + pack.resolve("html/index.html") + " and 9 more files",
				"Moodle quiz (GIFT): " + pack.resolve("attapeu.gift"), "The training pack is in " + pack + "."),
				run.lines());
		// Reported before the export, at the line where the author would add what is missing.
		assertTrue(run.err().contains("attapeu.route:4:1: warning: Route 'attapeu' has no agenda days"), run.err());
		assertFalse(run.err().contains("Moodle quiz (GIFT)"), run.err());
		assertTrue(Files.isRegularFile(pack.resolve("html/cases/natural_dyes.html")));
		assertFalse(Files.exists(pack.resolve("attapeu-scorm.zip")));
		// The seed's discussion questions have no options: each is an essay question of the quiz.
		String gift = Files.readString(pack.resolve("attapeu.gift"));
		assertEquals(3, gift.split("\\{\\}", -1).length - 1, gift);
		assertTrue(gift.contains("::direct_sales::[html]What made it possible for 21 food-insecure families to sell directly to an organic trader? {}"), gift);
	}

	@Test
	void exportOfARouteWithErrorsWritesNothing(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("broken.route"), "route broken \"Broken\"\n\tcases nowhere\nend\n");
		Path pack = dir.resolve("pack");
		Run run = run("export", dir.resolve("broken.route").toString(), "--out", pack.toString());
		assertEquals(CommandLine.FINDINGS, run.exitCode());
		assertTrue(run.err().contains("broken.route:2:8: error:"), run.err());
		assertTrue(run.err().contains("fix the errors above, then export again; nothing was written."), run.err());
		assertFalse(Files.exists(pack));
	}

	@Test
	void aCaseWithoutLessonsIsTheSameOneWarningInValidateAndExport(@TempDir Path dir) throws IOException {
		Path route = copyOfAttapeu(dir);
		Path coffee = route.resolve("cases/coffee.case");
		Files.writeString(coffee, Files.readString(coffee).replaceAll("(?m)^\\s*lesson .*\\n", ""));

		Run validate = run("validate", route.toString());
		assertEquals(CommandLine.OK, validate.exitCode(), validate.out());
		assertEquals("Checked 5 file(s): 0 error(s), 2 warning(s).", validate.lines().get(validate.lines().size() - 1));
		// Besides the seed's own warning on the coffee PPP's undocumented partners:
		List<String> lessons = validate.lines().stream().filter(l -> l.contains("[casestudio.caseWithoutLesson]")).toList();
		assertEquals(1, lessons.size(), validate.out());
		String warning = lessons.get(0);
		Matcher m = FINDING.matcher(warning);
		assertTrue(m.matches(), warning);
		assertTrue(m.group("file").endsWith("attapeu.route"), warning);
		assertEquals("14", m.group("line"));
		assertEquals("33", m.group("column"), "points at the case in the route's list");
		assertEquals("warning", m.group("severity"));
		assertEquals("casestudio.caseWithoutLesson", m.group("code"));

		// The validator's severity decides: a warning, so the pack is written, and the rule is reported once.
		Path pack = dir.resolve("pack");
		Run export = run("export", route.toString(), "--format", "html", "--out", pack.toString());
		assertEquals(CommandLine.OK, export.exitCode(), export.err());
		assertEquals(List.of(warning), export.err().lines().filter(l -> l.contains("'coffee'")).toList(), export.err());
		assertTrue(Files.isRegularFile(pack.resolve("html/cases/coffee.html")));
	}

	@Test
	void exportChecksEveryFileOfTheRoutesFolderTree(@TempDir Path dir) throws IOException {
		// The route file is clean; a case it lists names an actor that does not exist.
		try (Stream<Path> files = Files.list(attapeu())) {
			for (Path file : files.toList()) {
				copyTree(file, dir.resolve(file.getFileName()));
			}
		}
		Path coffee = dir.resolve("cases/coffee.case");
		Files.writeString(coffee, Files.readString(coffee).replace("host coffee_group", "host coffee_grup"));
		Run run = run("export", dir.resolve("attapeu.route").toString(), "--out", dir.resolve("pack").toString());
		assertEquals(CommandLine.FINDINGS, run.exitCode(), run.out() + run.err());
		assertTrue(run.err().contains("coffee.case:"), run.err());
		assertFalse(Files.exists(dir.resolve("pack")));
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> walk = Files.walk(from)) {
			for (Path p : walk.toList()) {
				Files.copy(p, to.resolve(from.relativize(p).toString()));
			}
		}
	}

	@Test
	void exportNamesWhatIsWrongWithItsArguments(@TempDir Path dir) {
		Run unknown = run("export", attapeu().toString(), "--format", "pdf", "--out", dir.toString());
		assertEquals(CommandLine.USAGE_OR_IO, unknown.exitCode());
		assertTrue(unknown.err().contains("unknown pack format 'pdf'; the formats are: gift, guide, html, scorm, workbook."), unknown.err());
		Run noOut = run("export", attapeu().toString());
		assertEquals(CommandLine.USAGE_OR_IO, noOut.exitCode());
		assertTrue(noOut.err().contains("name the folder of the pack with --out <folder>"), noOut.err());
		Run twice = run("export", attapeu().toString(), "--out", dir.toString(), "--out", dir.toString());
		assertEquals(CommandLine.USAGE_OR_IO, twice.exitCode());
		assertTrue(twice.err().contains("--out is given twice"), twice.err());
		Run swallowed = run("export", attapeu().toString(), "--out", "--format", "html");
		assertEquals(CommandLine.USAGE_OR_IO, swallowed.exitCode());
		assertTrue(swallowed.err().contains("--out needs a value"), swallowed.err());
		Run intoAFile = run("export", attapeu().toString(), "--out", attapeu().resolve("attapeu.route").toString());
		assertEquals(CommandLine.USAGE_OR_IO, intoAFile.exitCode());
		assertTrue(intoAFile.err().contains("is a file, not a folder; choose a folder for the pack."), intoAFile.err());
	}

	@Test
	void exportMakesThePackInEachLanguageAsked(@TempDir Path dir) throws IOException {
		Path pack = dir.resolve("pack");
		Run lao = run("export", attapeu().toString(), "--format", "html", "--lang", "lo", "--out", pack.toString());
		assertEquals(CommandLine.OK, lao.exitCode(), lao.err());
		String index = Files.readString(pack.resolve("html/index.html"));
		assertTrue(index.contains("<html lang=\"lo\">") && index.contains(">ພາບລວມ</a>"), index);
		assertTrue(Files.exists(pack.resolve("html/assets/fonts/NotoSansLao-Regular.ttf")));

		Path several = dir.resolve("several");
		Run two = run("export", attapeu().toString(), "--format", "html,gift", "--lang=fr,es", "--out", several.toString());
		assertEquals(CommandLine.OK, two.exitCode(), two.err());
		assertTrue(two.out().contains("The training pack in fr is in ") && two.out().contains("The training pack in es is in "),
				two.out());
		String french = Files.readString(several.resolve("fr/html/index.html"));
		assertTrue(french.contains("<html lang=\"fr\">") && french.contains("href=\"../../es/html/index.html\""), french);
		assertTrue(Files.readString(several.resolve("es/html/agenda.html")).contains("<html lang=\"es\">"));
		// No Lao text in either: no font in either.
		assertFalse(Files.exists(several.resolve("fr/html/assets/fonts")));
	}

	@Test
	void exportTakesTheRouteTranslationsBesideItsTextsAndFromItsTranslatorsFiles(@TempDir Path dir) throws IOException {
		Path packs = dir.resolve("packs");
		Run run = run("export", multilingual().toString(), "--format", "html", "--lang", "fr,lo", "--out", packs.toString());
		assertEquals(CommandLine.OK, run.exitCode(), run.err());
		String french = Files.readString(packs.resolve("fr/html/index.html"));
		// Beside the text in the route: the country; from translations/fr.po: the objective.
		assertTrue(french.contains("RDP lao"), french);
		assertTrue(french.contains("Travailler ensemble."), french);
		// The French title was made from an earlier title: the pack keeps the English one, marked so.
		assertFalse(french.contains("Le café à Attapeu"), french);
		assertTrue(Pattern.compile("lang=\"en\"[^>]*>Coffee in Attapeu").matcher(french).find(), french);
		String lao = Files.readString(packs.resolve("lo/html/index.html"));
		assertTrue(lao.contains("ກາເຟໃນອັດຕະປື") && lao.contains("ສປປ ລາວ"), lao);
		assertTrue(Files.exists(packs.resolve("lo/html/assets/fonts/NotoSansLao-Regular.ttf")));

		// The route names its pack languages: another one is refused, and nothing is written.
		Run german = run("export", multilingual().toString(), "--format", "html", "--lang", "de", "--out",
				dir.resolve("de").toString());
		assertEquals(CommandLine.USAGE_OR_IO, german.exitCode());
		assertTrue(german.err().contains("is not made in 'de'; its pack languages are: en, lo, fr, es"), german.err());
		assertFalse(Files.exists(dir.resolve("de")));
	}

	@Test
	void anUnknownLanguageIsNamedWithWhatToGive(@TempDir Path dir) {
		for (String bad : List.of("klingon", "xx", "fr_", "")) {
			Run run = run("export", attapeu().toString(), "--lang", bad, "--out", dir.toString());
			assertEquals(CommandLine.USAGE_OR_IO, run.exitCode(), bad);
			assertTrue(run.err().contains(bad.isEmpty() ? "--lang needs a value"
					: "'" + bad + "' is not a language; give --lang a BCP 47 language tag such as en, fr, es or lo."), run.err());
		}
		Run validate = run("validate", attapeu().toString(), "--lang", "fr");
		assertTrue(validate.err().contains("--lang is an option of 'export'"), validate.err());
		Run help = run("--help");
		assertTrue(help.out().contains("[--lang <language>,...]") && help.out().contains("--lang fr,lo makes"), help.out());
	}

	private static int lineOf(String text, String line) {
		return text.substring(0, text.indexOf(line)).split("\n", -1).length;
	}
}
