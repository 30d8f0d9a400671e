package org.casestudio.cli.tests;

import static org.casestudio.cli.tests.Seeds.copyOfAttapeu;
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
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casestudio.cli.CommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code casestudio translations}: the translator's file of a language is written beside a copy of
 * the seed route, filled in as a translator would, written again after a source text changed (that
 * entry alone becomes fuzzy), and a broken file is reported at its place and left as it is. Every
 * file written passes gettext's own {@code msgfmt --check}.
 */
class TranslationsCommandTest {

	private static final Pattern WRITTEN = Pattern.compile(
			".*fr\\.po: (\\d+) texts, (\\d+) translated, (\\d+) out of date \\(fuzzy\\), (\\d+) new, (\\d+) obsolete kept");
	private static final Pattern ENTRY = Pattern
			.compile("#: (\\S+):(\\d+)\\nmsgctxt \"([^\"]+lessons\\[1\\])\"\\nmsgid \"([^\"\\\\]+)\"\\nmsgstr \"\"\\n");

	private record Run(int exitCode, String out, String err) {
	}

	private static Run run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
		Run run = new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
		for (String text : List.of(run.out(), run.err())) {
			assertFalse(text.contains("\tat ") || text.contains("Exception:"), text);
		}
		return run;
	}

	@Test
	void writesFillsAndUpdatesTheTranslatorsFile(@TempDir Path dir) throws Exception {
		Path route = copyOfAttapeu(dir);
		Path po = route.resolve("translations/fr.po");

		Run first = run("translations", route.toString(), "--lang", "fr");
		assertEquals(CommandLine.OK, first.exitCode(), first.err());
		Matcher counts = WRITTEN.matcher(first.out().strip());
		assertTrue(counts.matches(), first.out());
		int texts = Integer.parseInt(counts.group(1));
		assertTrue(texts > 50, "every text of the seed route: " + texts);
		assertEquals("0", counts.group(2));
		assertEquals(String.valueOf(texts), counts.group(4));
		msgfmtCheck(po);

		// A translator fills in the first lesson, in the text of the file.
		String text = Files.readString(po);
		Matcher lesson = ENTRY.matcher(text);
		assertTrue(lesson.find(), "a one-line lesson to translate");
		String source = lesson.group(4);
		text = text.replace(lesson.group(), lesson.group().replace("msgstr \"\"", "msgstr \"Une leçon traduite.\""));
		Files.writeString(po, text);
		msgfmtCheck(po);

		// Written again without a change: the translation is kept, nothing is fuzzy.
		Run second = run("translations", route.toString(), "--lang", "fr");
		assertEquals(CommandLine.OK, second.exitCode(), second.err());
		Matcher again = WRITTEN.matcher(second.out().strip());
		assertTrue(again.matches(), second.out());
		assertEquals(List.of(String.valueOf(texts), "1", "0", "0", "0"),
				List.of(again.group(1), again.group(2), again.group(3), again.group(4), again.group(5)));

		// The lesson changes in its file: written again, that entry alone is fuzzy, its translation kept.
		Path caseFile = route.resolve(lesson.group(1));
		String caseText = Files.readString(caseFile);
		assertTrue(caseText.contains("\"" + source + "\""), source);
		Files.writeString(caseFile, caseText.replace("\"" + source + "\"", "\"" + source + " Changed.\""));
		Run third = run("translations", route.toString(), "--lang", "fr");
		assertEquals(CommandLine.OK, third.exitCode(), third.err());
		Matcher changed = WRITTEN.matcher(third.out().strip());
		assertTrue(changed.matches(), third.out());
		assertEquals(List.of("0", "1"), List.of(changed.group(2), changed.group(3)));
		String updated = Files.readString(po);
		assertEquals(1, updated.split("#, fuzzy", -1).length - 1, updated);
		assertTrue(updated.contains("#, fuzzy\n#| msgid \"" + source + "\"\nmsgctxt \"" + lesson.group(3) + "\"\nmsgid \""
				+ source + " Changed.\"\nmsgstr \"Une leçon traduite.\""), updated);
		msgfmtCheck(po);

		// The seed route says no languages: validation asks for no translation, file or not.
		Run validate = run("validate", route.toString());
		assertTrue(validate.out().lines().noneMatch(l -> l.contains("casestudio.translation")),
				"a route that says no languages is not checked: " + validate.out());
	}

	@Test
	void aBrokenTranslatorsFileIsLocatedAndLeftAsItIs(@TempDir Path dir) throws Exception {
		Path route = copyOfAttapeu(dir);
		assertEquals(CommandLine.OK, run("translations", route.toString(), "--lang=fr").exitCode());
		Path po = route.resolve("translations/fr.po");
		String broken = Files.readString(po).replaceFirst("msgstr \"\"\n\n#:", "msgstr \"\n\n#:");
		Files.writeString(po, broken);
		int line = (int) broken.substring(0, broken.indexOf("msgstr \"\n")).chars().filter(c -> c == '\n').count() + 1;

		Run run = run("translations", route.toString(), "--lang", "fr");
		assertEquals(CommandLine.USAGE_OR_IO, run.exitCode(), run.out() + run.err());
		assertTrue(run.err().contains("fr.po:" + line + ":9: error: "), run.err());
		assertEquals(broken, Files.readString(po), "a translator's file is never overwritten when it cannot be read");
	}

	@Test
	void aRouteWithoutLanguagesNeedsThemNamed(@TempDir Path dir) throws Exception {
		Path route = copyOfAttapeu(dir);
		Run run = run("translations", route.toString());
		assertEquals(CommandLine.USAGE_OR_IO, run.exitCode());
		assertTrue(run.err().contains("--lang"), run.err());
		assertFalse(Files.exists(route.resolve("translations")));
		Run bad = run("translations", route.toString(), "--lang", "fr!");
		assertEquals(CommandLine.USAGE_OR_IO, bad.exitCode());
		assertTrue(bad.err().contains("'fr!' is not a language tag"), bad.err());
	}

	static void msgfmtCheck(Path po) throws IOException, InterruptedException {
		Process msgfmt = new ProcessBuilder("msgfmt", "--check", "-o", "/dev/null", po.toString())
				.redirectErrorStream(true).start();
		String output = new String(msgfmt.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(msgfmt.waitFor(60, TimeUnit.SECONDS));
		assertEquals(0, msgfmt.exitValue(), output);
		assertEquals("", output, "msgfmt --check warns about " + po);
	}
}
