package org.casestudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.casestudio.model.problems.Problem;
import org.casestudio.dsl.headless.ModelWorkspace;
import org.casestudio.dsl.validation.IssueCodes;
import org.casestudio.model.Actor;
import org.casestudio.model.CaseStudy;
import org.casestudio.model.Claim;
import org.casestudio.model.Document;
import org.casestudio.model.LearningRoute;
import org.casestudio.model.PartialDate;
import org.casestudio.model.PartnerRole;
import org.casestudio.model.Partnership;
import org.casestudio.model.PartnershipKind;
import org.casestudio.model.Source;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * The Attapeu route, as the seed document describes it: it loads and validates without errors, its
 * facts are those the announcement states, and the facts it takes from PROCASUR's and IFAD's pages
 * (dates, edition, organisers) cite those pages.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(CaseStudioInjectorProvider.class)
class SeedTest {

	@Inject
	private Injector injector;

	/** Without errors; the one warning says that the coffee PPP's partners are not documented. */
	@Test
	void attapeuValidatesWithoutErrorsAndOnlyTheUndocumentedPartnersWarning() {
		ModelWorkspace workspace = ModelWorkspace.load(injector, List.of(Fixtures.attapeu()));
		List<Problem> findings = workspace.validate(CancelIndicator.NullImpl);
		assertEquals(List.of(), workspace.fileProblems());
		assertEquals(List.of(IssueCodes.UNDOCUMENTED_PARTNERS), findings.stream().map(Problem::code).toList(),
				() -> findings.stream().map(Problem::toString).collect(Collectors.joining("\n")));
		assertEquals(Problem.Severity.WARNING, findings.get(0).severity());
		assertTrue(findings.get(0).file().endsWith("coffee.case"), findings.get(0)::toString);
		assertEquals(5, workspace.checkedFiles().size());
	}

	@Test
	void attapeuHoldsTheFactsOfTheSeed() {
		ModelWorkspace workspace = ModelWorkspace.load(injector, List.of(Fixtures.attapeu()));
		workspace.validate(CancelIndicator.NullImpl);
		Map<String, EObject> byName = workspace.resources().keySet().stream()
				.flatMap(r -> ((Document) r.getContents().get(0)).getDeclarations().stream())
				.collect(Collectors.toMap(d -> d.getName(), d -> d));

		LearningRoute route = (LearningRoute) byName.get("attapeu");
		assertNotNull(route);
		assertEquals("Attapeu", route.getProvince());
		assertEquals("2013-02-25", route.getStartDate().toString());
		assertEquals("2013-03-01", route.getEndDate().toString());
		assertEquals(List.of("asparagus", "natural_dyes", "coffee"),
				route.getCases().stream().map(CaseStudy::getName).toList());
		assertEquals(List.of("sssj", "rlip", "snrmpep"),
				route.getParticipantOrganisations().stream().map(Actor::getName).toList());
		assertEquals("procasur", route.getFacilitator().getName());

		Actor asparagusGroup = (Actor) byName.get("asparagus_group");
		assertEquals(21, asparagusGroup.getHouseholds());
		assertEquals("Alak", asparagusGroup.getEthnicGroup());
		assertEquals("Darkhied", asparagusGroup.getLocation().getVillage());
		Actor dyes = (Actor) byName.get("natural_dyes_group");
		assertEquals(10, dyes.getWomen());
		assertEquals("Taliang", dyes.getEthnicGroup());

		CaseStudy asparagus = (CaseStudy) byName.get("asparagus");
		assertEquals("swift", asparagus.getPartnerships().get(0).getPartners().stream()
				.filter(p -> p.getRole() == PartnerRole.PRIVATE).findFirst().orElseThrow().getActor().getName());
		CaseStudy coffee = (CaseStudy) byName.get("coffee");
		assertEquals(List.of(1994, 2009), coffee.getTimeline().stream().map(e -> e.getYear()).toList());
		for (Resource resource : workspace.resources().keySet()) {
			assertTrue(resource.getErrors().isEmpty(), resource.getURI() + ": " + resource.getErrors());
		}
		assertFalse(asparagus.getLessons().isEmpty());
	}

