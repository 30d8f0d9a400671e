package org.casestudio.dsl.tests;

import static org.casestudio.dsl.validation.IssueCodes.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.casestudio.model.CaseStudioPackage;
import org.casestudio.model.Document;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Each rule of the validator, once broken and once kept. Assertions name issue codes and model
 * classes, never message texts, so that messages can be reworded and translated freely.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(CaseStudioInjectorProvider.class)
class ValidatorTest {

	private static final CaseStudioPackage P = CaseStudioPackage.eINSTANCE;

	/** Actors of every side, declared in a file of their own as a real folder tree would. */
	private static final String ACTORS = """
			programme prog "A public programme" end
			trader buyer "A private buyer" end
			producers growers "A producer group" members 20 women 5 end
			ngo helper "An NGO" end
			""";

	@Inject
	private ParseHelper<Document> parser;

	@Inject
	private ValidationTestHelper validation;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	private XtextResourceSet resourceSet;
	private int files;

	@BeforeEach
	void loadActors() throws Exception {
		resourceSet = resourceSets.get();
		parse(ACTORS, "actors");
	}

	private Document parse(String text, String extension) throws Exception {
		return parser.parse(text, URI.createURI("tree/file" + files++ + "." + extension), resourceSet);
	}

	/** A case with a lesson, under a fresh id unless one is given. */
	private Document caseWith(String body) throws Exception {
		return caseNamed("c" + files, body);
	}

	private Document caseNamed(String name, String body) throws Exception {
		return parse("case " + name + " \"A case\"\n" + body + "\nlesson \"A lesson\"\nend\n", "case");
	}

	private Document partnership(String body) throws Exception {
		return caseWith("partnership p \"A partnership\"\n" + body + "\nend");
	}

	private void assertIssue(Document model, EClass eClass, String code) {
		ValidationAssertions.assertIssue(validation, resourceSet, model, eClass, code);
	}

	private void assertNoIssue(Document model, String code) {
		ValidationAssertions.assertNoIssue(validation, model, code);
	}

	// ----------------------------------------------------------------------------------- partnerships

	@Test
	void partnershipNeedsTwoPartners() throws Exception {
		assertIssue(partnership("partner growers as producer"), P.getPartnership(), TOO_FEW_PARTNERS);
		assertNoIssue(partnership("partner growers as producer\npartner buyer as private"), TOO_FEW_PARTNERS);
	}

	@Test
	void fourPNeedsPublicPrivateAndProducer() throws Exception {
		Document incomplete = partnership("type 4P\npartner prog as public\npartner buyer as private");
		assertIssue(incomplete, P.getPartnership(), INCOMPLETE_4P);
		Issue issue = validation.validate(incomplete).stream().filter(i -> INCOMPLETE_4P.equals(i.getCode()))
				.findFirst().orElseThrow();
		assertEquals("producer", issue.getData()[0], "the missing role is issue data for a quick fix");
		assertNoIssue(partnership("type 4P\npartner prog as public\npartner buyer as private\npartner growers as producer"),
				INCOMPLETE_4P);
	}

	@Test
	void pppNeedsPublicAndPrivate() throws Exception {
		assertIssue(partnership("type PPP\npartner growers as producer\npartner buyer as private"), P.getPartnership(),
				INCOMPLETE_PPP);
		assertNoIssue(partnership("type PPP\npartner prog as public\npartner buyer as private"), INCOMPLETE_PPP);
	}

	@Test
	void partnerListedOnce() throws Exception {
		assertIssue(partnership("partner buyer as private\npartner buyer as private"), P.getPartner(), DUPLICATE_PARTNER);
		assertNoIssue(partnership("partner buyer as private\npartner prog as public"), DUPLICATE_PARTNER);
	}

	@Test
	void roleFitsTheKindOfActor() throws Exception {
		assertIssue(partnership("partner buyer as public\npartner prog as private"), P.getPartner(), ROLE_MISMATCH);
		assertNoIssue(partnership("partner buyer as private\npartner prog as public\npartner helper as public"),
				ROLE_MISMATCH);
	}

