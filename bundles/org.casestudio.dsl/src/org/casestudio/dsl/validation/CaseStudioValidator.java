package org.casestudio.dsl.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.casestudio.model.Actor;
import org.casestudio.model.ActorKind;
import org.casestudio.model.CaseStudioPackage;
import org.casestudio.model.CaseStudy;
import org.casestudio.model.Claim;
import org.casestudio.model.Contribution;
import org.casestudio.model.Day;
import org.casestudio.model.DiscussionQuestion;
import org.casestudio.model.Indicator;
import org.casestudio.model.InnovationPlan;
import org.casestudio.model.LearningRoute;
import org.casestudio.model.Location;
import org.casestudio.model.PartialDate;
import org.casestudio.model.ParticipantProfile;
import org.casestudio.model.Partner;
import org.casestudio.model.PartnerRole;
import org.casestudio.model.Partnership;
import org.casestudio.model.PartnershipKind;
import org.casestudio.model.Photo;
import org.casestudio.model.Price;
import org.casestudio.model.Session;
import org.casestudio.model.Source;
import org.casestudio.model.TimelineEvent;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.ComposedChecks;

/**
 * The domain rules a practitioner expects: partnerships that deserve their name, counts that make
 * sense, itineraries that fit the route, cases ready for a training pack. Every diagnostic carries
 * an {@link IssueCodes issue code} and the feature it is about; the severity of the codes in
 * {@link IssueCodes#CONFIGURABLE} comes from the preferences ({@link CaseStudioIssueCodes}).
 */
@ComposedChecks(validators = { UniqueIdValidator.class, TranslationValidator.class })
public class CaseStudioValidator extends AbstractCaseStudioValidator {

	private static final CaseStudioPackage PKG = CaseStudioPackage.eINSTANCE;
	private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");
	private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
	private static final BigDecimal LATITUDE = BigDecimal.valueOf(90);
	private static final BigDecimal LONGITUDE = BigDecimal.valueOf(180);
	static final int EARLIEST_YEAR = 1900;
	/** Plans and agreements may look ahead, but not by generations. */
	static final int YEARS_AHEAD = 30;

	// ---------------------------------------------------------------------------------------- partnerships

	@Check
	public void checkPartners(Partnership partnership) {
		List<Partner> partners = partnership.getPartners();
		if (partnership.isPartnersUndocumented()) {
			addIssue(NLS.bind(Messages.UndocumentedPartners, partnership.getName()), partnership,
					PKG.getPartnership_PartnersUndocumented(), IssueCodes.UNDOCUMENTED_PARTNERS);
		} else if (partners.size() < 2) {
			error(NLS.bind(Messages.TooFewPartners, partnership.getName(), partners.size()), partnership,
					PKG.getNamedElement_Name(), IssueCodes.TOO_FEW_PARTNERS);
		}
		Set<Actor> seen = new HashSet<>();
		for (Partner partner : partners) {
			if (partner.getActor() != null && !partner.getActor().eIsProxy() && !seen.add(partner.getActor())) {
				addIssue(NLS.bind(Messages.DuplicatePartner, partner.getActor().getName()), partner,
						PKG.getPartner_Actor(), IssueCodes.DUPLICATE_PARTNER);
			}
		}
	}

	@Check
	public void checkPartnershipKind(Partnership partnership) {
		if (partnership.isPartnersUndocumented()) {
			// Roles cannot be missing from a list the sources do not give.
			return;
		}
		Set<PartnerRole> roles = EnumSet.noneOf(PartnerRole.class);
		partnership.getPartners().forEach(p -> roles.add(p.getRole()));
		if (partnership.getKind() == PartnershipKind.FOUR_P) {
			reportMissingRoles(partnership, roles, Messages.Incomplete4P, IssueCodes.INCOMPLETE_4P,
					PartnerRole.PUBLIC, PartnerRole.PRIVATE, PartnerRole.PRODUCER);
		} else if (partnership.getKind() == PartnershipKind.PPP) {
			reportMissingRoles(partnership, roles, Messages.IncompletePPP, IssueCodes.INCOMPLETE_PPP,
					PartnerRole.PUBLIC, PartnerRole.PRIVATE);
		}
	}

	private void reportMissingRoles(Partnership partnership, Set<PartnerRole> present, String message, String code,
			PartnerRole... required) {
		for (PartnerRole role : required) {
			if (!present.contains(role)) {
				// The missing role is issue data, so that a quick fix can offer to add such a partner.
				error(NLS.bind(message, partnership.getName(), role.getLiteral()), partnership,
						PKG.getPartnership_Kind(), code, role.getLiteral());
			}
		}
	}