	/** The announcement does not call the asparagus sales a PPP, nor make RLIP a party to them. */
	@Test
	void asparagusSalesAreWhatTheAnnouncementSays() {
		Map<String, EObject> byName = declarations();
		Partnership sales = ((CaseStudy) byName.get("asparagus")).getPartnerships().get(0);
		assertEquals(PartnershipKind.UNSPECIFIED, sales.getKind());
		assertEquals(List.of("asparagus_group:producer", "swift:private"), sales.getPartners().stream()
				.map(p -> p.getActor().getName() + ":" + p.getRole().getLiteral()).toList());
		assertNull(sales.getCertification(), "the announcement names no certification");
		assertTrue(sales.getPartners().stream().allMatch(p -> p.getCommitments().isEmpty()), "nor any commitment");
		assertEquals("swift", sales.getPartners().get(0).getContributions().get(0).getTo().getName());
	}

	/** "In 2009, thanks to the establishment of long-term PPP": a PPP whose partners are not named. */
	@Test
	void coffeeHasTheLongTermPppWithUndocumentedPartners() {
		Partnership ppp = ((CaseStudy) declarations().get("coffee")).getPartnerships().get(0);
		assertEquals(PartnershipKind.PPP, ppp.getKind());
		assertEquals(2009, ppp.getStartYear());
		assertTrue(ppp.isPartnersUndocumented());
		assertEquals(List.of(), ppp.getPartners());
		assertEquals(new PartialDate(2013, 2, null), ppp.getSources().get(0).getDate());
	}

	/** The dates, the edition and the organisers come from PROCASUR's and IFAD's pages, which are cited for them. */
	@Test
	void routeFactsCiteTheirSources() {
		LearningRoute route = (LearningRoute) declarations().get("attapeu");
		assertEquals(1, route.getEdition());
		assertEquals("rlip", route.getHostProgramme().getName());
		List<Source> sources = route.getSources();
		assertEquals(3, sources.size());

		Source announcement = sources.get(0);
		assertTrue(announcement.getTitle().startsWith("Route announcement"));
		assertEquals(new PartialDate(2013, 2, null), announcement.getDate());
		assertEquals("procasur", announcement.getAuthors().get(0).getActor().getName());
		List<String> announced = facts(announcement);
		assertFalse(announced.contains("dates") || announced.contains("edition") || announced.contains("organiser"),
				"the announcement gives no dates, edition or organisers: " + announced);
		assertTrue(announcement.getClaims().stream().anyMatch(c -> c.getFact().equals("participant_organisations")
				&& c.getText().contains("have shown their interest")));

		for (Source page : sources.subList(1, 3)) {
			assertEquals(List.of("dates", "edition", "organiser", "host_programme"), facts(page));
			assertEquals(new PartialDate(2013, null, null), page.getDate());
			assertFalse(page.getNotes().isBlank(), "says what is known of the page, and what is not");
		}
		assertEquals(List.of("procasur", "ifad"),
				sources.subList(1, 3).stream().map(s -> s.getAuthors().get(0).getActor().getName()).toList());

		// Every case and every host group cites the announcement for what it says about them.
		for (String id : List.of("asparagus", "natural_dyes", "coffee")) {
			assertEquals(announcement.getTitle(), ((CaseStudy) declarations().get(id)).getSources().get(0).getTitle(), id);
		}
		assertEquals(List.of("location", "ethnic_group", "households"),
				facts(((Actor) declarations().get("asparagus_group")).getSources().get(0)));
		assertEquals(List.of("location", "ethnic_group", "members", "women"),
				facts(((Actor) declarations().get("natural_dyes_group")).getSources().get(0)));
	}

	private static List<String> facts(Source source) {
		return source.getClaims().stream().map(Claim::getFact).toList();
	}

	private Map<String, EObject> declarations() {
		ModelWorkspace workspace = ModelWorkspace.load(injector, List.of(Fixtures.attapeu()));
		workspace.validate(CancelIndicator.NullImpl);
		return workspace.resources().keySet().stream()
				.flatMap(r -> ((Document) r.getContents().get(0)).getDeclarations().stream())
				.collect(Collectors.toMap(d -> d.getName(), d -> d));
	}
}
