package org.casestudio.export.pack;

import java.math.BigDecimal;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.casestudio.export.SafeNames;
import org.casestudio.model.AgreementType;
import org.casestudio.model.AnswerOption;
import org.casestudio.model.CaseStudy;
import org.casestudio.model.Contribution;
import org.casestudio.model.Day;
import org.casestudio.model.DiscussionQuestion;
import org.casestudio.model.LearningRoute;
import org.casestudio.model.Location;
import org.casestudio.model.PartialDate;
import org.casestudio.model.ParticipantProfile;
import org.casestudio.model.PartnershipKind;
import org.casestudio.model.Session;
import org.casestudio.model.SessionKind;
import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;

/**
 * Builds the {@link TrainingPack} of a route from its EMF model: resolves references to the names
 * a reader sees, turns enumerations into words, formats dates and numbers, and gives every case a
 * file name that is safe on any file system. The model must be free of validation errors.
 */
public final class PackBuilder {

	private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
	private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
	private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

	private final Map<org.casestudio.model.Actor, TrainingPack.Actor> actors = new LinkedHashMap<>();
	private final Map<CaseStudy, String> caseFiles = new LinkedHashMap<>();

	private PackBuilder() {
	}

	public static TrainingPack build(LearningRoute route) {
		return new PackBuilder().pack(route);
	}

	private TrainingPack pack(LearningRoute route) {
		SafeNames names = new SafeNames();
		List<CaseStudy> cases = route.getCases().stream().filter(c -> !c.eIsProxy()).distinct().toList();
		for (CaseStudy c : cases) {
			caseFiles.put(c, names.unique(c.getName()));
		}
		List<TrainingPack.CaseBrief> briefs = new ArrayList<>();
		for (CaseStudy c : cases) {
			briefs.add(brief(c, briefs.size() + 1));
		}
		List<TrainingPack.AgendaDay> agenda = new ArrayList<>();
		int number = 0;
		for (Day day : route.getDays()) {
			// An unnumbered day follows the one before it.
			number = day.getNumber() != null ? day.getNumber() : number + 1;
			agenda.add(day(day, number));
		}
		// Markdown images are written relative to each text's file; the view's are relative to the route's.
		Map<org.casestudio.model.Participant, TrainingPack.Participant> participants = new LinkedHashMap<>();
		for (org.casestudio.model.Participant p : route.getParticipants()) {
			participants.put(p, new TrainingPack.Participant(p.getName(), title(p.getTitle(), p.getName()),
					actor(p.getOrganisation()), blankToNull(p.getRole())));
		}
		List<TrainingPack.InnovationPlan> plans = route.getInnovationPlans().stream()
				.map(plan -> plan(plan, participants, briefs)).toList();
		return TextImages.rebase(new TrainingPack(overview(route, cases), agenda, briefs,
				List.copyOf(participants.values()), plans), route);
	}

	private TrainingPack.InnovationPlan plan(org.casestudio.model.InnovationPlan plan,
			Map<org.casestudio.model.Participant, TrainingPack.Participant> participants,
			List<TrainingPack.CaseBrief> briefs) {
		CaseStudy inspiring = plan.getAdaptedFrom();
		TrainingPack.CaseBrief inspiredBy = inspiring == null || inspiring.eIsProxy() ? null
				: briefs.stream().filter(b -> b.id().equals(inspiring.getName())).findFirst().orElse(null);
		org.casestudio.model.Practice practice = plan.getPractice();
		return new TrainingPack.InnovationPlan(plan.getName(), title(plan.getTitle(), plan.getName()),
				plan.getTeam().stream().map(participants::get).filter(Objects::nonNull).toList(),
				actor(plan.getOrganisation()), blankToNull(plan.getProblem()), inspiredBy,
				practice == null || practice.eIsProxy() ? null : title(practice.getTitle(), practice.getName()),
				List.copyOf(plan.getActions()), blankToNull(plan.getResources()), blankToNull(plan.getTimeline()),
				plan.getStatus() == null ? null : plan.getStatus().getLiteral());
	}