	@Check
	public void checkRoleFitsActor(Partner partner) {
		Actor actor = partner.getActor();
		if (actor == null || actor.eIsProxy() || partner.getRole() == PartnerRole.OTHER) {
			return;
		}
		PartnerRole expected = expectedRole(actor.getKind());
		if (expected != null && expected != partner.getRole()) {
			addIssue(NLS.bind(Messages.RoleMismatch,
					new Object[] { actor.getName(), actor.getKind().getLiteral(), partner.getRole().getLiteral() }),
					partner, PKG.getPartner_Role(), IssueCodes.ROLE_MISMATCH, expected.getLiteral());
		}
	}

	/** The role an actor of this kind normally takes, or null where any role is plausible. */
	static PartnerRole expectedRole(ActorKind kind) {
		return switch (kind) {
		case PRODUCER_GROUP, COOPERATIVE -> PartnerRole.PRODUCER;
		case COMPANY, TRADER -> PartnerRole.PRIVATE;
		case PUBLIC_AGENCY, PROGRAMME -> PartnerRole.PUBLIC;
		default -> null;
		};
	}

	@Check
	public void checkRecipientIsPartner(Contribution contribution) {
		Actor to = contribution.getTo();
		if (to == null || to.eIsProxy() || !(contribution.eContainer().eContainer() instanceof Partnership partnership)) {
			return;
		}
		boolean involved = to == partnership.getBroker()
				|| partnership.getPartners().stream().anyMatch(p -> p.getActor() == to);
		if (!involved) {
			addIssue(NLS.bind(Messages.RecipientNotPartner, to.getName(), partnership.getName()), contribution,
					PKG.getContribution_To(), IssueCodes.RECIPIENT_NOT_PARTNER);
		}
	}

	// ---------------------------------------------------------------------------------------- counts and years

	@Check
	public void checkCounts(Actor actor) {
		checkNotNegative(actor, PKG.getActor_Members());
		checkNotNegative(actor, PKG.getActor_Households());
		checkNotNegative(actor, PKG.getActor_Women());
		Integer women = actor.getWomen();
		Integer members = actor.getMembers();
		if (women != null && members != null && women >= 0 && members >= 0 && women > members) {
			error(NLS.bind(Messages.WomenExceedMembers, new Object[] { actor.getName(), women, members }), actor,
					PKG.getActor_Women(), IssueCodes.WOMEN_EXCEED_MEMBERS);
		}
	}

	@Check
	public void checkCounts(Partnership partnership) {
		checkNotNegative(partnership, PKG.getPartnership_DurationYears());
		checkYear(partnership, PKG.getPartnership_StartYear());
	}

	@Check
	public void checkCounts(Session session) {
		checkNotNegative(session, PKG.getSession_DurationMinutes());
	}

	@Check
	public void checkCounts(LearningRoute route) {
		checkNotNegative(route, PKG.getLearningRoute_Edition());
		checkNotNegative(route, PKG.getLearningRoute_Places());
	}

	@Check
	public void checkYear(TimelineEvent event) {
		checkYear(event, PKG.getTimelineEvent_Year());
	}

	@Check
	public void checkYear(Indicator indicator) {
		checkYear(indicator, PKG.getIndicator_Year());
	}

	@Check
	public void checkDate(Source source) {
		PartialDate date = source.getDate();
		if (date == null) {
			return;
		}
		int latest = Year.now().getValue() + YEARS_AHEAD;
		if (date.year() < EARLIEST_YEAR || date.year() > latest) {
			error(NLS.bind(Messages.ImplausibleYear, new Object[] { date.year(), EARLIEST_YEAR, latest }), source,
					PKG.getSource_Date(), IssueCodes.IMPLAUSIBLE_YEAR);
		} else if (date.month() != null && (date.month() < 1 || date.month() > 12)) {
			error(NLS.bind(Messages.InvalidMonth, String.format("%02d", date.month())), source, PKG.getSource_Date(),
					IssueCodes.INVALID_DATE);
		} else if (date.day() != null) {
			YearMonth month = YearMonth.of(date.year(), date.month());
			if (!month.isValidDay(date.day())) {
				error(NLS.bind(Messages.InvalidDay, String.format("%02d", date.day()), month), source,
						PKG.getSource_Date(), IssueCodes.INVALID_DATE);
			}
		}
	}