	@Test
	void contributionsGoToPartners() throws Exception {
		assertIssue(partnership("partner buyer as private gives \"A price\" to helper\npartner growers as producer"),
				P.getContribution(), RECIPIENT_NOT_PARTNER);
		assertNoIssue(partnership("partner buyer as private gives \"A price\" to growers\npartner growers as producer"),
				RECIPIENT_NOT_PARTNER);
	}

	// ----------------------------------------------------------------------------------- counts and years

	@Test
	void countsAreNotNegative() throws Exception {
		assertIssue(parse("producers g2 \"G\" members -3 end", "actors"), P.getActor(), NEGATIVE_COUNT);
		assertIssue(partnership("for -2 years\npartner buyer as private\npartner growers as producer"),
				P.getPartnership(), NEGATIVE_COUNT);
		assertNoIssue(parse("producers g3 \"G\" members 3 households 0 end", "actors"), NEGATIVE_COUNT);
	}

	@Test
	void womenDoNotOutnumberMembers() throws Exception {
		assertIssue(parse("producers g4 \"G\" members 5 women 6 end", "actors"), P.getActor(), WOMEN_EXCEED_MEMBERS);
		assertNoIssue(parse("producers g5 \"G\" members 5 women 5 end", "actors"), WOMEN_EXCEED_MEMBERS);
	}

	@Test
	void yearsArePlausible() throws Exception {
		assertIssue(caseWith("year 1066 \"Too early\""), P.getTimelineEvent(), IMPLAUSIBLE_YEAR);
		assertIssue(caseWith("indicator \"Yield\" 3 \"t/ha\" in 20013"), P.getIndicator(), IMPLAUSIBLE_YEAR);
		assertIssue(partnership("since 3000\npartner buyer as private\npartner growers as producer"), P.getPartnership(),
				IMPLAUSIBLE_YEAR);
		assertNoIssue(caseWith("year 1994 \"Organic since then\"\nindicator \"Yield\" 3 \"t/ha\" in 2013"),
				IMPLAUSIBLE_YEAR);
	}

	// ----------------------------------------------------------------------------------- routes

	private boolean routeCaseDeclared;

	/** A route in a file of its own; the case 'c' it may refer to is declared once per test. */
	private Document route(String body) throws Exception {
		if (!routeCaseDeclared) {
			caseNamed("c", "");
			routeCaseDeclared = true;
		}
		return parse("route r" + files + " \"A route\"\n" + body + "\nend\n", "route");
	}

	@Test
	void routeEndsAfterItStarts() throws Exception {
		assertIssue(route("from 2013-03-01 to 2013-02-25"), P.getLearningRoute(), ROUTE_ENDS_BEFORE_START);
		assertNoIssue(route("from 2013-02-25 to 2013-03-01"), ROUTE_ENDS_BEFORE_START);
	}

	@Test
	void daysFallWithinTheRoute() throws Exception {
		assertIssue(route("from 2013-02-25 to 2013-03-01\nday 1 2013-04-01 end"), P.getDay(), DAY_OUTSIDE_ROUTE);
		assertNoIssue(route("from 2013-02-25 to 2013-03-01\nday 1 2013-02-26 end"), DAY_OUTSIDE_ROUTE);
	}

	@Test
	void daysAreInOrder() throws Exception {
		assertIssue(route("day 2 2013-02-26 end\nday 1 2013-02-25 end"), P.getDay(), DAY_ORDER);
		assertNoIssue(route("day 1 2013-02-25 end\nday 2 2013-02-26 end"), DAY_ORDER);
	}

	@Test
	void sessionTimesAreTimesOfDay() throws Exception {
		assertIssue(route("day 1 opening \"Welcome\" at \"8h30\" end"), P.getSession(), INVALID_TIME);
		assertNoIssue(route("day 1 opening \"Welcome\" at \"08:30\" for 60 minutes end"), INVALID_TIME);
	}

