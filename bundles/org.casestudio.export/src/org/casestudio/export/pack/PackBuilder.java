package org.casestudio.export.pack;

import java.math.BigDecimal;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;

/**
 * Builds the {@link TrainingPack} of a route from its EMF model in one language: takes every text
 * in that language from a {@link TextSource} (the text as written when it has no translation, and
 * noted as such), resolves references to the names a reader sees, turns enumerations into words,
 * formats dates and numbers as the language writes them, and gives every case a file name that is
 * safe on any file system. The model must be free of validation errors.
 */
public final class PackBuilder {

	private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
	private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
	private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
	private static final DateTimeFormatter WEEKDAY_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

	private final Map<org.casestudio.model.Actor, TrainingPack.Actor> actors = new LinkedHashMap<>();
	private final Map<CaseStudy, String> caseFiles = new LinkedHashMap<>();

	private final TextSource texts;
	private final String language;
	private final boolean translating;
	private final Words labels;
	private final Dates dates;
	/** The texts not in the pack's language (no translation), with their language. */
	private final Map<String, String> foreign = new HashMap<>();
	private boolean lao;

	private PackBuilder(TextSource texts, String language) {
		this.texts = texts;
		this.language = language;
		this.translating = !language.equals(texts.sourceLanguage());
		this.labels = Words.labels(language);
		this.dates = Dates.of(language);
		// A Lao pack needs the Lao font for its fixed words, whatever its texts.
		this.lao = Locale.forLanguageTag(language).getLanguage().equals("lo");
	}

	/** The pack in English, every text as written. */
	public static TrainingPack build(LearningRoute route) {
		return build(route, TextSource.SOURCE_ONLY, TextSource.SOURCE_ONLY.sourceLanguage(), List.of());
	}

	/**
	 * The pack in {@code language}: each text translated by {@code texts} where it can be, else as
	 * written. {@code alongside} names the other languages the same export makes (for links between
	 * the versions); it may be empty.
	 */
	public static TrainingPack build(LearningRoute route, TextSource texts, String language, List<String> alongside) {
		return new PackBuilder(texts, language).pack(route, alongside);
	}

	/** The text of {@code owner.feature} in the pack's language; null when the model has none. */
	private String text(EObject owner, String feature) {
		if (owner == null) {
			return null;
		}
		EStructuralFeature f = feature(owner, feature);
		Object value = owner.eGet(f);
		return value == null ? null : text(owner, f, -1, (String) value);
	}

	/** Every text of a list-valued {@code owner.feature}, in the pack's language. */
	private List<String> texts(EObject owner, String feature) {
		EStructuralFeature f = feature(owner, feature);
		List<?> values = (List<?>) owner.eGet(f);
		List<String> result = new ArrayList<>(values.size());
		for (int i = 0; i < values.size(); i++) {
			result.add(text(owner, f, i, (String) values.get(i)));
		}
		return List.copyOf(result);
	}

	private String text(EObject owner, EStructuralFeature feature, int index, String written) {
		if (translating) {
			String translated = texts.translation(owner, feature, index, language);
			if (translated != null) {
				lao |= PackLanguage.isLao(translated);
				return translated;
			}
			foreign.put(written, texts.sourceLanguage());
		}
		lao |= PackLanguage.isLao(written);
		return written;
	}

	/** A name that is not translated (an id standing in for a title), noted like any untranslated text. */
	private String name(String id) {
		if (id != null) {
			lao |= PackLanguage.isLao(id);
			if (translating) {
				foreign.put(id, texts.sourceLanguage());
			}
		}
		return id;
	}

	/** A word of labels.properties in the pack's language; one left in English is noted as such. */
	private String label(String key) {
		String word = labels.get(key);
		String in = labels.language(key);
		if (!in.equals(language)) {
			foreign.putIfAbsent(word, in);
		}
		return word;
	}

	private static EStructuralFeature feature(EObject owner, String name) {
		EStructuralFeature feature = owner.eClass().getEStructuralFeature(name);
		if (feature == null) {
			throw new IllegalArgumentException(owner.eClass().getName() + " has no " + name);
		}
		return feature;
	}

