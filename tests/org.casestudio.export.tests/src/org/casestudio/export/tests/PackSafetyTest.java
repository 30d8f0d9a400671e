package org.casestudio.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.casestudio.export.ExportException;
import org.casestudio.export.PackOutput;
import org.casestudio.export.SafeNames;
import org.casestudio.export.TrainingPackExport;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An export writes only inside its folder, never replaces or deletes a file it did not write, and
 * a failed or cancelled export leaves the previous pack exactly as it was.
 */
class PackSafetyTest {

	@TempDir
	Path temp;

	@Test
	void secondExportReplacesItsOwnFilesAndKeepsTheUsers() throws Exception {
		Path out = temp.resolve("pack");
		Fixtures.export(Fixtures.route("market-day"), out, "html", "gift");
		assertTrue(Files.exists(out.resolve("market_day.gift")));
		Path notes = Files.writeString(out.resolve("notes.txt"), "the facilitator's notes");
		Path mine = Files.writeString(out.resolve("html/cases/my-extra.html"), "kept");
		Fixtures.export(Fixtures.route("market-day"), out, "html");
		assertEquals("the facilitator's notes", Files.readString(notes));
		assertEquals("kept", Files.readString(mine));
		// The quiz of the first export is gone: the second did not ask for it and it was ours.
		assertFalse(Files.exists(out.resolve("market_day.gift")));
		assertTrue(Files.exists(out.resolve("html/index.html")));
		assertEquals(0, leftovers(out));
	}

	@Test
	void removingAnOldPackNeverReachesThroughALink() throws Exception {
		Path out = temp.resolve("pack");
		Fixtures.export(Fixtures.route("market-day"), out, "html", "gift");
		// The user swaps the site folder for a link to a web server's folder of the same shape.
		Path server = Files.createDirectories(temp.resolve("www"));
		Files.move(out.resolve("html"), server.resolve("html"));
		Files.createSymbolicLink(out.resolve("html"), server.resolve("html"));
		Fixtures.export(Fixtures.route("market-day"), out, "gift");
		assertTrue(Files.isRegularFile(server.resolve("html/index.html")), "a file behind the link was deleted");
		assertTrue(Files.isSymbolicLink(out.resolve("html")));
	}

	@Test
	void refusesToOverwriteAFileItDidNotWrite() throws Exception {
		Path out = Files.createDirectories(temp.resolve("pack/html"));
		Files.writeString(out.resolve("index.html"), "someone else's page");
		ExportException e = assertThrows(ExportException.class,
				() -> Fixtures.export(Fixtures.seed(), temp.resolve("pack"), "html"));
		assertTrue(e.getMessage().contains("index.html exists and was not written by a Case Studio export"), e.getMessage());
		assertEquals("someone else's page", Files.readString(out.resolve("index.html")));
		assertEquals(1, count(temp.resolve("pack")));
	}

	@Test
	void brokenTemplateLeavesThePreviousPackAsItWas() throws Exception {
		Path route = PackBuilderTest.copy(Fixtures.route("market-day"), Files.createDirectories(temp.resolve("route")));
		Path out = temp.resolve("pack");
		Fixtures.export(route, out, "html", "scorm");
		Map<String, String> before = snapshot(out);

		Path override = Files.createDirectories(route.resolve("templates/html")).resolve("case.ftlh");
		Files.writeString(override, "<#import \"layout.ftlh\" as layout>\n<@layout.page title=brief.title>\n<h1>${brief.nosuchfield}</h1>\n</@layout.page>\n");
		ExportException e = assertThrows(ExportException.class, () -> Fixtures.export(route, out, "html", "scorm"));
		// Located in the user's template, at the bad expression.
		assertTrue(e.getMessage().startsWith(override + ":3:7: "), e.getMessage());
		assertEquals(before, snapshot(out));
	}

	@Test
	void cancelLeavesThePreviousPackAsItWas() throws Exception {
		Path out = temp.resolve("pack");
		Fixtures.export(Fixtures.seed(), out, "html");
		Map<String, String> before = snapshot(out);
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		assertThrows(OperationCanceledException.class, () -> new TrainingPackExport(Fixtures.pack(Fixtures.seed()), null, Map.of())
				.run(Fixtures.formats("html", "scorm"), out, cancelled));
		assertEquals(before, snapshot(out));
	}

	@Test
	void overriddenTemplatesBrandThePack() throws Exception {
		Path route = PackBuilderTest.copy(Fixtures.route("market-day"), Files.createDirectories(temp.resolve("route")));
		Files.createDirectories(route.resolve("templates/html/assets"));
		Files.writeString(route.resolve("templates/html/assets/site.css"), "/* Our programme's colours */ body { color: #003366; }\n");
		Path out = temp.resolve("pack");
		Fixtures.export(route, out, "html");
		assertEquals("/* Our programme's colours */ body { color: #003366; }\n", Files.readString(out.resolve("html/assets/site.css")));
		// The other templates are still the built-in ones.
		assertTrue(Files.readString(out.resolve("html/index.html")).contains("<h1>Market Day: Producers and Buyers in the Bolaven Plateau</h1>"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "../escape.html", "/etc/passwd", "html/../../x", "C:/x", ".hidden", "a//b", "a\\b", "" })
	void unsafePathsAreRefused(String path) {
		assertFalse(PackOutput.isSafe(path));
	}

	@Test
	void fileNamesFromIdsAreSafeAndUnique() {
		SafeNames names = new SafeNames();
		assertEquals("olmuhle", names.unique("Ölmühle"));
		assertEquals("con_", names.unique("CON"));
		assertEquals("etc-passwd", names.unique("../../etc/passwd"));
		assertEquals("a_b", names.unique("a_b"));
		assertEquals("a_b-2", names.unique("A_B"));
		assertEquals("item", names.unique("ສາລາ"));
		assertEquals(64, SafeNames.of("x".repeat(300)).length());
	}

	private static Map<String, String> snapshot(Path folder) throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path p : walk.filter(Files::isRegularFile).toList()) {
				files.put(folder.relativize(p).toString(), Integer.toHexString(java.util.Arrays.hashCode(Files.readAllBytes(p))));
			}
		}
		return files;
	}

	private static long count(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).count();
		}
	}

	private static long leftovers(Path folder) throws IOException {
		try (Stream<Path> list = Files.list(folder)) {
			return list.filter(p -> p.getFileName().toString().startsWith(".casestudio-export-")).count();
		}
	}
}
