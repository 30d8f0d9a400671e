package org.casestudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.casestudio.dsl.headless.ModelWorkspace;
import org.casestudio.dsl.ide.editor.ContentAssist;
import org.casestudio.dsl.ide.editor.ModelSession;
import org.casestudio.dsl.translations.Fingerprint;
import org.casestudio.dsl.translations.PoFile;
import org.casestudio.dsl.translations.RouteTranslations;
import org.casestudio.dsl.translations.TranslationFiles;
import org.casestudio.dsl.validation.IssueCodes;
import org.casestudio.model.Actor;
import org.casestudio.model.CaseStudioPackage;
import org.casestudio.model.CaseStudy;
import org.casestudio.model.Declaration;
import org.casestudio.model.Document;
import org.casestudio.model.LearningRoute;
import org.casestudio.model.problems.Problem;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * A route in several languages, on the fixture {@code good/multilingual}: written in English, its
 * packs in Lao, French and Spanish, every text translated (some beside the text, the others in
 * the translators' files) and the French title deliberately out of date. The translators' files
 * are checked by gettext's own {@code msgfmt --check}.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(CaseStudioInjectorProvider.class)
class TranslationsTest {

	private static final CaseStudioPackage P = CaseStudioPackage.eINSTANCE;

	@Inject
	private Injector injector;

	@TempDir
	Path temp;

	private static Path fixture() {
		return Fixtures.testData().resolve(Path.of("good", "multilingual"));
	}

	/** A copy of the fixture that a test may change. */
	private Path copy() throws IOException {
		Path to = temp.resolve("multilingual");
		try (Stream<Path> walk = Files.walk(fixture())) {
			for (Path from : walk.toList()) {
				Path target = to.resolve(fixture().relativize(from).toString());
				if (Files.isDirectory(from)) {
					Files.createDirectories(target);
				} else {
					Files.copy(from, target);
				}
			}
		}
		return to;
	}

	private ModelWorkspace load(Path folder) {
		ModelWorkspace workspace = ModelWorkspace.load(injector, List.of(folder));
		assertEquals(List.of(), workspace.fileProblems());
		return workspace;
	}

	private static Map<String, Declaration> declarations(ModelWorkspace workspace) {
		return workspace.resources().keySet().stream()
				.flatMap(r -> ((Document) r.getContents().get(0)).getDeclarations().stream())
				.collect(Collectors.toMap(Declaration::getName, Function.identity()));
	}

	private static String describe(List<Problem> problems) {
		return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
	}

	private static List<Problem> translationProblems(List<Problem> problems) {
		return problems.stream().filter(p -> p.code().startsWith("casestudio.translation")).toList();
	}

	@Test
	void theFixtureHasExactlyItsOneOutOfDateTranslation() {
		ModelWorkspace workspace = load(fixture());
		List<Problem> problems = workspace.validate(CancelIndicator.NullImpl);
		assertEquals(1, problems.size(), () -> describe(problems));
		Problem stale = problems.get(0);
		assertEquals(IssueCodes.TRANSLATION_OUT_OF_DATE, stale.code());
		assertEquals(Problem.Severity.WARNING, stale.severity());
		assertEquals("coffee.route", stale.file().getFileName().toString());
		assertEquals(5, stale.line(), "at the source text, the route's title");
		assertTrue(stale.message().contains("fr") && stale.message().contains(Fingerprint.of("Coffee in Attapeu")),
				stale.message());
	}

	@Test
	void translationsComeFromTheTextAndFromTheTranslatorsFiles() {
		Map<String, Declaration> byName = declarations(load(fixture()));
		LearningRoute route = (LearningRoute) byName.get("coffee_route");
		CaseStudy coffee = (CaseStudy) byName.get("coffee");
		Actor group = (Actor) byName.get("coffee_group");
		RouteTranslations translations = RouteTranslations.forRoute(route);

		assertEquals("en", translations.sourceLanguage());
		assertEquals(List.of("en", "lo", "fr", "es"), translations.packLanguages());
		// Written beside the text:
		assertEquals("ກາເຟອິນຊີ", translations.translation(coffee, P.getNamedElement_Title(), -1, "lo"));
		assertEquals("Café orgánico", translations.translation(coffee, P.getNamedElement_Title(), -1, "es"));
		assertEquals("ສປປ ລາວ", translations.translation(route, P.getLearningRoute_Country(), -1, "lo"));
		assertEquals("Grupo del café", translations.translation(group, P.getNamedElement_Title(), -1, "es"));
		// From translations/<language>.po:
		assertEquals("ເຮັດວຽກຮ່ວມກັນ", translations.translation(coffee, P.getCaseStudy_Lessons(), 0, "lo"));
		assertEquals("Travailler ensemble.", translations.translation(coffee, P.getCaseStudy_Lessons(), 0, "fr"));
		assertEquals("Grupo del café",
				translations.translation(route.getDays().get(0).getSessions().get(0), P.getSession_Title(), -1, "es"));
		assertEquals("ອັດຕະປື", translations.translation(route.getDays().get(0), P.getDay_Place(), -1, "lo"));
		// The out-of-date one is not used; the source language is the text itself:
		assertNull(translations.translation(route, P.getNamedElement_Title(), -1, "fr"));
		assertEquals("El café en Attapeu", translations.translation(route, P.getNamedElement_Title(), -1, "es"));
		assertEquals("Coffee in Attapeu", translations.translation(route, P.getNamedElement_Title(), -1, "en"));
		assertNull(translations.translation(coffee, P.getCaseStudy_Lessons(), 0, "de"));
	}

	@Test
	void theFixturesTranslatorsFilesPassMsgfmt() throws Exception {
		for (String language : List.of("lo", "fr", "es")) {
			msgfmtCheck(fixture().resolve("translations").resolve(language + ".po"));
		}
	}

	@Test
	void aNewTextIsMissingInEveryPackLanguageAtItsLine() throws IOException {
		Path folder = copy();
		Path caseFile = folder.resolve("coffee.case");
		String text = Files.readString(caseFile);
		Files.writeString(caseFile, text.replace("\tlesson \"Work together.\"\n",
				"\tlesson \"Work together.\"\n\tlesson \"Sell together.\"\n"));
		List<Problem> problems = translationProblems(load(folder).validate(CancelIndicator.NullImpl));
		List<Problem> missing = problems.stream().filter(p -> p.code().equals(IssueCodes.TRANSLATION_MISSING)).toList();
		assertEquals(1, missing.size(), () -> describe(problems));
		assertEquals("coffee.case", missing.get(0).file().getFileName().toString());
		assertEquals(7, missing.get(0).line());
		assertTrue(missing.get(0).message().contains("lo, fr, es"), missing.get(0).message());
		assertEquals(2, problems.size(), "and the French title, still out of date: " + describe(problems));
	}

	@Test
	void aRouteThatSaysNoLanguagesAsksForNoTranslation() throws IOException {
		Path folder = copy();
		Path routeFile = folder.resolve("coffee.route");
		Files.writeString(routeFile, Files.readString(routeFile).replace("\twritten in en\n", "")
				.replace("\tpacks in en, lo, fr, es\n", ""));
		Files.writeString(folder.resolve("coffee.case"),
				Files.readString(folder.resolve("coffee.case")) + "\ncase second \"Second\"\n\tlesson \"New.\"\nend\n");
		List<Problem> problems = load(folder).validate(CancelIndicator.NullImpl);
		assertEquals(List.of(), problems, () -> describe(problems));
	}

	@Test
	void markingATranslationUpToDateIsGivingItTheTextsFingerprint() throws IOException {
		Path folder = copy();
		Path routeFile = folder.resolve("coffee.route");
		Files.writeString(routeFile, Files.readString(routeFile).replace("#b2fff4", "#" + Fingerprint.of("Coffee in Attapeu")));
		ModelWorkspace workspace = load(folder);
		assertEquals(List.of(), workspace.validate(CancelIndicator.NullImpl));
		LearningRoute route = (LearningRoute) declarations(workspace).get("coffee_route");
		assertEquals("Le café à Attapeu",
				RouteTranslations.forRoute(route).translation(route, P.getNamedElement_Title(), -1, "fr"));
	}

	@Test
	void roundTripThroughTheTranslatorsFile() throws Exception {
		Path folder = copy();
		Path po = folder.resolve("translations/fr.po");
		Files.delete(po);

		// 1. Written anew: every text one entry, those translated beside the text already filled in.
		ModelWorkspace workspace = load(folder);
		TranslationFiles.Result written = update(workspace, "fr");
		msgfmtCheck(po);
		PoFile first = PoFile.parse(Files.readAllBytes(po));
		assertEquals("fr", first.headerField("Language"));
		assertEquals(written.texts(), first.entries.size());
		assertEquals(keys(first).size(), first.entries.size(), "keys are unique");
		PoFile.Entry groupTitle = entry(first, "actor coffee_group/title");
		assertEquals("Groupe du café", groupTitle.translation);
		PoFile.Entry lesson = entry(first, "case coffee/lessons[1]");
		assertEquals("Work together.", lesson.id);
		assertEquals("", lesson.translation);
		assertEquals("", entry(first, "route coffee_route/title").translation, "an out-of-date one is not copied");
		List<Problem> before = translationProblems(workspace.validate(CancelIndicator.NullImpl));
		assertTrue(before.stream().anyMatch(p -> p.code().equals(IssueCodes.TRANSLATION_MISSING)
				&& p.file().endsWith("coffee.case") && p.line() == 6), () -> describe(before));

		// 2. Filled in as a translator does, in the text of the file.
		String text = Files.readString(po);
		text = fill(text, "case coffee/lessons[1]", "Travailler ensemble.");
		text = fill(text, "route coffee_route/objectives[1]", "Travailler \\\"ensemble\\\".");
		text = fill(text, "route coffee_route/days[1]/title", "Café");
		text = fill(text, "route coffee_route/days[1]/place", "Attapeu");
		text = fill(text, "route coffee_route/days[1]/sessions[1]/title", "Groupe du café");
		text = fill(text, "route coffee_route/title", "Le café à Attapeu");
		Files.writeString(po, text);
		msgfmtCheck(po);

		// 3. Read back: the validator and the lookup use the translations.
		workspace = load(folder);
		List<Problem> filled = workspace.validate(CancelIndicator.NullImpl);
		assertEquals(List.of(), filled.stream().filter(p -> p.code().equals(IssueCodes.TRANSLATION_MISSING)).toList(),
				() -> describe(filled));
		CaseStudy coffee = (CaseStudy) declarations(workspace).get("coffee");
		LearningRoute route = (LearningRoute) declarations(workspace).get("coffee_route");
		RouteTranslations translations = RouteTranslations.forRoute(route);
		assertEquals("Travailler ensemble.", translations.translation(coffee, P.getCaseStudy_Lessons(), 0, "fr"));
		assertEquals("Travailler \"ensemble\".", translations.translation(route, P.getLearningRoute_Objectives(), 0, "fr"));
		assertEquals("Le café à Attapeu", translations.translation(route, P.getNamedElement_Title(), -1, "fr"),
				"the translator's file stands in for the out-of-date one");

		// 4. One source text changes; writing again marks exactly that entry fuzzy.
		PoFile filledFile = PoFile.parse(Files.readAllBytes(po));
		Path caseFile = folder.resolve("coffee.case");
		Files.writeString(caseFile, Files.readString(caseFile).replace("lesson \"Work together.\"", "lesson \"Work as a group.\""));
		workspace = load(folder);
		TranslationFiles.Result again = update(workspace, "fr");
		msgfmtCheck(po);
		PoFile second = PoFile.parse(Files.readAllBytes(po));
		assertEquals(1, again.outOfDate());
		assertEquals(0, again.added());
		List<PoFile.Entry> fuzzy = second.entries.stream().filter(e -> e.fuzzy).toList();
		assertEquals(List.of("case coffee/lessons[1]"), fuzzy.stream().map(e -> e.context).toList());
		assertEquals("Work together.", fuzzy.get(0).previousId);
		assertEquals("Work as a group.", fuzzy.get(0).id);
		assertEquals("Travailler ensemble.", fuzzy.get(0).translation, "the translator's work is kept");
		for (PoFile.Entry e : second.entries) {
			if (!e.fuzzy) {
				PoFile.Entry was = entry(filledFile, e.context);
				assertEquals(was.id, e.id, e.context);
				assertEquals(was.translation, e.translation, e.context);
			}
		}
		assertTrue(Files.readString(po).contains("#, fuzzy\n#| msgid \"Work together.\"\nmsgctxt \"case coffee/lessons[1]\""));

		// 5. The validator sees it as out of date, at the changed text; packs do not use it.
		List<Problem> stale = translationProblems(workspace.validate(CancelIndicator.NullImpl));
		assertEquals(1, stale.size(), () -> describe(stale));
		assertEquals(IssueCodes.TRANSLATION_OUT_OF_DATE, stale.get(0).code());
		assertEquals("coffee.case", stale.get(0).file().getFileName().toString());
		assertEquals(6, stale.get(0).line());
		coffee = (CaseStudy) declarations(workspace).get("coffee");
		route = (LearningRoute) declarations(workspace).get("coffee_route");
		assertNull(RouteTranslations.forRoute(route).translation(coffee, P.getCaseStudy_Lessons(), 0, "fr"));
	}

	@Test
	void aTextThatIsGoneKeepsItsTranslationAsObsolete() throws Exception {
		Path folder = copy();
		Path routeFile = folder.resolve("coffee.route");
		Files.writeString(routeFile, Files.readString(routeFile).replace("\tobjective \"Work together.\"\n", ""));
		TranslationFiles.Result result = update(load(folder), "es");
		Path po = folder.resolve("translations/es.po");
		msgfmtCheck(po);
		PoFile file = PoFile.parse(Files.readAllBytes(po));
		assertEquals(1, result.obsolete());
		PoFile.Entry obsolete = file.entries.stream().filter(e -> e.obsolete).findFirst().orElseThrow();
		assertEquals("Trabajar juntos.", obsolete.translation);
		assertTrue(Files.readString(po).contains("#~ msgctxt \"route coffee_route/objectives[1]\""), Files.readString(po));
		assertEquals(0, file.entries.stream().filter(e -> e.fuzzy).count());
	}

	@Test
	void aTranslationFollowsItsTextWhenAnItemIsAddedBeforeIt() throws Exception {
		Path folder = copy();
		update(load(folder), "es"); // the texts translated beside them join the file
		Path caseFile = folder.resolve("coffee.case");
		Files.writeString(caseFile, Files.readString(caseFile).replace("\tlesson \"Work together.\"\n",
				"\tlesson \"Sell together.\"\n\tlesson \"Work together.\"\n"));
		TranslationFiles.Result result = update(load(folder), "es");
		Path po = folder.resolve("translations/es.po");
		msgfmtCheck(po);
		PoFile file = PoFile.parse(Files.readAllBytes(po));
		assertEquals(1, result.added());
		assertEquals(0, result.outOfDate());
		assertEquals("Trabajar juntos.", entry(file, "case coffee/lessons[2]").translation);
		assertEquals("", entry(file, "case coffee/lessons[1]").translation);
		assertEquals("Sell together.", entry(file, "case coffee/lessons[1]").id);
	}

	@Test
	void aBrokenTranslatorsFileIsReportedAtItsPlaceAndLeftAsItIs() throws IOException {
		Path folder = copy();
		Path po = folder.resolve("translations/fr.po");
		String broken = Files.readString(po).replace("msgstr \"Café\"", "msgstr \"Café");
		Files.writeString(po, broken);
		ModelWorkspace workspace = load(folder);
		List<Problem> problems = workspace.validate(CancelIndicator.NullImpl);
		Problem unreadable = problems.stream().filter(p -> p.code().equals(IssueCodes.TRANSLATION_FILE_UNREADABLE))
				.findFirst().orElseThrow(() -> new AssertionError(describe(problems)));
		int line = lineOf(broken, "msgstr \"Café") + 1;
		assertTrue(unreadable.message().contains("fr.po:" + line + ":13"), unreadable.message());
		assertTrue(unreadable.isError());
		syntaxError(() -> update(workspace, "fr"));
		assertEquals(broken, Files.readString(po), "never overwritten");
	}

	@Test
	void badPoInputGivesLocatedErrors() {
		assertError("msgid \"a\"\nmsgstr \"b\n", 2, 10, "not closed");
		assertError("msgid \"a\"\nmsgstr \"b\" x\n", 2, 11, "follow");
		assertError("msgid \"a\\q\"\nmsgstr \"b\"\n", 1, 9, "\\q");
		assertError("msgid \"a\"\nmsgtxt \"b\"\n", 2, 1, "msgstr");
		assertError("msgid \"a\"\nmsgstr \"b\"\n\"c\"\n\n\"d\"\n", 5, 1, "continues nothing");
		// Latin-1 bytes: é as the single byte E9.
		byte[] latin1 = "msgid \"a\"\nmsgstr \"caf\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1);
		PoFile.SyntaxError e = syntaxError(() -> PoFile.parse(latin1));
		assertEquals(2, e.line());
		assertEquals(12, e.column());
		assertError("msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=ISO-8859-1\\n\"\n", 2, 8, "msgconv");
	}

	@Test
	void poTextsKeepEscapesAndLines() throws Exception {
		PoFile file = new PoFile();
		file.header = PoFile.newHeader("r", "fr", "2026-11-29 12:00+0000");
		PoFile.Entry e = new PoFile.Entry();
		e.context = "case a/context";
		e.id = "First line\nsecond \"line\"\twith a tab\\";
		e.translation = "Première ligne\ndeuxième « ligne »\tavec une tabulation\\";
		file.entries.add(e);
		Path po = temp.resolve("escapes.po");
		Files.writeString(po, file.write());
		msgfmtCheck(po);
		PoFile back = PoFile.parse(Files.readAllBytes(po));
		assertEquals(e.id, back.entries.get(0).id);
		assertEquals(e.translation, back.entries.get(0).translation);
		assertEquals(file.write(), back.write(), "written again unchanged");
	}

	@Test
	void languageTagsAndFingerprintsParse() throws Exception {
		Path folder = copy();
		Path actors = folder.resolve("actors.actors");
		Files.writeString(actors, Files.readString(actors).replace("\tes \"Grupo del café\"\n",
				"\tes \"Grupo del café\"\n\tpt-BR \"Grupo do café\" #F7D024\n\tes-419 \"Grupo del café\"\n"));
		ModelWorkspace workspace = load(folder);
		Actor group = (Actor) declarations(workspace).get("coffee_group");
		assertEquals(List.of("lo", "fr", "es", "pt-BR", "es-419"),
				group.getTranslations().stream().map(t -> t.getLanguage()).toList());
		assertEquals("f7d024", group.getTranslations().get(3).getFingerprint());
		assertEquals(Fingerprint.of("Coffee group"), group.getTranslations().get(3).getFingerprint());
		assertFalse(workspace.validate(CancelIndicator.NullImpl).stream().anyMatch(Problem::isError));
	}

	@Test
	void aSecondTranslationIntoOneLanguageIsAnError() throws IOException {
		Path folder = copy();
		Path actors = folder.resolve("actors.actors");
		Files.writeString(actors, Files.readString(actors).replace("\tes \"Grupo del café\"\n",
				"\tes \"Grupo del café\"\n\tES \"Grupo de café\"\n"));
		List<Problem> errors = load(folder).validate(CancelIndicator.NullImpl).stream().filter(Problem::isError).toList();
		assertEquals(List.of(IssueCodes.DUPLICATE_TRANSLATION + " 5"),
				errors.stream().map(p -> p.code() + " " + p.line()).toList(), () -> describe(errors));
	}

	/** After a text, a word and a text read as a translation: a misspelt clause is a syntax error. */
	@Test
	void anUnknownLanguageIsASyntaxErrorAtItsPlace() throws IOException {
		Path folder = copy();
		Path actors = folder.resolve("actors.actors");
		Files.writeString(actors, Files.readString(actors).replace("\tes \"Grupo del café\"\n",
				"\tes \"Grupo del café\"\n\tcolour \"red\"\n"));
		List<Problem> errors = load(folder).validate(CancelIndicator.NullImpl).stream().filter(Problem::isError).toList();
		assertEquals(List.of("casestudio.syntax 5"), errors.stream().map(p -> p.code() + " " + p.line()).toList(),
				() -> describe(errors));
		assertTrue(errors.get(0).message().startsWith("'colour' is not understood here"), errors.get(0).message());
		assertTrue(errors.get(0).message().contains("no language code"), errors.get(0).message());
	}

	@Test
	void contentAssistProposesTheRoutesLanguagesWhereALanguageIsWritten() throws Exception {
		Path folder = copy();
		Path caseFile = folder.resolve("coffee.case");
		String text = Files.readString(caseFile);
		// Where a second lesson's translation starts: after the text, on a line of its own.
		String typed = text.replace("\tlesson \"Work together.\"\n", "\tlesson \"Work together.\"\n\t\t");
		int offset = typed.indexOf("\t\t", typed.indexOf("lesson")) + 2;
		ModelSession session = ModelSession.open(LanguageServices.INJECTOR, caseFile, typed);
		// The route's file is loaded beside it, as the editor's index loads the folder tree.
		session.read(r -> r.getResourceSet().getResource(
				org.eclipse.emf.common.util.URI.createFileURI(folder.resolve("coffee.route").toString()), true));
		List<ContentAssistEntry> proposals = ContentAssist.proposals(session, typed, offset);
		List<String> words = proposals.stream().map(ContentAssistEntry::getProposal).toList();
		assertTrue(words.containsAll(List.of("en", "lo", "fr", "es")), words::toString);
		assertEquals("Lao", proposals.stream().filter(p -> p.getProposal().equals("lo")).findFirst().orElseThrow()
				.getDescription());
		// The route's own languages come before the other common ones.
		assertTrue(words.indexOf("lo") < words.indexOf("pt"), words::toString);
	}

	// -------------------------------------------------------------------------------------------- helpers

	private static TranslationFiles.Result update(ModelWorkspace workspace, String language)
			throws IOException, PoFile.SyntaxError {
		LearningRoute route = workspace.routes().get(0);
		List<Resource> resources = new ArrayList<>(workspace.resources().keySet());
		return TranslationFiles.update(RouteTranslations.forRoute(route), route.getName(), resources, language);
	}

	private static List<String> keys(PoFile file) {
		return file.entries.stream().map(e -> e.context).distinct().toList();
	}

	private static PoFile.Entry entry(PoFile file, String key) {
		return file.entries.stream().filter(e -> key.equals(e.context) && !e.obsolete).findFirst()
				.orElseThrow(() -> new AssertionError("no entry " + key));
	}

	/** Fills in the msgstr of one entry, as a translator's editor does. */
	private static String fill(String po, String key, String translation) {
		String context = "msgctxt \"" + key + "\"\n";
		int at = po.indexOf(context);
		assertTrue(at >= 0, key);
		int msgstr = po.indexOf("msgstr \"", at);
		int end = po.indexOf('\n', msgstr);
		return po.substring(0, msgstr) + "msgstr \"" + translation + "\"" + po.substring(end);
	}

	private static int lineOf(String text, String what) {
		return (int) text.substring(0, text.indexOf(what)).chars().filter(c -> c == '\n').count();
	}

	private static void assertError(String po, int line, int column, String says) {
		PoFile.SyntaxError e = syntaxError(() -> PoFile.parse(po.getBytes(StandardCharsets.UTF_8)));
		assertEquals(line + ":" + column, e.line() + ":" + e.column(), e.getMessage());
		assertTrue(e.getMessage().contains(says), e.getMessage());
	}

	/** What reading or writing a translator's file throws when the file cannot be read. */
	private interface PoAction {
		void run() throws Exception;
	}

	private static PoFile.SyntaxError syntaxError(PoAction action) {
		try {
			action.run();
		} catch (PoFile.SyntaxError e) {
			return e;
		} catch (Exception e) {
			throw new AssertionError("a located syntax error expected, not " + e, e);
		}
		throw new AssertionError("a located syntax error expected");
	}

	/** gettext's own check of a PO file: no error and no warning. */
	static void msgfmtCheck(Path po) throws IOException, InterruptedException {
		Process msgfmt = new ProcessBuilder("msgfmt", "--check", "-o", "/dev/null", po.toString())
				.redirectErrorStream(true).start();
		String output = new String(msgfmt.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(msgfmt.waitFor(60, TimeUnit.SECONDS));
		assertEquals(0, msgfmt.exitValue(), output);
		assertEquals("", output, "msgfmt --check warns about " + po);
	}
}