	private TrainingPack.Overview overview(LearningRoute route, List<CaseStudy> cases) {
		List<TrainingPack.Place> places = cases.stream()
				.map(c -> new TrainingPack.Place(c.getName(), caseFiles.get(c), title(c.getTitle(), c.getName()),
						where(c.getLocation()), coordinates(c.getLocation())))
				.toList();
		// One province or several: the view has one list of them.
		Set<String> provinces = new LinkedHashSet<>();
		Stream.concat(Stream.of(route.getProvince()), route.getProvinces().stream())
				.filter(p -> p != null && !p.isBlank()).forEach(provinces::add);
		String where = join(", ", String.join(", ", provinces), route.getCountry());
		return new TrainingPack.Overview(route.getName(), title(route.getTitle(), route.getName()), route.getSubtitle(),
				route.getTheme(), route.getEdition(), route.getEditionTitle(), where, iso(route.getStartDate()),
				iso(route.getEndDate()), dates(route.getStartDate(), route.getEndDate()), actor(route.getFacilitator()),
				actor(route.getHostProgramme()), actors(route.getFunders()), actors(route.getParticipantOrganisations()),
				route.getDescription(), List.copyOf(route.getObjectives()), places, List.copyOf(provinces),
				profile(route.getProfile()), List.copyOf(route.getChallenges()), List.copyOf(route.getSuccessFactors()),
				blankToNull(route.getReflectionName()), logistics(route), sources(route.getSources()),
				photos(route.getPhotos()));
	}

	private static TrainingPack.Profile profile(ParticipantProfile p) {
		return p == null ? null
				: new TrainingPack.Profile(p.getParticipants(), p.getWomen(), List.copyOf(p.getProvinces()),
						List.copyOf(p.getCountries()));
	}

	private static TrainingPack.Logistics logistics(LearningRoute route) {
		if (route.getDeadline() == null && route.getFee() == null && route.getCostPerParticipant() == null
				&& route.getPlaces() == null && route.getContact() == null && route.getLanguage() == null) {
			return null;
		}
		return new TrainingPack.Logistics(iso(route.getDeadline()),
				route.getDeadline() == null ? null : DAY_MONTH_YEAR.format(route.getDeadline()), price(route.getFee()),
				price(route.getCostPerParticipant()), route.getPlaces(), route.getContact(), route.getLanguage());
	}

	private static TrainingPack.Price price(org.casestudio.model.Price price) {
		return price == null || price.getAmount() == null ? null
				: new TrainingPack.Price(decimal(price.getAmount()), price.getCurrency());
	}

	private List<TrainingPack.Source> sources(List<org.casestudio.model.Source> sources) {
		return sources.stream().map(this::source).toList();
	}

	private TrainingPack.Source source(org.casestudio.model.Source s) {
		List<TrainingPack.Author> authors = s.getAuthors().stream()
				.map(a -> new TrainingPack.Author(org.casestudio.model.Authors.name(a),
						a.getActor() == null || a.getActor().eIsProxy() ? null : a.getActor().getName()))
				.filter(a -> a.name() != null).toList();
		List<TrainingPack.Claim> claims = s.getClaims().stream()
				.map(c -> new TrainingPack.Claim(c.getFact(), c.getNumber() != null ? decimal(c.getNumber()) : c.getText()))
				.toList();
		PartialDate date = s.getDate();
		return new TrainingPack.Source(s.getTitle(), s.getAuthor(), s.getPublisher(), s.getYear(), s.getLink(), authors,
				date(date), date == null ? null : date.toString(), s.getNotes(), claims);
	}

	/** "2013", "February 2013", "25 February 2013"; a date the validator would refuse is shown as written. */
	static String date(PartialDate date) {
		if (date == null) {
			return null;
		}
		try {
			if (date.month() == null) {
				return Integer.toString(date.year());
			} else if (date.day() == null) {
				return MONTH_YEAR.format(YearMonth.of(date.year(), date.month()));
			}
			return DAY_MONTH_YEAR.format(LocalDate.of(date.year(), date.month(), date.day()));
		} catch (java.time.DateTimeException e) {
			return date.toString();
		}
	}

	private static List<TrainingPack.Photo> photos(List<org.casestudio.model.Photo> photos) {
		return photos.stream().map(p -> new TrainingPack.Photo(p.getFile(), resolve(p, p.getFile()), p.getAlt(),
				p.getCaption(), p.getCredit())).toList();
	}