	@Test
	void visitedCasesBelongToTheRoute() throws Exception {
		assertIssue(route("day 1 visit \"Field visit\" case c end"), P.getSession(), CASE_NOT_IN_ROUTE);
		assertNoIssue(route("cases c\nday 1 visit \"Field visit\" case c end"), CASE_NOT_IN_ROUTE);
	}

	@Test
	void casesAreListedOnce() throws Exception {
		assertIssue(route("cases c, c"), P.getLearningRoute(), DUPLICATE_CASE_IN_ROUTE);
		assertNoIssue(route("cases c"), DUPLICATE_CASE_IN_ROUTE);
	}

	@Test
	void casesOfARouteHaveALesson() throws Exception {
		parse("case bare \"A case without lessons\" end", "case");
		assertIssue(parse("route lessons_route \"A route\" cases bare end", "route"), P.getLearningRoute(), CASE_WITHOUT_LESSON);
		assertNoIssue(route("cases c"), CASE_WITHOUT_LESSON);
	}

	// ----------------------------------------------------------------------------------- questions and plans

	@Test
	void quizQuestionsHaveARightAnswer() throws Exception {
		assertIssue(caseWith("question q \"Which?\" wrong \"This\" wrong \"That\""), P.getDiscussionQuestion(),
				NO_RIGHT_OPTION);
		assertNoIssue(caseWith("question q \"Which?\" right \"This\" feedback \"Yes\" wrong \"That\""), NO_RIGHT_OPTION);
		assertNoIssue(caseWith("question q \"Why?\" answer \"Because.\""), NO_RIGHT_OPTION);
	}

	@Test
	void plansAdaptAPracticeOfTheirCase() throws Exception {
		caseNamed("c", "practice dyeing \"Natural dyeing\" end");
		routeCaseDeclared = true;
		parse("case another \"Another case\" practice weaving \"Weaving\" end lesson \"L\" end", "case");
		assertIssue(route("plan p \"A plan\" inspired by c adapts another.weaving end"), P.getInnovationPlan(),
				PRACTICE_NOT_IN_CASE);
		assertNoIssue(route("plan p \"A plan\" inspired by c adapts dyeing end"), PRACTICE_NOT_IN_CASE);
	}

	// ----------------------------------------------------------------------------------- ids and references

	@Test
	void referencesResolveAcrossFiles() throws Exception {
		assertIssue(caseWith("host nobody"), P.getCaseStudy(), UNRESOLVED_REFERENCE);
		assertNoIssue(caseWith("host growers"), UNRESOLVED_REFERENCE);
	}

	@Test
	void idsAreUniqueAcrossFiles() throws Exception {
		Document second = parse("trader buyer \"The same id in another file\" end", "actors");
		assertIssue(second, P.getActor(), DUPLICATE_ID);
		assertIssue(resourceSetDocument(0), P.getActor(), DUPLICATE_ID);
		assertIssue(parse("case prog \"A case with an actor's id\" end", "case"), P.getCaseStudy(), DUPLICATE_ID);
		assertNoIssue(parse("trader another_buyer \"A different id\" end", "actors"), DUPLICATE_ID);
	}

	@Test
	void nestedIdsAreUniqueWithinTheirCase() throws Exception {
		assertIssue(caseWith("practice x \"One\" end\npractice x \"Two\" end"), P.getPractice(), DUPLICATE_ID);
		assertNoIssue(caseWith("practice x \"One\" end\npractice y \"Two\" end"), DUPLICATE_ID);
	}

	@Test
	void datesMustExist() throws Exception {
		List<Issue> issues = validation.validate(route("from 2013-02-30 to 2013-03-01"));
		assertTrue(issues.stream().anyMatch(i -> i.getSeverity() == Severity.ERROR && i.getLineNumber() == 2
				&& i.getMessage().contains("2013-02-30")), () -> issues.toString());
		assertEquals(List.of(), validation.validate(route("from 2013-02-28 to 2013-03-01")).stream()
				.filter(i -> i.getSeverity() == Severity.ERROR).toList());
	}

	private Document resourceSetDocument(int index) {
		return (Document) resourceSet.getResources().get(index).getContents().get(0);
	}
}
