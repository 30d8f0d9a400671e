package org.casestudio.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.casestudio.export.PackProblems;
import org.casestudio.export.PreparedPack;
import org.casestudio.export.pack.PackImages;
import org.casestudio.model.problems.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Photos and Markdown images are copied into the site and the SCORM package, found relative to
 * the file that names them, and checked before anything is written; the overview shows who took
 * part, how to apply, the sources, and a sketch map of the cases with links to a map application.
 */
class PhotosAndPlacesTest {

	@Test
	void imagesAreCopiedAndTheSiteIsValidAndOffline() throws Exception {
		Path out = Fixtures.exports("photo-walk");
		Fixtures.export(Fixtures.route("photo-walk"), out, "html");
		Path site = out.resolve("html");

		// Each image file once, whether named by a photo or by a text, from the route's folder or cases/.
		try (Stream<Path> media = Files.list(site.resolve("media"))) {
			assertEquals(List.of("hives.png", "office.gif", "participants.jpg", "tea-rows.svg"),
					media.map(p -> p.getFileName().toString()).sorted().toList());
		}
		assertEquals(Files.size(Fixtures.route("photo-walk").resolve("cases/photos/hives.png")),
				Files.size(site.resolve("media/hives.png")));

		String index = Files.readString(site.resolve("index.html"));
		assertTrue(index.contains("<img src=\"media/participants.jpg\" alt=\"Participants on the first morning\""), index);
		assertTrue(index.contains("<img src=\"media/participants.jpg\" alt=\"Nineteen participants in front of a bus\""));
		assertTrue(index.contains("<p class=\"credit\">Photo: Route team</p>"));
		String honey = Files.readString(site.resolve("cases/honey.html"));
		// "photos/hives.png" in cases/honey.case is cases/photos/hives.png, as is the actor's photo.
		assertTrue(honey.contains("<img src=\"../media/hives.png\" alt=\"Hives at the edge of the forest\""), honey);
		assertTrue(honey.contains("<img src=\"../media/hives.png\" alt=\"Two white hive boxes on an orange background\""));
		assertTrue(Files.readString(site.resolve("cases/tea.html")).contains("src=\"../media/tea-rows.svg\""));
		assertTrue(Files.readString(site.resolve("agenda.html")).contains("src=\"media/office.gif\""));

		// The overview: participants, logistics, sources with what they are cited for.
		assertTrue(index.contains("<dt>Participants</dt><dd>19, of whom 18 women; from Champasak, Sekong provinces</dd>"), index);
		assertTrue(index.contains("<dt>Apply by</dt><dd><time datetime=\"2024-02-15\">15 February 2024</time></dd>"), index);
		assertTrue(index.contains("<dt>Cost per participant</dt><dd>900 USD</dd>"));
		assertTrue(index.contains("<dt>Language</dt><dd>Lao and English</dd>"));
		assertTrue(index.contains("For: dates, women 18") && index.contains("For: women 17"), index);
		assertTrue(index.contains("<time datetime=\"2024-01\">January 2024</time>"), index);
		assertTrue(index.contains("(River of Learning)"));
		// Places open in the reader's map application; the sketch map numbers the cases as the list does.
		assertTrue(index.contains("<a class=\"geo\" href=\"geo:15.1842,106.2311\">15.1842, 106.2311</a>"), index);
		assertTrue(honey.contains("href=\"geo:15.1842,106.2311\""));
		assertTrue(index.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sketch-map\""), index);
		assertTrue(index.contains("1. Bolaven Honey Cooperative (15.184°N, 106.231°E); 2. Tea Growers of Ban Nong (15.431°N, 106.381°E)"),
				index);
		assertFalse(index.contains("tile") || index.contains("http://www.openstreetmap"));
		// A partnership whose partners the sources do not all name says so.
		assertTrue(honey.contains("<strong>Partners not documented:</strong> the sources do not name all the partners"), honey);

