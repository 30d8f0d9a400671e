package org.casestudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.casestudio.dsl.headless.ModelWorkspace;
import org.casestudio.model.Actor;
import org.casestudio.model.AgreementType;
import org.casestudio.model.Author;
import org.casestudio.model.CaseStudy;
import org.casestudio.model.Claim;
import org.casestudio.model.Document;
import org.casestudio.model.LearningRoute;
import org.casestudio.model.Partner;
import org.casestudio.model.PartnerRole;
import org.casestudio.model.Partnership;
import org.casestudio.model.PartnershipKind;
import org.casestudio.model.Source;
import org.casestudio.model.problems.Problem;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * The second kind of real route: an IFAD-supported 4P brokered by an NGO, with a joint business
 * plan, a shared investment, what each partner invests, and an announcement with its logistics and
 * participants from several countries. The fixture {@code good/four-p-broker} must validate
 * without a finding, every fact in its own place, none left as prose in {@code about}.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(CaseStudioInjectorProvider.class)
class FourPRouteTest {

	@Inject
	private Injector injector;

	private Map<String, EObject> load() {
		ModelWorkspace workspace = ModelWorkspace.load(injector,
				List.of(Fixtures.testData().resolve(Path.of("good", "four-p-broker"))));
		List<Problem> findings = workspace.validate(CancelIndicator.NullImpl);
		assertEquals(List.of(), workspace.fileProblems());
		assertEquals(List.of(), findings, () -> findings.stream().map(Problem::toString).collect(Collectors.joining("\n")));
		assertEquals(3, workspace.checkedFiles().size());
		return workspace.resources().keySet().stream()
				.flatMap(r -> ((Document) r.getContents().get(0)).getDeclarations().stream())
				.collect(Collectors.toMap(d -> d.getName(), d -> d));
	}

	@Test
	void theBrokeredPartnershipHasEveryFactInItsPlace() {
		Map<String, EObject> byName = load();
		CaseStudy milk = (CaseStudy) byName.get("milk");
		Partnership partnership = milk.getPartnerships().get(0);

		assertEquals(PartnershipKind.FOUR_P, partnership.getKind());
		assertEquals(AgreementType.JOINT_BUSINESS_PLAN, partnership.getAgreement());
		assertSame(byName.get("broker_ngo"), partnership.getBroker());
		assertEquals(2014, partnership.getStartYear());
		assertEquals(5, partnership.getDurationYears());
		assertEquals("A milk collection centre with a cooling tank, paid for by the programme, the dairy and the cooperative.",
				partnership.getSharedInvestment());
		assertFalse(partnership.isPartnersUndocumented());

		Map<String, PartnerRole> roles = partnership.getPartners().stream()
				.collect(Collectors.toMap(p -> p.getActor().getName(), Partner::getRole));
		assertEquals(Map.of("dairy_programme", PartnerRole.PUBLIC, "livestock_office", PartnerRole.PUBLIC, "dairy_co",
				PartnerRole.PRIVATE, "milk_coop", PartnerRole.PRODUCER), roles);
		Map<String, List<String>> investments = partnership.getPartners().stream()
				.filter(p -> !p.getInvestments().isEmpty())
				.collect(Collectors.toMap(p -> p.getActor().getName(), Partner::getInvestments));
		assertEquals(Map.of("dairy_programme", List.of("Half of the collection centre's cost"), "dairy_co",
				List.of("The cooling tank"), "milk_coop", List.of("The land and a tenth of the building's cost")),
				investments);

		Source plan = partnership.getSources().get(0);
		assertEquals("Joint business plan", plan.getTitle());
		assertEquals(List.of(byName.get("dairy_co"), byName.get("milk_coop")),
				plan.getAuthors().stream().map(Author::getActor).toList());
		assertEquals("2014-06-12", plan.getDate().toString());
		assertEquals(List.of("agreement", "since", "investment"), plan.getClaims().stream().map(Claim::getFact).toList());
	}

	@Test
	void disagreeingSourcesOfACountKeepTheirOwnValues() {
		Actor coop = (Actor) load().get("milk_coop");
		assertEquals(420, coop.getMembers());
		assertEquals(List.of("Cooperative register", "Programme supervision report"),
				coop.getSources().stream().map(Source::getTitle).toList());
		assertEquals(List.of(new BigDecimal("420"), new BigDecimal("450")),
				coop.getSources().stream().map(s -> s.getClaims().get(0).getNumber()).toList());
		assertEquals("District Cooperative Officer", coop.getSources().get(0).getAuthors().get(0).getName());
		assertEquals("2015-03", coop.getSources().get(0).getDate().toString());
		assertEquals(new BigDecimal("-4.79"), coop.getLocation().getLatitude());
	}

	@Test
	void theAnnouncementsLogisticsAndProfileHaveTheirPlaces() {
		LearningRoute route = (LearningRoute) load().get("four_p");
		assertEquals(24, route.getProfile().getParticipants());
		assertEquals(11, route.getProfile().getWomen());
		assertEquals(List.of("Kenya", "Tanzania", "Uganda"), route.getProfile().getCountries());
		assertEquals("2017-07-31", route.getDeadline().toString());
		assertEquals(new BigDecimal("300"), route.getFee().getAmount());
		assertEquals("USD", route.getFee().getCurrency());
		assertEquals(25, route.getPlaces());
		assertEquals("English and Swahili", route.getLanguage());
		assertEquals("The organisers' route office", route.getContact());
		assertEquals(null, route.getDescription(), "nothing is left as prose in 'about'");
	}
}
