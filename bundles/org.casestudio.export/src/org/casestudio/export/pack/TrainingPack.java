package org.casestudio.export.pack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The export-ready view of a learning route: what a training pack contains, in the order a pack
 * shows it, with every label resolved and every reference turned into the names a reader sees.
 * Built once from the model by {@link PackBuilder}; exporters read only this, so that ten formats
 * do not interpret the model in ten ways. Texts marked Markdown are kept as written; each format
 * renders them its own way. Absent values are {@code null}, absent lists empty.
 * <p>
 * Since 0.3: a pack is in one {@link PackLanguage language}; its texts are in that language where
 * the route has a translation, else as written, and {@link #langOf(String)} tells them apart; its
 * fixed words are {@link #words()}.
 */
public record TrainingPack(Overview overview, List<AgendaDay> agenda, List<CaseBrief> cases,
		List<Participant> participants, List<InnovationPlan> plans, PackLanguage language) {

	/** A pack in English of a route written in English, without participants or plans. */
	public TrainingPack(Overview overview, List<AgendaDay> agenda, List<CaseBrief> cases) {
		this(overview, agenda, cases, List.of(), List.of(), PackLanguage.ENGLISH);
	}

	/** The language of {@code text} when it is not the pack's (shown untranslated), else null: for {@code lang}. */
	public String langOf(String text) {
		return language.langOf(text);
	}

	/** The fixed words of packs in the pack's language. */
	public Words words() {
		return language.words();
	}

	/**
	 * The cases side by side, one row per case, in pack order: the synthesis a facilitator builds
	 * on the last day. Since 0.3.
	 */
	public List<Comparison> comparison() {
		return cases.stream().map(Comparison::of).toList();
	}

	/** The discussion questions of every case that can be asked as quiz questions, in pack order. */
	public List<QuizItem> quiz() {
		return cases.stream()
				.flatMap(brief -> brief.questions().stream().filter(Question::isQuiz).map(q -> new QuizItem(brief, q)))
				.toList();
	}

	/** A quiz question with the case it belongs to. */
	public record QuizItem(CaseBrief brief, Question question) {
	}

	/**
	 * The route as a whole: the index page of a site, the cover of a guide. {@code where} names every
	 * province of the route ({@code provinces}) and its country. Since 0.2: the participants' profile,
	 * the provinces, the challenges and success factors the participants named, the name of the daily
	 * reflection (null: the sheet's own name), the logistics, the route's sources and photos.
	 */
	public record Overview(String id, String title, String subtitle, String theme, Integer edition, String editionTitle,
			String where, String startDate, String endDate, String dates, Actor facilitator, Actor hostProgramme,
			List<Actor> funders, List<Actor> participantOrganisations, String description, List<String> objectives,
			List<Place> places, List<String> provinces, Profile profile, List<String> challenges,
			List<String> successFactors, String reflectionName, Logistics logistics, List<Source> sources,
			List<Photo> photos) {
	}

	/**
	 * Where a case is; a list stands in for a map when there are no coordinates. Since 0.2:
	 * {@code coordinates}, null when the case's place has none.
	 */
	public record Place(String caseId, String caseFile, String caseTitle, String where, Coordinates coordinates) {
	}

	/** A point on the map, in decimal degrees (checked by the validator to be within range). */
	public record Coordinates(double latitude, double longitude) {

		/** The point as a {@code geo:} URI (RFC 5870), which opens the reader's map application. */
		public String geoUri() {
			return "geo:" + plain(latitude) + "," + plain(longitude);
		}

		private static String plain(double degrees) {
			return java.math.BigDecimal.valueOf(degrees).stripTrailingZeros().toPlainString();
		}
	}

	/**
	 * An organisation or group as a reader meets it. Since 0.2: the coordinates of its place (or
	 * null), its photos and the sources of what is said about it.
	 */
	public record Actor(String id, String name, String kind, String where, String ethnicGroup, Integer members,
			Integer households, Integer women, String description, Coordinates coordinates, List<Photo> photos,
			List<Source> sources) {
	}

	/**
	 * Who took part in a route; {@code null} in the overview when the route says nothing about it.
	 * Counts are null when not given; origins are where the participants came from.
	 */
	public record Profile(Integer participants, Integer women, List<String> provinces, List<String> countries) {
	}

	/**
	 * How to take part in a route; {@code null} in the overview when the route gives none of it.
	 * {@code deadlineIso} is for machines, {@code deadline} for people.
	 */
	public record Logistics(String deadlineIso, String deadline, Price fee, Price costPerParticipant, Integer places,
			String contact, String language) {
	}

	/** An amount of money: {@code amount} as written (no exponent), {@code currency} its ISO code. */
	public record Price(String amount, String currency) {

		/** "1500 USD". */
		public String text() {
			return amount + " " + currency;
		}
	}

	/**
	 * A photo. {@code file} is as the author wrote it; {@code path} is that file resolved against the
	 * folder of the file that declares the photo (null when the model was not read from a file): an
	 * exporter copies it from there. Whether it exists and is an image is for the export to check.
	 */
	public record Photo(String file, Path path, String alt, String caption, String credit) {
	}

	/** One day of the agenda. {@code dateIso} is for machines, {@code date} for people. Since 0.2: its photos. */
	public record AgendaDay(int number, String dateIso, String date, String title, String place, List<Session> sessions,
			List<Photo> photos) {
	}

	/** A session of a day; a field visit names the case it visits. */
	public record Session(String kind, String title, String startTime, Integer durationMinutes, String place,
			String facilitator, String caseId, String caseFile, String caseTitle, String notes, List<String> outputs) {
	}

	/**
	 * Everything a pack says about one case study. {@code file} is a safe file name, without extension.
	 * Since 0.2: the coordinates of its place (or null) and its photos.
	 */
	public record CaseBrief(String id, String file, int number, String title, Actor host, String where, String summary,
			String context, String scalingUp, List<Actor> actors, List<Practice> practices, List<Partnership> partnerships,
			List<Indicator> indicators, List<Milestone> timeline, List<String> lessons, List<String> challenges,
			List<String> successFactors, List<Champion> champions, List<Question> questions, List<Source> sources,
			Coordinates coordinates, List<Photo> photos) {
	}

	public record Practice(String id, String title, String sector, String description, List<String> techniques,
			String traditionalKnowledge, String marketChannel) {
	}

	/**
	 * A partnership, with its partners and, flattened, who gives what to whom. Since 0.2:
	 * {@code partnersUndocumented} (the sources do not name the partners, or not all of them: show
	 * the partnership as partly known), the shared investment (Markdown) and its sources.
	 */
	public record Partnership(String id, String title, String kind, String agreement, String product,
			String certification, String priceTerms, String volumeTerms, String riskSharing, String benefitSharing,
			Actor broker, Integer startYear, Integer durationYears, String governance, List<Partner> partners,
			List<Flow> flows, boolean partnersUndocumented, String sharedInvestment, List<Source> sources) {
	}

	/**
	 * {@code role} is the model's literal (public, private, producer, other), {@code roleLabel} the words.
	 * Since 0.2: what the partner invests (Markdown, one text each).
	 */
	public record Partner(Actor actor, String role, String roleLabel, List<String> commitments, List<String> investments) {
	}

	/** "from gives what to to"; {@code to} is null when the contribution names no receiver. */
	public record Flow(Actor from, String what, Actor to) {
	}

	/** {@code value} and {@code baseline} are formatted as written (no exponent, no trailing zeros). */
	public record Indicator(String label, String value, String unit, String baseline, Integer year, String source) {
	}

	public record Milestone(Integer year, String text) {
	}

	public record Champion(String name, Actor organisation, String role) {
	}

	/**
	 * A discussion question; with a right and a wrong option, also a (multiple-choice) quiz
	 * question. Moodle would read a single right option as a short-answer question instead.
	 */
	public record Question(String id, String text, String notes, String answer, List<Option> options) {

		public boolean isQuiz() {
			return options.stream().anyMatch(Option::correct) && options.stream().anyMatch(o -> !o.correct());
		}
	}

	public record Option(String text, boolean correct, String feedback) {
	}

	/**
	 * A source. {@code author} is the authors' names joined by commas, {@code year} the year of its
	 * date. Since 0.2: the authors one by one, the date as known ({@code date} for people: "2013",
	 * "February 2013", "25 February 2013"; {@code dateIso} for machines: 2013, 2013-02, 2013-02-25),
	 * the notes (Markdown) and the facts it is cited for.
	 */
	public record Source(String title, String author, String publisher, Integer year, String link, List<Author> authors,
			String date, String dateIso, String notes, List<Claim> claims) {
	}

	/**
	 * An author of a source: {@code actorId} is the id of the declared actor (its name is the actor's
	 * title), or null when the author is only a name. An id, not the actor, so that an actor may cite
	 * a source it wrote.
	 */
	public record Author(String name, String actorId) {
	}

	/**
	 * A fact a source is cited for: {@code fact} is the word of its clause (dates, women, partners...),
	 * {@code value} what this source says it is, as written, or null when it only supports the fact.
	 */
	public record Claim(String fact, String value) {
	}

	/**
	 * A participant of the route with the organisation they come from (null when not given). Since 0.2.
	 */
	public record Participant(String id, String name, Actor organisation, String role) {
	}

	/**
	 * An Innovation Plan: a team adapting what it learned at home. {@code problem}, {@code actions},
	 * {@code resources} and {@code timeline} are Markdown; {@code inspiredBy} is the case that
	 * inspired it and {@code practice} the practice it adapts (null when not given). Since 0.2.
	 */
	public record InnovationPlan(String id, String title, List<Participant> team, Actor organisation, String problem,
			CaseBrief inspiredBy, String practice, List<String> actions, String resources, String timeline,
			String status) {
	}

	/**
	 * One case in the comparison of the cases. {@code partnerships} gives the kind of each (with its
	 * agreement); {@code partnersByRole} the partners' names under their role's words, in the
	 * order public, private, producers, others; {@code since} the earliest start year of its
	 * partnerships (or null); {@code indicators} its first few indicators as "label: value unit".
	 * Since 0.2.
	 */
	public record Comparison(CaseBrief brief, String host, String where, Integer members, Integer households,
			Integer women, List<String> partnerships, Map<String, List<String>> partnersByRole, List<String> products,
			List<String> certifications, Integer since, List<String> indicators, List<String> lessons) {

		/** How many indicators a case shows in the comparison: a table cell, not a page. */
		public static final int INDICATORS = 4;

		static Comparison of(CaseBrief brief) {
			Actor host = brief.host();
			Map<String, List<String>> byRole = new LinkedHashMap<>();
			for (String role : List.of("public", "private", "producer", "other")) {
				for (Partnership partnership : brief.partnerships()) {
					for (Partner partner : partnership.partners()) {
						if (role.equals(partner.role()) && partner.actor() != null) {
							List<String> names = byRole.computeIfAbsent(partner.roleLabel(), r -> new ArrayList<>());
							if (!names.contains(partner.actor().name())) {
								names.add(partner.actor().name());
							}
						}
					}
				}
			}
			List<String> kinds = brief.partnerships().stream()
					.map(p -> p.agreement() == null ? p.kind() : p.kind() == null ? p.agreement() : p.kind() + ", " + p.agreement())
					.filter(Objects::nonNull).distinct().toList();
			List<String> products = brief.partnerships().stream().map(Partnership::product).filter(Objects::nonNull)
					.distinct().toList();
			List<String> certifications = brief.partnerships().stream().map(Partnership::certification)
					.filter(Objects::nonNull).distinct().toList();
			Integer since = brief.partnerships().stream().map(Partnership::startYear).filter(Objects::nonNull)
					.min(Integer::compare).orElse(null);
			List<String> indicators = brief.indicators().stream().limit(INDICATORS).map(Comparison::indicator).toList();
			return new Comparison(brief, host == null ? null : host.name(), brief.where(),
					host == null ? null : host.members(), host == null ? null : host.households(),
					host == null ? null : host.women(), kinds, byRole, products, certifications, since, indicators,
					brief.lessons());
		}

		private static String indicator(Indicator indicator) {
			StringBuilder text = new StringBuilder(indicator.label() == null ? "" : indicator.label());
			if (indicator.value() != null) {
				text.append(text.isEmpty() ? "" : ": ").append(indicator.value());
				if (indicator.unit() != null && !indicator.unit().isBlank()) {
					text.append(' ').append(indicator.unit());
				}
			}
			if (indicator.year() != null) {
				text.append(" (").append(indicator.year()).append(')');
			}
			return text.toString();
		}
	}
}
