package org.casestudio.export.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.casestudio.export.ExportFormat;
import org.casestudio.export.PackFonts;
import org.casestudio.export.PreparedPack;
import org.casestudio.export.pack.TextSource;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * A route written in English made into packs in English, French, Spanish and Lao: the texts in the
 * pack's language where the route has a translation, else as written and marked with their own
 * language; the fixed words, dates and numbers in the pack's language; valid HTML (vnu) and
 * accessible pages (axe, whose rules check the language attributes) in every language; and a Lao
 * pack that draws Lao with its own font in a Chromium whose fontconfig has no Lao font at all.
 */
class PackLanguagesTest {

	/**
	 * Translations of the market-day route's texts, by language and source text. Lao only for
	 * names whose Lao spelling is certain (places), never invented sentences.
	 */
	private static final Map<String, Map<String, String>> TRANSLATIONS = Map.of( //
			"fr", Map.of( //
					"Market Day: Producers and Buyers in the Bolaven Plateau",
					"Jour de marché : producteurs et acheteurs du plateau des Bolovens",
					"Bolaven Honey Cooperative and Green Foods", "La coopérative apicole des Bolovens et Green Foods",
					"Understand how producer groups negotiate with buyers.",
					"Comprendre comment les groupes de producteurs négocient avec les acheteurs.",
					"Who pre-finances the jars?", "Qui préfinance les pots ?", //
					"Lao PDR", "RDP lao"),
			"es", Map.of( //
					"Market Day: Producers and Buyers in the Bolaven Plateau",
					"Día de mercado: productores y compradores en la meseta de Bolaven",
					"Bolaven Honey Cooperative and Green Foods", "La Cooperativa Apícola de Bolaven y Green Foods",
					"Understand how producer groups negotiate with buyers.",
					"Comprender cómo negocian los grupos de productores con los compradores.", //
					"Lao PDR", "RDP Lao"),
			"lo", Map.of("Lao PDR", "ສປປ ລາວ", "Champasak", "ຈຳປາສັກ", "Paksong", "ປາກຊ່ອງ"));

	/** A route's translations from the map above, as the language's translation files would give them. */
	static final TextSource TEXTS = new TextSource() {
		@Override
		public String sourceLanguage() {
			return "en";
		}

		@Override
		public List<String> packLanguages() {
			return List.of("en", "fr", "es", "lo");
		}

		@Override
		public String translation(EObject owner, EStructuralFeature feature, int index, String language) {
			Object value = index < 0 ? owner.eGet(feature) : ((List<?>) owner.eGet(feature)).get(index);
			return TRANSLATIONS.getOrDefault(language, Map.of()).get(value);
		}
	};