	@Check
	public void checkFacts(Claim claim) {
		if (claim.getFact() == null || !(claim.eContainer() instanceof Source source) || source.eContainer() == null) {
			return;
		}
		List<String> facts = Facts.of(source.eContainer().eClass());
		if (!facts.isEmpty() && !facts.contains(claim.getFact())) {
			addIssue(NLS.bind(Messages.UnknownFact, new Object[] { Vocabulary.kindOf(source.eContainer().eClass()),
					claim.getFact(), String.join(", ", facts) }), claim, PKG.getClaim_Fact(), IssueCodes.UNKNOWN_FACT);
		}
	}

	@Check
	public void checkCounts(ParticipantProfile profile) {
		checkNotNegative(profile, PKG.getParticipantProfile_Participants());
		checkNotNegative(profile, PKG.getParticipantProfile_Women());
		Integer women = profile.getWomen();
		Integer participants = profile.getParticipants();
		if (women != null && participants != null && women >= 0 && participants >= 0 && women > participants) {
			error(NLS.bind(Messages.WomenExceedParticipants, women, participants), profile,
					PKG.getParticipantProfile_Women(), IssueCodes.WOMEN_EXCEED_PARTICIPANTS);
		}
	}

	@Check
	public void checkPrice(Price price) {
		if (price.getAmount() != null && price.getAmount().signum() < 0) {
			error(NLS.bind(Messages.NegativeCount, Vocabulary.words(price.eContainingFeature().getName()),
					price.getAmount().toPlainString()), price, PKG.getPrice_Amount(), IssueCodes.NEGATIVE_COUNT);
		}
		if (price.getCurrency() != null && !CURRENCY.matcher(price.getCurrency()).matches()) {
			error(NLS.bind(Messages.InvalidCurrency, price.getCurrency()), price, PKG.getPrice_Currency(),
					IssueCodes.INVALID_CURRENCY);
		}
	}

	@Check
	public void checkCoordinates(Location location) {
		BigDecimal latitude = location.getLatitude();
		if (latitude != null && latitude.abs().compareTo(LATITUDE) > 0) {
			error(NLS.bind(Messages.InvalidLatitude, latitude.toPlainString()), location, PKG.getLocation_Latitude(),
					IssueCodes.INVALID_COORDINATES);
		}
		BigDecimal longitude = location.getLongitude();
		if (longitude != null && longitude.abs().compareTo(LONGITUDE) > 0) {
			error(NLS.bind(Messages.InvalidLongitude, longitude.toPlainString()), location, PKG.getLocation_Longitude(),
					IssueCodes.INVALID_COORDINATES);
		}
	}

	@Check
	public void checkPhoto(Photo photo) {
		if (photo.getAlt() == null || photo.getAlt().isBlank()) {
			error(NLS.bind(Messages.PhotoWithoutAlt, photo.getFile()), photo,
					photo.getAlt() == null ? PKG.getPhoto_File() : PKG.getPhoto_Alt(), IssueCodes.PHOTO_WITHOUT_ALT,
					photo.getFile());
		}
	}

	private void checkNotNegative(EObject object, EAttribute count) {
		if (object.eGet(count) instanceof Integer value && value < 0) {
			error(NLS.bind(Messages.NegativeCount, Vocabulary.words(count.getName()), value), object, count, IssueCodes.NEGATIVE_COUNT);
		}
	}

	private void checkYear(EObject object, EAttribute year) {
		if (object.eGet(year) instanceof Integer value) {
			int latest = Year.now().getValue() + YEARS_AHEAD;
			if (value < EARLIEST_YEAR || value > latest) {
				error(NLS.bind(Messages.ImplausibleYear, new Object[] { value, EARLIEST_YEAR, latest }), object, year,
						IssueCodes.IMPLAUSIBLE_YEAR);
			}
		}
	}

	// ---------------------------------------------------------------------------------------- routes

	@Check
	public void checkRouteDates(LearningRoute route) {
		LocalDate start = route.getStartDate();
		LocalDate end = route.getEndDate();
		if (start != null && end != null && end.isBefore(start)) {
			error(NLS.bind(Messages.RouteEndsBeforeStart, end, start), route, PKG.getLearningRoute_EndDate(),
					IssueCodes.ROUTE_ENDS_BEFORE_START);
			return;
		}
		LocalDate deadline = route.getDeadline();
		if (deadline != null && start != null && deadline.isAfter(start)) {
			addIssue(NLS.bind(Messages.DeadlineAfterStart, deadline, start), route, PKG.getLearningRoute_Deadline(),
					IssueCodes.DEADLINE_AFTER_START);
		}
		for (Day day : route.getDays()) {
			LocalDate date = day.getDate();
			if (date != null && start != null && end != null && (date.isBefore(start) || date.isAfter(end))) {
				error(NLS.bind(Messages.DayOutsideRoute, new Object[] { date, start, end }), day, PKG.getDay_Date(),
						IssueCodes.DAY_OUTSIDE_ROUTE);
			}
		}
	}