		assertEquals(List.of(), Fixtures.nuErrors(Fixtures.htmlFiles(site)));
		SiteExportTest.assertOpensCleanly(site, out.resolve("screenshots"));
	}

	@Test
	void scormPackageHoldsAndListsTheImages() throws Exception {
		Path out = Fixtures.exports("photo-walk-scorm");
		Fixtures.export(Fixtures.route("photo-walk"), out, "scorm");
		Path zip = out.resolve("photo_walk-scorm.zip");
		List<String> entries = ScormExportTest.entries(zip);
		List<String> media = List.of("media/participants.jpg", "media/office.gif", "media/hives.png", "media/tea-rows.svg");
		assertTrue(entries.containsAll(media), entries::toString);
		byte[] manifest = ScormExportTest.read(zip, "imsmanifest.xml");
		assertEquals(List.of(), ScormExportTest.schemaErrors(manifest));
		String text = new String(manifest, StandardCharsets.UTF_8);
		for (String file : media) {
			assertTrue(text.contains("<file href=\"" + file + "\"/>"), text);
		}
		assertTrue(Arrays.equals(Files.readAllBytes(Fixtures.route("photo-walk").resolve("photos/office.gif")),
				ScormExportTest.read(zip, "media/office.gif")));
	}

	@Test
	void badImagesAreLocatedErrorsAndRemoteOnesAWarning(@TempDir Path dir) throws Exception {
		Path route = copy(Fixtures.route("photo-walk"), dir.resolve("photo-walk"));
		Files.writeString(route.resolve("photos/notes.jpg"), "Not a photo, only text saved with the wrong name.\n");
		byte[] large = new byte[(int) PackImages.MAX_BYTES + 1];
		large[0] = (byte) 0xFF;
		large[1] = (byte) 0xD8;
		large[2] = (byte) 0xFF;
		Files.write(route.resolve("photos/scan.jpg"), large);
		Path routeFile = route.resolve("photo-walk.route");
		Files.writeString(routeFile, Files.readString(routeFile)
				.replace("![Participants on the first morning](photos/participants.jpg)",
						"![Missing](photos/nowhere.jpg) ![Text](photos/notes.jpg) ![Remote](https://example.org/x.jpg)")
				.replace("photo \"photos/office.gif\"", "photo \"photos/scan.jpg\""));
		Path tea = route.resolve("cases/tea.case");
		// Relative to cases/: photos/participants.jpg is not there.
		Files.writeString(tea, Files.readString(tea).replace("photos/tea-rows.svg", "photos/participants.jpg"));

		PreparedPack prepared = Fixtures.prepare(route, Fixtures.formats("html"));
		List<Problem> problems = prepared.problems(Fixtures.formats("html"));
		assertProblem(problems, PackProblems.IMAGE_MISSING, routeFile, 4, "photos/nowhere.jpg");
		assertProblem(problems, PackProblems.IMAGE_NOT_SUPPORTED, routeFile, 4, "photos/notes.jpg");
		assertProblem(problems, PackProblems.IMAGE_TOO_LARGE, routeFile, 29, "photos/scan.jpg");
		assertProblem(problems, PackProblems.IMAGE_MISSING, tea, 1, "cases/photos/participants.jpg");
		Problem remote = problems.stream().filter(p -> PackProblems.IMAGE_REMOTE.equals(p.code())).findFirst().orElseThrow();
		assertEquals(Problem.Severity.WARNING, remote.severity());
		assertTrue(remote.message().contains("will not show it offline"), remote.message());
		assertFalse(prepared.canWrite(Fixtures.formats("html")));
	}

	@Test
	void imageTypesAreToldByTheirBytes() {
		assertEquals(PackImages.Type.JPEG, PackImages.sniff(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0 }));
		assertEquals(PackImages.Type.PNG, PackImages.sniff(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }));
		assertEquals(PackImages.Type.GIF, PackImages.sniff("GIF89a...".getBytes(StandardCharsets.US_ASCII)));
		assertEquals(PackImages.Type.WEBP, PackImages.sniff("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII)));
		assertEquals(PackImages.Type.SVG,
				PackImages.sniff("\uFEFF<?xml version=\"1.0\"?>\n<svg xmlns=\"...\"/>".getBytes(StandardCharsets.UTF_8)));
		assertNull(PackImages.sniff("%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));
		assertNull(PackImages.sniff("<html><body>not an image</body></html>".getBytes(StandardCharsets.US_ASCII)));
		assertNull(PackImages.sniff(new byte[0]));
	}

	private static void assertProblem(List<Problem> problems, String code, Path file, int line, String text) {
		assertTrue(problems.stream().anyMatch(p -> code.equals(p.code()) && p.isError() && file.equals(p.file())
				&& p.line() == line && p.column() >= 1 && p.message().contains(text)), problems::toString);
	}

	private static Path copy(Path from, Path to) throws IOException {
		try (Stream<Path> walk = Files.walk(from)) {
			for (Path p : walk.toList()) {
				Files.copy(p, to.resolve(from.relativize(p).toString()));
			}
		}
		return to;
	}
}