	private TrainingPack pack(LearningRoute route, List<String> alongside) {
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
		TrainingPack.Overview overview = overview(route, cases);
		// Before the pack's language is settled: their words may be shown untranslated too.
		List<TrainingPack.Participant> participants = participants(route);
		List<TrainingPack.InnovationPlan> plans = plans(route, briefs);
		List<String> languages = new ArrayList<>(List.of(language));
		alongside.stream().filter(l -> !languages.contains(l)).forEach(languages::add);
		PackLanguage packLanguage = new PackLanguage(language, texts.sourceLanguage(), List.copyOf(languages),
				Map.copyOf(foreign), lao);
		// Markdown images are written relative to each text's file; the view's are relative to the route's.
		return TextImages.rebase(new TrainingPack(overview, agenda, briefs, participants, plans, packLanguage), route);
	}

	/** The route's participants, in the order the route names them. */
	private List<TrainingPack.Participant> participants(LearningRoute route) {
		return List.copyOf(participantViews(route).values());
	}

	private Map<org.casestudio.model.Participant, TrainingPack.Participant> participantViews(LearningRoute route) {
		Map<org.casestudio.model.Participant, TrainingPack.Participant> participants = new LinkedHashMap<>();
		for (org.casestudio.model.Participant p : route.getParticipants()) {
			participants.put(p, new TrainingPack.Participant(p.getName(), title(p), actor(p.getOrganisation()),
					blankToNull(p.getRole())));
		}
		return participants;
	}

	private List<TrainingPack.InnovationPlan> plans(LearningRoute route, List<TrainingPack.CaseBrief> briefs) {
		Map<org.casestudio.model.Participant, TrainingPack.Participant> participants = participantViews(route);
		return route.getInnovationPlans().stream().map(plan -> plan(plan, participants, briefs)).toList();
	}

	private TrainingPack.InnovationPlan plan(org.casestudio.model.InnovationPlan plan,
			Map<org.casestudio.model.Participant, TrainingPack.Participant> participants,
			List<TrainingPack.CaseBrief> briefs) {
		CaseStudy inspiring = plan.getAdaptedFrom();
		TrainingPack.CaseBrief inspiredBy = inspiring == null || inspiring.eIsProxy() ? null
				: briefs.stream().filter(b -> b.id().equals(inspiring.getName())).findFirst().orElse(null);
		org.casestudio.model.Practice practice = plan.getPractice();
		return new TrainingPack.InnovationPlan(plan.getName(), title(plan),
				plan.getTeam().stream().map(participants::get).filter(Objects::nonNull).toList(),
				actor(plan.getOrganisation()), blankToNull(plan.getProblem()), inspiredBy,
				practice == null || practice.eIsProxy() ? null : title(practice),
				List.copyOf(plan.getActions()), blankToNull(plan.getResources()), blankToNull(plan.getTimeline()),
				plan.getStatus() == null ? null : plan.getStatus().getLiteral());
	}

	private TrainingPack.Overview overview(LearningRoute route, List<CaseStudy> cases) {
		List<TrainingPack.Place> places = cases.stream()
				.map(c -> new TrainingPack.Place(c.getName(), caseFiles.get(c), title(c),
						where(c.getLocation()), coordinates(c.getLocation())))
				.toList();
		// One province or several: the view has one list of them.
		Set<String> provinces = new LinkedHashSet<>();
		Stream.concat(Stream.of(text(route, "province")), texts(route, "provinces").stream())
				.filter(p -> p != null && !p.isBlank()).forEach(provinces::add);
		String where = join(", ", String.join(", ", provinces), text(route, "country"));
		return new TrainingPack.Overview(route.getName(), title(route), text(route, "subtitle"),
				text(route, "theme"), route.getEdition(), text(route, "editionTitle"), where, iso(route.getStartDate()),
				iso(route.getEndDate()), dates.range(route.getStartDate(), route.getEndDate()), actor(route.getFacilitator()),
				actor(route.getHostProgramme()), actors(route.getFunders()), actors(route.getParticipantOrganisations()),
				text(route, "description"), texts(route, "objectives"), places, List.copyOf(provinces),
				profile(route.getProfile()), texts(route, "challenges"), texts(route, "successFactors"),
				blankToNull(text(route, "reflectionName")), logistics(route), sources(route.getSources()),
				photos(route.getPhotos()));
	}

	private TrainingPack.Profile profile(ParticipantProfile p) {
		return p == null ? null
				: new TrainingPack.Profile(p.getParticipants(), p.getWomen(), texts(p, "provinces"), texts(p, "countries"));
	}