	/** A file named in the model, resolved against the folder of the file that names it; null if it has none. */
	static Path resolve(EObject element, String file) {
		Resource resource = element.eResource();
		if (file == null || file.isBlank() || resource == null || resource.getURI() == null) {
			return null;
		}
		URI local = CommonPlugin.asLocalURI(resource.getURI());
		if (!local.isFile()) {
			return null;
		}
		try {
			Path folder = Path.of(local.toFileString()).toAbsolutePath().getParent();
			return folder == null ? null : folder.resolve(file).normalize();
		} catch (InvalidPathException e) {
			// A name the file system cannot hold: the export reports the photo as missing.
			return null;
		}
	}

	private static TrainingPack.Coordinates coordinates(Location l) {
		return l == null || l.getLatitude() == null || l.getLongitude() == null ? null
				: new TrainingPack.Coordinates(l.getLatitude().doubleValue(), l.getLongitude().doubleValue());
	}

	private TrainingPack.AgendaDay day(Day day, int number) {
		List<TrainingPack.Session> sessions = day.getSessions().stream().map(this::session).toList();
		String date = day.getDate() == null ? null : DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH).format(day.getDate());
		return new TrainingPack.AgendaDay(number, iso(day.getDate()), date, day.getTitle(), day.getPlace(), sessions,
				photos(day.getPhotos()));
	}

	private TrainingPack.Session session(Session s) {
		CaseStudy visited = s.getVisitedCase() == null || s.getVisitedCase().eIsProxy() ? null : s.getVisitedCase();
		return new TrainingPack.Session(Labels.session(s.getKind() == null ? SessionKind.OTHER : s.getKind()), s.getTitle(),
				s.getStartTime(), s.getDurationMinutes(), s.getPlace(), s.getFacilitator(),
				visited == null ? null : visited.getName(), visited == null ? null : caseFiles.get(visited),
				visited == null ? null : title(visited.getTitle(), visited.getName()), s.getNotes(), List.copyOf(s.getOutputs()));
	}

	private TrainingPack.CaseBrief brief(CaseStudy c, int number) {
		List<TrainingPack.Partnership> partnerships = c.getPartnerships().stream().map(this::partnership).toList();
		// The actors a reader meets in this case, in the order they first appear.
		Set<TrainingPack.Actor> involved = new LinkedHashSet<>();
		Stream.concat(Stream.of(actor(c.getHost())),
				Stream.concat(partnerships.stream().flatMap(p -> Stream.concat(Stream.concat(Stream.of(p.broker()),
						p.partners().stream().map(TrainingPack.Partner::actor)), p.flows().stream().map(TrainingPack.Flow::to))),
						c.getChampions().stream().map(ch -> actor(ch.getOrganisation()))))
				.filter(Objects::nonNull).forEach(involved::add);
		return new TrainingPack.CaseBrief(c.getName(), caseFiles.get(c), number, title(c.getTitle(), c.getName()),
				actor(c.getHost()), where(c.getLocation()), c.getSummary(), c.getContext(), c.getScalingUp(),
				List.copyOf(involved),
				c.getPractices().stream().map(p -> new TrainingPack.Practice(p.getName(), title(p.getTitle(), p.getName()),
						p.getSector(), p.getDescription(), List.copyOf(p.getTechniques()), p.getTraditionalKnowledge(),
						p.getMarketChannel())).toList(),
				partnerships,
				c.getIndicators().stream().map(i -> new TrainingPack.Indicator(i.getLabel(), decimal(i.getValue()), i.getUnit(),
						decimal(i.getBaseline()), i.getYear(), i.getSource())).toList(),
				c.getTimeline().stream().map(t -> new TrainingPack.Milestone(t.getYear(), t.getText())).toList(),
				List.copyOf(c.getLessons()), List.copyOf(c.getChallenges()), List.copyOf(c.getSuccessFactors()),
				c.getChampions().stream().map(ch -> new TrainingPack.Champion(title(ch.getTitle(), ch.getName()),
						actor(ch.getOrganisation()), ch.getRole())).toList(),
				c.getQuestions().stream().map(this::question).toList(), sources(c.getSources()),
				coordinates(c.getLocation()), photos(c.getPhotos()));
	}

	private TrainingPack.Partnership partnership(org.casestudio.model.Partnership p) {
		List<TrainingPack.Partner> partners = new ArrayList<>();
		List<TrainingPack.Flow> flows = new ArrayList<>();
		for (org.casestudio.model.Partner partner : p.getPartners()) {
			TrainingPack.Actor actor = actor(partner.getActor());
			if (actor == null) {
				continue;
			}
			partners.add(new TrainingPack.Partner(actor, partner.getRole().getName(), Labels.role(partner.getRole()),
					List.copyOf(partner.getCommitments()), List.copyOf(partner.getInvestments())));
			for (Contribution given : partner.getContributions()) {
				flows.add(new TrainingPack.Flow(actor, given.getWhat(), actor(given.getTo())));
			}
		}
		String kind = p.getKind() == null || p.getKind() == PartnershipKind.UNSPECIFIED ? null : Labels.kind(p.getKind());
		String agreement = p.getAgreement() == null || p.getAgreement() == AgreementType.UNSPECIFIED ? null
				: Labels.agreement(p.getAgreement());
		return new TrainingPack.Partnership(p.getName(), title(p.getTitle(), p.getName()), kind, agreement, p.getProduct(),
				p.getCertification(), p.getPriceTerms(), p.getVolumeTerms(), p.getRiskSharing(), p.getBenefitSharing(),
				actor(p.getBroker()), p.getStartYear(), p.getDurationYears(), p.getGovernance(), List.copyOf(partners),
				List.copyOf(flows), p.isPartnersUndocumented(), p.getSharedInvestment(), sources(p.getSources()));
	}

	private TrainingPack.Question question(DiscussionQuestion q) {
		List<TrainingPack.Option> options = new ArrayList<>();
		for (AnswerOption o : q.getOptions()) {
			options.add(new TrainingPack.Option(o.getText(), o.isCorrect(), o.getFeedback()));
		}
		return new TrainingPack.Question(q.getName(), q.getText(), q.getNotes(), q.getAnswer(), List.copyOf(options));
	}

	private List<TrainingPack.Actor> actors(List<org.casestudio.model.Actor> list) {
		return list.stream().map(this::actor).filter(Objects::nonNull).toList();
	}

	/** One view per actor, so that a page can compare actors by identity. */
	private TrainingPack.Actor actor(org.casestudio.model.Actor a) {
		if (a == null || a.eIsProxy()) {
			return null;
		}
		TrainingPack.Actor known = actors.get(a);
		if (known == null) {
			// Not computeIfAbsent: the actor's sources name authors, which must not re-enter the map.
			known = new TrainingPack.Actor(a.getName(), title(a.getTitle(), a.getName()), Labels.actor(a.getKind()),
					where(a.getLocation()), a.getEthnicGroup(), a.getMembers(), a.getHouseholds(), a.getWomen(),
					a.getDescription(), coordinates(a.getLocation()), photos(a.getPhotos()), sources(a.getSources()));
			actors.put(a, known);
		}
		return known;
	}

	static String where(Location l) {
		if (l == null) {
			return null;
		}
		return join(", ", l.getVillage() == null ? null : NLS.bind(Labels.Village, l.getVillage()),
				l.getDistrict() == null ? null : NLS.bind(Labels.District, l.getDistrict()),
				l.getProvince() == null ? null : NLS.bind(Labels.Province, l.getProvince()), l.getCountry());
	}

	/** "25 February – 1 March 2013", "4–5 March 2024": the shared month and year said once. */
	static String dates(LocalDate from, LocalDate to) {
		if (from == null || to == null) {
			return from != null ? DAY_MONTH_YEAR.format(from) : to != null ? DAY_MONTH_YEAR.format(to) : null;
		}
		if (from.equals(to)) {
			return DAY_MONTH_YEAR.format(from);
		}
		if (from.getYear() == to.getYear() && from.getMonth() == to.getMonth()) {
			return from.getDayOfMonth() + "–" + DAY_MONTH_YEAR.format(to);
		}
		DateTimeFormatter first = from.getYear() != to.getYear() ? DAY_MONTH_YEAR : DAY_MONTH;
		return first.format(from) + " – " + DAY_MONTH_YEAR.format(to);
	}

	private static String iso(LocalDate date) {
		return date == null ? null : date.toString();
	}

	private static String decimal(BigDecimal value) {
		return value == null ? null : value.stripTrailingZeros().toPlainString();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

	private static String title(String title, String id) {
		return title != null && !title.isBlank() ? title : id;
	}

	private static String join(String separator, String... parts) {
		String joined = String.join(separator, Stream.of(parts).filter(p -> p != null && !p.isBlank()).toList());
		return joined.isEmpty() ? null : joined;
	}
}