	@Check
	public void checkDayOrder(LearningRoute route) {
		Day previous = null;
		for (Day day : route.getDays()) {
			checkNotNegative(day, PKG.getDay_Number());
			if (previous != null) {
				if (day.getNumber() != null && previous.getNumber() != null && day.getNumber() <= previous.getNumber()) {
					addIssue(NLS.bind(Messages.DayNumberOrder, day.getNumber(), previous.getNumber()), day,
							PKG.getDay_Number(), IssueCodes.DAY_ORDER);
				}
				if (day.getDate() != null && previous.getDate() != null && !day.getDate().isAfter(previous.getDate())) {
					addIssue(NLS.bind(Messages.DayDateOrder, day.getDate(), previous.getDate()), day,
							PKG.getDay_Date(), IssueCodes.DAY_ORDER);
				}
			}
			previous = day;
		}
	}

	@Check
	public void checkSession(Session session) {
		if (session.getStartTime() != null && !TIME.matcher(session.getStartTime()).matches()) {
			error(NLS.bind(Messages.InvalidTime, session.getStartTime()), session, PKG.getSession_StartTime(),
					IssueCodes.INVALID_TIME);
		}
		CaseStudy visited = session.getVisitedCase();
		if (visited != null && !visited.eIsProxy()
				&& session.eContainer() != null && session.eContainer().eContainer() instanceof LearningRoute route
				&& !route.getCases().contains(visited)) {
			addIssue(NLS.bind(Messages.CaseNotInRoute, visited.getName()), session, PKG.getSession_VisitedCase(),
					IssueCodes.CASE_NOT_IN_ROUTE, visited.getName());
		}
	}

	@Check
	public void checkRouteCases(LearningRoute route) {
		Set<CaseStudy> seen = new HashSet<>();
		List<CaseStudy> cases = route.getCases();
		for (int i = 0; i < cases.size(); i++) {
			CaseStudy caseStudy = cases.get(i);
			if (caseStudy.eIsProxy()) {
				continue;
			}
			if (!seen.add(caseStudy)) {
				addIssue(NLS.bind(Messages.DuplicateCaseInRoute, caseStudy.getName()), route,
						PKG.getLearningRoute_Cases(), i, IssueCodes.DUPLICATE_CASE_IN_ROUTE);
			} else if (caseStudy.getLessons().isEmpty() && !fromBrokenFile(caseStudy)) {
				addIssue(NLS.bind(Messages.CaseWithoutLesson, caseStudy.getName()), route,
						PKG.getLearningRoute_Cases(), i, IssueCodes.CASE_WITHOUT_LESSON, caseStudy.getName());
			}
		}
	}

	// ---------------------------------------------------------------------------------------- questions and plans

	@Check
	public void checkOptions(DiscussionQuestion question) {
		if (!question.getOptions().isEmpty() && question.getOptions().stream().noneMatch(o -> o.isCorrect())) {
			addIssue(Messages.NoRightOption, question, PKG.getDiscussionQuestion_Options(), IssueCodes.NO_RIGHT_OPTION);
		}
	}

	@Check
	public void checkPlan(InnovationPlan plan) {
		CaseStudy source = plan.getAdaptedFrom();
		if (plan.getPractice() != null && !plan.getPractice().eIsProxy() && source != null && !source.eIsProxy()
				&& !fromBrokenFile(source) && !source.getPractices().contains(plan.getPractice())) {
			addIssue(NLS.bind(Messages.PracticeNotInCase, plan.getPractice().getName(), source.getName()), plan,
					PKG.getInnovationPlan_Practice(), IssueCodes.PRACTICE_NOT_IN_CASE);
		}
	}

	/**
	 * An element of another file that has syntax errors: the parser skipped part of it, so what it
	 * seems to lack (a lesson, a practice) may only be cut off. That file reports its syntax errors.
	 */
	private static boolean fromBrokenFile(EObject element) {
		return CaseStudioResourceValidator.hasSyntaxErrors(element.eResource());
	}
}