	private TrainingPack.Logistics logistics(LearningRoute route) {
		if (route.getDeadline() == null && route.getFee() == null && route.getCostPerParticipant() == null
				&& route.getPlaces() == null && route.getContact() == null && route.getLanguage() == null) {
			return null;
		}
		return new TrainingPack.Logistics(iso(route.getDeadline()),
				route.getDeadline() == null ? null : dates.day(route.getDeadline()), price(route.getFee()),
				price(route.getCostPerParticipant()), route.getPlaces(), text(route, "contact"), text(route, "language"));
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
				.map(a -> new TrainingPack.Author(a.getActor() == null ? text(a, "name") : org.casestudio.model.Authors.name(a),
						a.getActor() == null || a.getActor().eIsProxy() ? null : a.getActor().getName()))
				.filter(a -> a.name() != null).toList();
		List<TrainingPack.Claim> claims = s.getClaims().stream()
				.map(c -> new TrainingPack.Claim(c.getFact(), c.getNumber() != null ? decimal(c.getNumber()) : text(c, "text")))
				.toList();
		PartialDate date = s.getDate();
		return new TrainingPack.Source(text(s, "title"), text(s, "author"), text(s, "publisher"), s.getYear(), s.getLink(),
				authors, dates.partial(date), date == null ? null : date.toString(), text(s, "notes"), claims);
	}

	/** "2013", "February 2013", "25 February 2013"; a date the validator would refuse is shown as written. */
	static String date(PartialDate date) {
		return Dates.ENGLISH.partial(date);
	}

	private List<TrainingPack.Photo> photos(List<org.casestudio.model.Photo> photos) {
		return photos.stream().map(p -> new TrainingPack.Photo(p.getFile(), resolve(p, p.getFile()), text(p, "alt"),
				text(p, "caption"), text(p, "credit"))).toList();
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
		String date = day.getDate() == null ? null : dates.weekday(day.getDate());
		return new TrainingPack.AgendaDay(number, iso(day.getDate()), date, text(day, "title"), text(day, "place"), sessions,
				photos(day.getPhotos()));
	}

	private TrainingPack.Session session(Session s) {
		CaseStudy visited = s.getVisitedCase() == null || s.getVisitedCase().eIsProxy() ? null : s.getVisitedCase();
		return new TrainingPack.Session(label(Labels.sessionKey(s.getKind() == null ? SessionKind.OTHER : s.getKind())),
				text(s, "title"), s.getStartTime(), s.getDurationMinutes(), text(s, "place"), text(s, "facilitator"),
				visited == null ? null : visited.getName(), visited == null ? null : caseFiles.get(visited),
				visited == null ? null : title(visited), text(s, "notes"), texts(s, "outputs"));
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
		return new TrainingPack.CaseBrief(c.getName(), caseFiles.get(c), number, title(c),
				actor(c.getHost()), where(c.getLocation()), text(c, "summary"), text(c, "context"), text(c, "scalingUp"),
				List.copyOf(involved),
				c.getPractices().stream().map(p -> new TrainingPack.Practice(p.getName(), title(p),
						text(p, "sector"), text(p, "description"), texts(p, "techniques"), text(p, "traditionalKnowledge"),
						text(p, "marketChannel"))).toList(),
				partnerships,
				c.getIndicators().stream().map(i -> new TrainingPack.Indicator(text(i, "label"), decimal(i.getValue()),
						text(i, "unit"), decimal(i.getBaseline()), i.getYear(), text(i, "source"))).toList(),
				c.getTimeline().stream().map(t -> new TrainingPack.Milestone(t.getYear(), text(t, "text"))).toList(),
				texts(c, "lessons"), texts(c, "challenges"), texts(c, "successFactors"),
				c.getChampions().stream().map(ch -> new TrainingPack.Champion(title(ch),
						actor(ch.getOrganisation()), text(ch, "role"))).toList(),
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
			partners.add(new TrainingPack.Partner(actor, partner.getRole().getName(),
					label(Labels.roleKey(partner.getRole())), texts(partner, "commitments"),
					texts(partner, "investments")));
			for (Contribution given : partner.getContributions()) {
				flows.add(new TrainingPack.Flow(actor, text(given, "what"), actor(given.getTo())));
			}
		}
		String kind = p.getKind() == null || p.getKind() == PartnershipKind.UNSPECIFIED ? null
				: label(Labels.kindKey(p.getKind()));
		String agreement = p.getAgreement() == null || p.getAgreement() == AgreementType.UNSPECIFIED ? null
				: label(Labels.agreementKey(p.getAgreement()));
		return new TrainingPack.Partnership(p.getName(), title(p), kind, agreement, text(p, "product"),
				text(p, "certification"), text(p, "priceTerms"), text(p, "volumeTerms"), text(p, "riskSharing"),
				text(p, "benefitSharing"), actor(p.getBroker()), p.getStartYear(), p.getDurationYears(),
				text(p, "governance"), List.copyOf(partners), List.copyOf(flows), p.isPartnersUndocumented(),
				text(p, "sharedInvestment"), sources(p.getSources()));
	}

