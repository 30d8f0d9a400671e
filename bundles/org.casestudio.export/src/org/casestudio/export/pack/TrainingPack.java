package org.casestudio.export.pack;

import java.util.List;

/**
 * The export-ready view of a learning route: what a training pack contains, in the order a pack
 * shows it, with every label resolved and every reference turned into the names a reader sees.
 * Built once from the model by {@link PackBuilder}; exporters read only this, so that ten formats
 * do not interpret the model in ten ways. Texts marked Markdown are kept as written; each format
 * renders them its own way. Absent values are {@code null}, absent lists empty.
 */
public record TrainingPack(Overview overview, List<AgendaDay> agenda, List<CaseBrief> cases) {

	/** The discussion questions of every case that can be asked as quiz questions, in pack order. */
	public List<QuizItem> quiz() {
		return cases.stream()
				.flatMap(brief -> brief.questions().stream().filter(Question::isQuiz).map(q -> new QuizItem(brief, q)))
				.toList();
	}

	/** A quiz question with the case it belongs to. */
	public record QuizItem(CaseBrief brief, Question question) {
	}

	/** The route as a whole: the index page of a site, the cover of a guide. */
	public record Overview(String id, String title, String subtitle, String theme, Integer edition, String editionTitle,
			String where, String startDate, String endDate, String dates, Actor facilitator, Actor hostProgramme,
			List<Actor> funders, List<Actor> participantOrganisations, String description, List<String> objectives,
			List<Place> places) {
	}

	/** Where a case is; a list stands in for a map when there are no coordinates. */
	public record Place(String caseId, String caseFile, String caseTitle, String where) {
	}

	/** An organisation or group as a reader meets it. */
	public record Actor(String id, String name, String kind, String where, String ethnicGroup, Integer members,
			Integer households, Integer women, String description) {
	}

	/** One day of the agenda. {@code dateIso} is for machines, {@code date} for people. */
	public record AgendaDay(int number, String dateIso, String date, String title, String place, List<Session> sessions) {
	}

	/** A session of a day; a field visit names the case it visits. */
	public record Session(String kind, String title, String startTime, Integer durationMinutes, String place,
			String facilitator, String caseId, String caseFile, String caseTitle, String notes, List<String> outputs) {
	}

	/** Everything a pack says about one case study. {@code file} is a safe file name, without extension. */
	public record CaseBrief(String id, String file, int number, String title, Actor host, String where, String summary,
			String context, String scalingUp, List<Actor> actors, List<Practice> practices, List<Partnership> partnerships,
			List<Indicator> indicators, List<Milestone> timeline, List<String> lessons, List<String> challenges,
			List<String> successFactors, List<Champion> champions, List<Question> questions, List<Source> sources) {
	}

	public record Practice(String id, String title, String sector, String description, List<String> techniques,
			String traditionalKnowledge, String marketChannel) {
	}

	/** A partnership, with its partners and, flattened, who gives what to whom. */
	public record Partnership(String id, String title, String kind, String agreement, String product,
			String certification, String priceTerms, String volumeTerms, String riskSharing, String benefitSharing,
			Actor broker, Integer startYear, Integer durationYears, String governance, List<Partner> partners,
			List<Flow> flows) {
	}

	/** {@code role} is the model's literal (public, private, producer, other), {@code roleLabel} the words. */
	public record Partner(Actor actor, String role, String roleLabel, List<String> commitments) {
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

	public record Source(String title, String author, String publisher, Integer year, String link) {
	}
}
