package org.casestudio.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The offline site as participants get it: valid HTML by the Nu HTML Checker, and opened from
 * {@code file://} in headless Chromium with no failed request, no request leaving the files, no
 * script error, one h1 and a language on every page. Screenshots are left under target/exports.
 */
class SiteExportTest {

	@Test
	void seedSiteIsValidHtml() throws Exception {
		Path out = Fixtures.exports("seed");
		Fixtures.export(Fixtures.seed(), out, "html");
		List<Path> pages = Fixtures.htmlFiles(out.resolve("html"));
		assertEquals(9, pages.size(), pages::toString); // index, agenda, comparison, 3 cases, 3 sheets
		assertEquals(List.of(), Fixtures.nuErrors(pages));
		// The facts a source is cited for read as words, not as the language's fact names.
		String overview = Files.readString(out.resolve("html/index.html"));
		assertTrue(overview.contains("For: dates, edition, organiser, host programme"), overview);
		assertFalse(overview.contains("host_programme"), overview);
	}

	@Test
	void seedSiteWorksOfflineInChromium() throws Exception {
		Path out = Fixtures.exports("seed-browser");
		Fixtures.export(Fixtures.seed(), out, "html");
		assertOpensCleanly(out.resolve("html"), out.resolve("screenshots"));
		assertTrue(Files.size(out.resolve("screenshots/index.png")) > 10_000);
		assertTrue(Files.size(out.resolve("screenshots/case.png")) > 10_000);
	}

	@Test
	void routeWithAgendaAndDiagramsIsValidAndWorksOffline() throws Exception {
		Path out = Fixtures.exports("market-day");
		Fixtures.export(Fixtures.route("market-day"), out, "html");
		Path site = out.resolve("html");
		assertEquals(List.of(), Fixtures.nuErrors(Fixtures.htmlFiles(site)));
		assertOpensCleanly(site, out.resolve("screenshots"));
		String honey = Files.readString(site.resolve("cases/honey.html"));
		// The diagram draws one arrow per "gives ... to ...", and says the same in words.
		assertEquals(3, honey.split("class=\"flow\"", -1).length - 1);
		assertTrue(honey.contains("Green Foods Co. gives Pre-financing of jars to Bolaven Honey Cooperative."));
		// Markdown headings of a text start below the page's section headings.
		assertTrue(honey.contains("<h3>Before the contract</h3>"), honey);
		String agenda = Files.readString(site.resolve("agenda.html"));
		assertTrue(agenda.contains("<a href=\"cases/honey.html\">Bolaven Honey Cooperative and Green Foods</a>"));
	}

	@Test
	void sheetsPrintWithoutTheSiteAround() throws Exception {
		Path out = Fixtures.exports("market-day-print");
		Fixtures.export(Fixtures.route("market-day"), out, "html");
		Path shots = out.resolve("screenshots");
		assertOpensCleanly(out.resolve("html"), shots);
		// Chromium printed the index and the sheets with the browser's defaults; poppler reads them back.
		Path reflection = shots.resolve("print/sheets/reflection.pdf");
		String text = pdfText(reflection);
		assertTrue(text.contains("Day 1, Monday 4 March 2024") && text.contains("Day 2, Tuesday 5 March 2024"), text);
		assertTrue(text.contains("What could my organisation adapt, and how?"), text);
		for (String page : List.of("index", "sheets/reflection", "sheets/innovation-plan", "sheets/evaluation")) {
			String printed = pdfText(shots.resolve("print/" + page + ".pdf"));
			assertFalse(printed.contains("Skip to the content") || printed.contains("Organised by Rural Knowledge Hub"),
					page + " printed the navigation or the footer:\n" + printed);
		}
		// One page per day of the route.
		assertEquals(2, pdfPages(reflection));
		assertEquals(1, pdfPages(shots.resolve("print/sheets/evaluation.pdf")));
	}

	private static String pdfText(Path pdf) throws Exception {
		Fixtures.Result result = Fixtures.run(List.of("pdftotext", "-layout", pdf.toString(), "-"), 60);
		assertEquals(0, result.exit(), result.err());
		return result.out();
	}

	private static int pdfPages(Path pdf) throws Exception {
		Fixtures.Result result = Fixtures.run(List.of("pdfinfo", pdf.toString()), 60);
		assertEquals(0, result.exit(), result.err());
		return Integer.parseInt(result.out().lines().filter(l -> l.startsWith("Pages:")).findFirst().orElseThrow()
				.replaceAll("\\D", ""));
	}

	/** Every page opened in Chromium from file:// without a problem of any kind. */
	static void assertOpensCleanly(Path site, Path screenshots) throws Exception {
		JsonObject report = Fixtures.node("check-site.mjs", site.toString(), screenshots.toString()).getAsJsonObject();
		List<String> problems = new ArrayList<>();
		int pages = 0;
		for (JsonElement element : report.getAsJsonArray("pages")) {
			JsonObject page = element.getAsJsonObject();
			pages++;
			String path = page.get("path").getAsString();
			// Table cells wrap between words, never inside one ("Membe|rs"), wide or on a phone.
			for (String list : List.of("failedRequests", "externalRequests", "consoleErrors", "pageErrors", "brokenWords")) {
				if (!page.getAsJsonArray(list).isEmpty()) {
					problems.add(path + " " + list + ": " + page.getAsJsonArray(list));
				}
			}
			// axe-core's WCAG 2 A and AA rules, colour contrast among them.
			if (page.get("axeViolations").isJsonNull() || !page.getAsJsonArray("axeViolations").isEmpty()) {
				problems.add(path + " accessibility: " + page.get("axeViolations"));
			}
			if (page.get("pwned").getAsBoolean()) {
				problems.add(path + ": an injected script ran");
			}
			if (page.get("h1Count").getAsInt() != 1 || page.get("imagesWithoutAlt").getAsInt() != 0
					|| page.get("lang").isJsonNull()) {
				problems.add(path + ": h1 " + page.get("h1Count") + ", images without alt " + page.get("imagesWithoutAlt")
						+ ", lang " + page.get("lang"));
			}
		}
		assertEquals(Fixtures.htmlFiles(site).size(), pages);
		assertEquals(List.of(), problems);
	}
}