	private static Path export(String language, List<String> alongside, Path out, String... formats) throws Exception {
		List<ExportFormat> chosen = Fixtures.formats(formats);
		PreparedPack prepared = Fixtures.prepare(Fixtures.route("market-day"), chosen, TEXTS, language, alongside);
		prepared.write(chosen, out, Map.of(), new NullProgressMonitor());
		return out;
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr", "es", "lo" })
	void eachLanguageGivesValidAccessiblePagesInThatLanguage(String language) throws Exception {
		Path out = export(language, List.of(), Fixtures.exports("languages-" + language), "html");
		Path site = out.resolve("html");
		String index = Files.readString(site.resolve("index.html"));
		String agenda = Files.readString(site.resolve("agenda.html"));
		String honey = Files.readString(site.resolve("cases/honey.html"));
		assertTrue(index.contains("<html lang=\"" + language + "\">"), index);
		for (Path page : Fixtures.htmlFiles(site)) {
			assertTrue(Files.readString(page).contains("<html lang=\"" + language + "\">"), page::toString);
		}
		switch (language) {
		case "en" -> {
			assertTrue(index.contains(">Overview</a>") && agenda.contains("Day 1, <time datetime=\"2024-03-04\">Monday 4 March 2024</time>"), agenda);
			// A pack in the route's own language says its language once, on the page.
			assertEquals(1, index.split(" lang=\"", -1).length - 1, index);
		}
		case "fr" -> {
			assertTrue(index.contains(">Présentation</a>") && index.contains("<h2 id=\"objectives\">Objectifs</h2>"), index);
			assertTrue(index.contains("<h1>Jour de marché : producteurs et acheteurs du plateau des Bolovens</h1>"), index);
			assertTrue(index.contains("<li>Comprendre comment les groupes de producteurs négocient avec les acheteurs.</li>"), index);
			// Untranslated: as written, marked English.
			assertTrue(index.contains("<p class=\"subtitle\"><span lang=\"en\">A two-day test route</span></p>"), index);
			assertTrue(agenda.contains("Jour 1, <time datetime=\"2024-03-04\">lundi 4 mars 2024</time>"), agenda);
			assertTrue(honey.contains("Cas 1 sur 2") && honey.contains("<h2 id=\"actors\">Qui est impliqué</h2>"), honey);
			assertTrue(honey.contains("Paksong (district)"), honey);
		}
		case "es" -> {
			assertTrue(index.contains(">Presentación</a>") && index.contains("<h2 id=\"objectives\">Objetivos</h2>"), index);
			assertTrue(index.contains("<h1>Día de mercado: productores y compradores en la meseta de Bolaven</h1>"), index);
			assertTrue(agenda.contains("Día 1, <time datetime=\"2024-03-04\">lunes, 4 de marzo de 2024</time>"), agenda);
			assertTrue(honey.contains("Caso 1 de 2") && honey.contains("distrito de Paksong"), honey);
		}
		case "lo" -> {
			assertTrue(index.contains(">ພາບລວມ</a>") && index.contains("<h2 id=\"objectives\">ຈຸດປະສົງ</h2>"), index);
			assertTrue(index.contains("<dd>ຈຳປາສັກ, ສປປ ລາວ</dd>"), index);
			// The title has no Lao translation: shown as written, marked English; so are words not yet in Lao.
			assertTrue(index.contains("<h1><span lang=\"en\">Market Day: Producers and Buyers in the Bolaven Plateau</span></h1>"), index);
			assertTrue(agenda.contains("<th scope=\"col\"><span lang=\"en\">Session</span></th>"), agenda);
			// The day in Lao, its date from the JDK's CLDR data (March: ມີນາ).
			assertTrue(agenda.contains("ມື້ທີ 1, <time datetime=\"2024-03-04\">") && agenda.contains("ມີນາ"), agenda);
			assertTrue(honey.contains("ເມືອງ ປາກຊ່ອງ"), honey);
		}
		default -> throw new AssertionError(language);
		}
		assertEquals(List.of(), Fixtures.nuErrors(Fixtures.htmlFiles(site)));
		SiteExportTest.assertOpensCleanly(site, out.resolve("screenshots"));
	}

	@Test
	void onlyAPackWithLaoTextCarriesTheLaoFontAndItsLicence() throws Exception {
		Path english = export("en", List.of(), Fixtures.exports("languages-font-en"), "html").resolve("html");
		assertFalse(Files.exists(english.resolve("assets/fonts")));
		assertFalse(Files.readString(english.resolve("index.html")).contains("fonts.css"));

		Path lao = export("lo", List.of(), Fixtures.exports("languages-font-lo"), "html").resolve("html");
		assertArrayEquals(PackFonts.bytes("NotoSansLao-Regular.ttf"), Files.readAllBytes(lao.resolve("assets/fonts/NotoSansLao-Regular.ttf")));
		assertTrue(Files.exists(lao.resolve("assets/fonts/NotoSansLao-Bold.ttf")));
		assertTrue(Files.readString(lao.resolve("assets/fonts/OFL.txt")).contains("SIL OPEN FONT LICENSE Version 1.1"));
		String css = Files.readString(lao.resolve("assets/fonts/fonts.css"));
		assertTrue(css.contains("unicode-range: U+0E80-0EFF;") && css.contains(":lang(lo)"), css);
		for (Path page : Fixtures.htmlFiles(lao)) {
			String html = Files.readString(page);
			String root = lao.relativize(page).getNameCount() > 1 ? "../" : "";
			assertTrue(html.contains("<link rel=\"stylesheet\" href=\"" + root + "assets/fonts/fonts.css\">"), page::toString);
		}

		// The SCORM package of the Lao pack carries the font and lists it among its files.
		Path scorm = export("lo", List.of(), Fixtures.exports("languages-font-scorm"), "scorm");
		Path zip;
		try (Stream<Path> files = Files.list(scorm)) {
			zip = files.filter(f -> f.toString().endsWith("-scorm.zip")).findFirst().orElseThrow();
		}
		List<String> entries = new ArrayList<>();
		String manifest = null;
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(zip)))) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				entries.add(entry.getName());
				if (entry.getName().equals("imsmanifest.xml")) {
					manifest = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		assertTrue(entries.containsAll(List.of("assets/fonts/NotoSansLao-Regular.ttf", "assets/fonts/OFL.txt")), entries::toString);
		assertNotNull(manifest);
		assertTrue(manifest.contains("<file href=\"assets/fonts/NotoSansLao-Regular.ttf\"/>"), manifest);
	}

	@Test
	void severalLanguagesGiveOneSitePerLanguageLinkedToEachOther() throws Exception {
		Path out = Fixtures.exports("languages-several");
		List<String> languages = List.of("fr", "lo");
		for (String language : languages) {
			export(language, languages, out.resolve(language), "html");
		}
		String french = Files.readString(out.resolve("fr/html/cases/honey.html"));
		assertTrue(french.contains("<a href=\"../../../lo/html/cases/honey.html\" hreflang=\"lo\" lang=\"lo\">ລາວ</a>"), french);
		String lao = Files.readString(out.resolve("lo/html/index.html"));
		assertTrue(lao.contains("<a href=\"../../fr/html/index.html\" hreflang=\"fr\" lang=\"fr\">Français</a>"), lao);
		// Each link leads to the same page in the other language.
		assertTrue(Files.exists(out.resolve("fr/html/cases/../../../lo/html/cases/honey.html").normalize()));
		assertEquals(List.of(), Fixtures.nuErrors(Fixtures.htmlFiles(out.resolve("fr/html"))));
	}

	@Test
	void theQuizIsInThePacksLanguage() throws Exception {
		Path out = export("fr", List.of(), Fixtures.exports("languages-quiz-fr"), "gift");
		Path gift;
		try (Stream<Path> files = Files.list(out)) {
			gift = files.filter(f -> f.toString().endsWith(".gift")).findFirst().orElseThrow();
		}
		String text = Files.readString(gift);
		assertTrue(text.startsWith("// Quiz de la route d'apprentissage «\u00a0Jour de marché"), text);
		assertTrue(text.contains("[html]Qui préfinance les pots ?"), text);
		JsonElement parsed = Fixtures.node("parse-gift.mjs", gift.toString());
		assertTrue(parsed.toString().contains("Qui préfinance les pots ?"), parsed::toString);
	}

	/**
	 * Lao without system fonts: Chromium's fontconfig lists only Liberation (no Lao). The pack's
	 * own font draws the Lao words; without it the same words are boxes (.notdef); with the same
	 * font installed in the system instead, the words look as they do with the pack's font.
	 */
	@Test
	void laoRendersWithThePacksFontWhereTheSystemHasNone() throws Exception {
		Path out = Fixtures.exports("languages-lao-render");
		Path withFont = export("lo", List.of(), out.resolve("pack"), "html").resolve("html");
		Path noFont = out.resolve("no-font");
		copy(withFont, noFont);
		try (Stream<Path> fonts = Files.walk(noFont.resolve("assets/fonts"))) {
			for (Path f : fonts.sorted((a, b) -> b.compareTo(a)).toList()) {
				Files.delete(f);
			}
		}
		Path systemLao = Files.createDirectories(out.resolve("system-lao-font"));
		// The same files, regular and bold, installed as system fonts.
		for (String font : List.of("NotoSansLao-Regular.ttf", "NotoSansLao-Bold.ttf")) {
			Files.copy(withFont.resolve("assets/fonts/" + font), systemLao.resolve(font),
					java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		Path noLao = fontconfig(out.resolve("fontconfig-no-lao"), List.of(LIBERATION));
		Path withLao = fontconfig(out.resolve("fontconfig-lao"), List.of(LIBERATION, systemLao));
		// The active entry of the navigation: a Lao word ("ພາບລວມ", overview).
		String selector = "header.site nav a[aria-current=\"page\"]";

		JsonObject packFont = render(withFont, out.resolve("pack-font.png"), selector, noLao);
		JsonObject boxes = render(noFont, out.resolve("no-font.png"), selector, noLao);
		JsonObject systemFont = render(noFont, out.resolve("system-font.png"), selector, withLao);
		assertEquals("ພາບລວມ", packFont.get("text").getAsString());
		assertEquals(List.of("Noto Sans Lao web font"), fonts(packFont), packFont::toString);
		assertFalse(fonts(boxes).stream().anyMatch(f -> f.startsWith("Noto Sans Lao")), boxes::toString);
		assertEquals(List.of("Noto Sans Lao"), fonts(systemFont), systemFont::toString);
		assertTrue(packFont.getAsJsonArray("external").isEmpty(), packFont::toString);

		// Pixels: the pack's font draws the word as the same font installed in the system does, and
		// nothing like the boxes of missing glyphs.
		Screenshots.Ink pack = Screenshots.ink(out.resolve("pack-font.png"));
		Screenshots.Ink installed = Screenshots.ink(out.resolve("system-font.png"));
		Screenshots.Ink missing = Screenshots.ink(out.resolve("no-font.png"));
		String inks = "pack's font " + pack + ", installed font " + installed + ", no font " + missing;
		assertTrue(Math.abs(pack.width() - installed.width()) <= 1 && Math.abs(pack.height() - installed.height()) <= 1
				&& Math.abs(pack.pixels() - installed.pixels()) <= installed.pixels() / 10, inks);
		assertTrue(pack.width() != missing.width() || pack.height() != missing.height()
				|| Math.abs(pack.pixels() - missing.pixels()) > missing.pixels() / 5, inks);
	}

	/** A font folder without any Lao font (fonts-liberation2). */
	private static final Path LIBERATION = Path.of("/usr/share/fonts/truetype/liberation2");

	/** A fontconfig set-up that knows only these font folders, with a cache of its own. */
	private static Path fontconfig(Path folder, List<Path> fontFolders) throws IOException {
		assertTrue(Files.isDirectory(LIBERATION), "install fonts-liberation2 (./run-tests does)");
		Files.createDirectories(folder);
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"urn:fontconfig:fonts.dtd\">\n<fontconfig>\n");
		for (Path dir : fontFolders) {
			xml.append("  <dir>").append(dir.toAbsolutePath()).append("</dir>\n");
		}
		xml.append("  <cachedir>").append(folder.toAbsolutePath().resolve("cache")).append("</cachedir>\n</fontconfig>\n");
		Path file = folder.resolve("fonts.conf");
		Files.writeString(file, xml);
		return file;
	}

	private static JsonObject render(Path site, Path png, String selector, Path fontconfig) throws Exception {
		List<String> command = List.of("node", Fixtures.tools().resolve("lao-fonts.mjs").toString(),
				site.resolve("index.html").toString(), png.toString(), selector);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false);
		builder.environment().put("FONTCONFIG_FILE", fontconfig.toString());
		Process process = builder.start();
		byte[] stdout = process.getInputStream().readAllBytes();
		String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS), "lao-fonts.mjs did not finish");
		assertEquals(0, process.exitValue(), stderr);
		return com.google.gson.JsonParser.parseString(new String(stdout, StandardCharsets.UTF_8)).getAsJsonObject();
	}

	/** The fonts that drew Lao glyphs (fonts that drew only the spaces around are left out), web fonts marked. */
	private static List<String> fonts(JsonObject report) {
		List<String> fonts = new ArrayList<>();
		for (JsonElement element : report.getAsJsonArray("fonts")) {
			JsonObject font = element.getAsJsonObject();
			fonts.add(font.get("familyName").getAsString() + (font.get("isCustomFont").getAsBoolean() ? " web font" : ""));
		}
		return fonts;
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path source : files.toList()) {
				Path target = to.resolve(from.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				} else {
					Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}
}
