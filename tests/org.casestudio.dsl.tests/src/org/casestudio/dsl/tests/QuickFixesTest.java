package org.casestudio.dsl.tests;

import static org.casestudio.dsl.tests.LanguageServices.INJECTOR;
import static org.casestudio.dsl.tests.LanguageServices.issues;
import static org.casestudio.dsl.tests.LanguageServices.read;
import static org.casestudio.dsl.tests.LanguageServices.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.casestudio.dsl.ide.editor.ModelSession;
import org.casestudio.dsl.ide.services.Fix;
import org.casestudio.dsl.ide.services.MarkedIssue;
import org.casestudio.dsl.ide.services.QuickFixes;
import org.casestudio.dsl.ide.services.TextEdit;
import org.casestudio.dsl.validation.IssueCodes;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/**
 * Each quick fix, from the problem the validator reports on a real file to the text after the fix:
 * the fix repairs what its code says and nothing else.
 */
class QuickFixesTest {

	private final QuickFixes quickFixes = INJECTOR.getInstance(QuickFixes.class);
	private final Path route = Fixtures.attapeu().resolve("attapeu.route");
	private final Path actors = Fixtures.attapeu().resolve("actors.actors");
	private final Path asparagus = Fixtures.attapeu().resolve("cases/asparagus.case");
	private final Path naturalDyes = Fixtures.attapeu().resolve("cases/natural-dyes.case");

	/** The fixes of the one problem with the code in the text. */
	private List<Fix> fixes(Path file, String text, String code) {
		ModelSession session = session(file, text);
		List<Issue> found = issues(session, code);
		assertEquals(1, found.size(), code + " in " + found);
		MarkedIssue problem = MarkedIssue.of(found.get(0));
		return session.read(resource -> quickFixes.fixes(resource, problem));
	}

	/** The text after the first fix of the problem with the code; the problem is then gone. */
	private String fixed(Path file, String text, String code) {
		List<Fix> fixes = fixes(file, text, code);
		assertTrue(!fixes.isEmpty(), "a fix of " + code);
		String result = TextEdit.apply(text, fixes.get(0).edits());
		assertEquals(List.of(), issues(session(file, result), code), result);
		return result;
	}

	@Test
	void aMisspeltIdIsChangedToTheDeclaredOne() throws Exception {
		String original = read(naturalDyes);
		String misspelt = original.replace("host natural_dyes_group", "host natural_dye_group");
		List<Fix> fixes = fixes(naturalDyes, misspelt, IssueCodes.UNRESOLVED_REFERENCE);
		assertEquals("Change to 'natural_dyes_group'", fixes.get(0).label());
		assertEquals(original, fixed(naturalDyes, misspelt, IssueCodes.UNRESOLVED_REFERENCE));
	}

	@Test
	void aMisspeltIdIsOfferedOnlyIdsOfTheRightKind() throws Exception {
		// "asparagus" is a case: a host is an actor, so only actors may be offered.
		String text = read(asparagus).replace("host asparagus_group", "host asparagus_grou");
		List<String> offered = fixes(asparagus, text, IssueCodes.UNRESOLVED_REFERENCE).stream()
				.map(fix -> fix.edits().get(0).text()).toList();
		assertEquals("asparagus_group", offered.get(0));
		assertTrue(!offered.contains("asparagus"), offered::toString);
	}

	/** The French title of the multilingual fixture was made from an earlier title: marked up to date. */
	@Test
	void anOutOfDateTranslationIsMarkedUpToDate() throws Exception {
		Path multilingual = Fixtures.testData().resolve(Path.of("good", "multilingual", "coffee.route"));
		String original = read(multilingual);
		List<Fix> fixes = fixes(multilingual, original, IssueCodes.TRANSLATION_OUT_OF_DATE);
		assertEquals("Mark the translation into fr as up to date", fixes.get(0).label());
		String expected = original.replace("fr \"Le café à Attapeu\" #b2fff4", "fr \"Le café à Attapeu\" #f1de83");
		assertEquals(expected, fixed(multilingual, original, IssueCodes.TRANSLATION_OUT_OF_DATE));
	}

	@Test
	void aVisitedCaseIsAddedToTheRoutesCases() throws Exception {
		String original = read(route);
		String withVisit = original.replace("\nend\n", "\n\tday 1 visit \"Dakseum\" case coffee end\nend\n");
		String missing = withVisit.replace("cases asparagus, natural_dyes, coffee", "cases asparagus, natural_dyes");
		assertEquals(withVisit, fixed(route, missing, IssueCodes.CASE_NOT_IN_ROUTE));
	}

	@Test
	void aRouteWithoutCasesGetsAListOfCases() throws Exception {
		String original = read(route);
		String withVisit = original.replace("\nend\n", "\n\tday 1 visit \"Dakseum\" case coffee end\nend\n");
		String none = withVisit.replace("\tcases asparagus, natural_dyes, coffee\n", "");
		// The list goes where the grammar wants it: after "participants from", not after the title.
		assertEquals(withVisit.replace("cases asparagus, natural_dyes, coffee", "cases coffee"),
				fixed(route, none, IssueCodes.CASE_NOT_IN_ROUTE));
	}

	@Test
	void aRepeatedCaseIsRemovedWithItsComma() throws Exception {
		String original = read(route);
		String repeated = original.replace("cases asparagus, natural_dyes, coffee", "cases asparagus, natural_dyes, coffee, asparagus");
		assertEquals(original, fixed(route, repeated, IssueCodes.DUPLICATE_CASE_IN_ROUTE));
	}

	@Test
	void aPartnersRoleBecomesTheOneItsKindCallsFor() throws Exception {
		String original = read(asparagus);
		String wrong = original.replace("partner swift as private", "partner swift as public");
		List<Fix> fixes = fixes(asparagus, wrong, IssueCodes.ROLE_MISMATCH);
		assertEquals("Change the role to 'private'", fixes.get(0).label());
		assertEquals(original, fixed(asparagus, wrong, IssueCodes.ROLE_MISMATCH));
	}

	@Test
	void aNegativeCountLosesItsMinusSign() throws Exception {
		String original = read(actors);
		String negative = original.replaceFirst("\thouseholds 21", "\thouseholds -21");
		assertEquals(original, fixed(actors, negative, IssueCodes.NEGATIVE_COUNT));
		String spaced = original.replaceFirst("\thouseholds 21", "\thouseholds - 21");
		assertEquals(original, fixed(actors, spaced, IssueCodes.NEGATIVE_COUNT));
	}

	@Test
	void aProblemWithoutAnObviousFixGetsNone() throws Exception {
		String original = read(actors);
		int at = original.indexOf("\thouseholds 21") + "\thouseholds 21".length();
		String text = original.substring(0, at) + "\n\tmembers 5\n\twomen 7" + original.substring(at);
		assertEquals(List.of(), fixes(actors, text, IssueCodes.WOMEN_EXCEED_MEMBERS));
	}

	@Test
	void aProblemOutsideTheTextGetsNoFix() throws Exception {
		String text = read(actors);
		ModelSession session = session(actors, text);
		MarkedIssue outside = new MarkedIssue(IssueCodes.NEGATIVE_COUNT, text.length() + 5, 3, List.of());
		assertEquals(List.of(), session.read(resource -> quickFixes.fixes(resource, outside)));
		MarkedIssue noCode = new MarkedIssue(null, 0, 1, null);
		assertEquals(List.of(), session.read(resource -> quickFixes.fixes(resource, noCode)));
	}
}