	private TrainingPack.Question question(DiscussionQuestion q) {
		List<TrainingPack.Option> options = new ArrayList<>();
		for (AnswerOption o : q.getOptions()) {
			options.add(new TrainingPack.Option(text(o, "text"), o.isCorrect(), text(o, "feedback")));
		}
		return new TrainingPack.Question(q.getName(), text(q, "text"), text(q, "notes"), text(q, "answer"),
				List.copyOf(options));
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
			known = new TrainingPack.Actor(a.getName(), title(a), label(Labels.actorKey(a.getKind())),
					where(a.getLocation()), text(a, "ethnicGroup"), a.getMembers(), a.getHouseholds(), a.getWomen(),
					text(a, "description"), coordinates(a.getLocation()), photos(a.getPhotos()), sources(a.getSources()));
			actors.put(a, known);
		}
		return known;
	}

	private String where(Location l) {
		if (l == null) {
			return null;
		}
		String village = text(l, "village");
		String district = text(l, "district");
		String province = text(l, "province");
		return join(", ", village == null ? null : NLS.bind(label("Village"), village),
				district == null ? null : NLS.bind(label("District"), district),
				province == null ? null : NLS.bind(label("Province"), province), text(l, "country"));
	}

	/** "25 February – 1 March 2013", "4–5 March 2024": the shared month and year said once. */
	static String dates(LocalDate from, LocalDate to) {
		return Dates.ENGLISH.range(from, to);
	}

	/**
	 * Dates as a language writes them: English as the packs always wrote them ("Monday 4 March
	 * 2024"), other languages by the JDK's CLDR locale data ("lundi 4 mars 2024", "4 de marzo de 2024").
	 */
	private record Dates(DateTimeFormatter day, DateTimeFormatter dayMonth, DateTimeFormatter month,
			DateTimeFormatter weekday, boolean english) {

		static final Dates ENGLISH = new Dates(DAY_MONTH_YEAR, DAY_MONTH, MONTH_YEAR, WEEKDAY_DATE, true);
		private static final Map<String, Dates> BY_LANGUAGE = new java.util.concurrent.ConcurrentHashMap<>();

		static Dates of(String language) {
			Locale locale = Locale.forLanguageTag(language);
			if (locale.getLanguage().equals("en")) {
				return ENGLISH;
			}
			return BY_LANGUAGE.computeIfAbsent(language, l -> new Dates(
					DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale), null,
					DateTimeFormatter.ofLocalizedPattern("yMMMM").withLocale(locale),
					DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale), false));
		}

		String day(LocalDate date) {
			return day.format(date);
		}

		String weekday(LocalDate date) {
			return weekday.format(date);
		}

		String partial(PartialDate date) {
			if (date == null) {
				return null;
			}
			try {
				if (date.month() == null) {
					return Integer.toString(date.year());
				} else if (date.day() == null) {
					return month.format(YearMonth.of(date.year(), date.month()));
				}
				return day.format(LocalDate.of(date.year(), date.month(), date.day()));
			} catch (java.time.DateTimeException e) {
				return date.toString();
			}
		}

		String range(LocalDate from, LocalDate to) {
			if (from == null || to == null) {
				return from != null ? day.format(from) : to != null ? day.format(to) : null;
			}
			if (from.equals(to)) {
				return day.format(from);
			}
			if (!english) {
				// Each language shortens a range its own way; both dates in full are right in all of them.
				return day.format(from) + " – " + day.format(to);
			}
			if (from.getYear() == to.getYear() && from.getMonth() == to.getMonth()) {
				return from.getDayOfMonth() + "–" + day.format(to);
			}
			DateTimeFormatter first = from.getYear() != to.getYear() ? day : dayMonth;
			return first.format(from) + " – " + day.format(to);
		}
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

	/** The element's title in the pack's language, or its id when it has none. */
	private String title(org.casestudio.model.NamedElement element) {
		String title = text(element, "title");
		return title != null && !title.isBlank() ? title : name(element.getName());
	}

	private static String join(String separator, String... parts) {
		String joined = String.join(separator, Stream.of(parts).filter(p -> p != null && !p.isBlank()).toList());
		return joined.isEmpty() ? null : joined;
	}
}
