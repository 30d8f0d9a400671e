package org.casestudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.casestudio.model.problems.Problem;
import org.casestudio.dsl.headless.ModelWorkspace;
import org.casestudio.model.Actor;
import org.casestudio.model.CaseStudy;
import org.casestudio.model.Document;
import org.casestudio.model.LearningRoute;
import org.casestudio.model.PartnerRole;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Injector;

/** The Attapeu route, as the seed document describes it, loads and validates clean. */
@ExtendWith(InjectionExtension.class)
@InjectWith(CaseStudioInjectorProvider.class)
class SeedTest {

	@Inject
	private Injector injector;

	@Test
	void attapeuValidatesWithoutErrorsOrWarnings() {
		ModelWorkspace workspace = ModelWorkspace.load(injector, List.of(Fixtures.attapeu()));
		List<Problem> findings = workspace.validate(CancelIndicator.NullImpl);
		assertEquals(List.of(), workspace.fileProblems());
		assertEquals(List.of(), findings, () -> findings.stream().map(Problem::toString).collect(Collectors.joining("\n")));
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
}
