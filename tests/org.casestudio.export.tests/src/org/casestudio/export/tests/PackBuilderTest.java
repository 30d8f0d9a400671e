package org.casestudio.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.casestudio.export.ExportFormat;
import org.casestudio.export.PackProblems;
import org.casestudio.export.pack.TrainingPack;
import org.casestudio.model.problems.Problem;
import org.casestudio.model.problems.ProblemPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export-ready view built from the seed route and from a route with an agenda and a quiz. */
class PackBuilderTest {

	@Test
	void seedOverviewNamesWhatTheAnnouncementSays() {
		TrainingPack pack = Fixtures.pack(Fixtures.seed());
		TrainingPack.Overview overview = pack.overview();
		assertEquals("Pro-Rural Poor Public and Private Partnership in Lao PDR", overview.title());
		assertEquals("25 February – 1 March 2013", overview.dates());
		assertEquals("2013-02-25", overview.startDate());
		assertEquals("Attapeu, Lao PDR", overview.where());
		assertEquals(3, overview.participantOrganisations().size());
		assertEquals(List.of("asparagus", "natural_dyes", "coffee"), pack.cases().stream().map(TrainingPack.CaseBrief::id).toList());
		assertEquals(List.of("asparagus", "natural_dyes", "coffee"), pack.cases().stream().map(TrainingPack.CaseBrief::file).toList());
		assertTrue(pack.agenda().isEmpty());
	}

	@Test
	void partnershipResolvesPartnersRolesAndFlows() {
		TrainingPack.CaseBrief asparagus = Fixtures.pack(Fixtures.seed()).cases().get(0);
		assertEquals("Darkhied village, Sansai district, Attapeu province, Lao PDR", asparagus.where());
		TrainingPack.Partnership sales = asparagus.partnerships().get(0);
		// The announcement does not call the sales a PPP, and names no public party to them.
		assertNull(sales.kind());
		assertEquals(List.of("producer", "private"), sales.partners().stream().map(TrainingPack.Partner::role).toList());
		assertEquals(1, sales.flows().size());
		TrainingPack.Flow flow = sales.flows().get(0);
		assertEquals("Organic Asparagus Producers’ Group", flow.from().name());
		assertEquals("Organic asparagus", flow.what());
		assertEquals("SWIFT Co. Ltd", flow.to().name());
		// The same actor is one view wherever it appears, so a page can tell partners apart by identity.
		assertTrue(asparagus.actors().stream().anyMatch(a -> a == flow.to()));
		assertEquals("Producer group", asparagus.host().kind());
	}

	@Test
	void agendaSessionsLinkTheCasesTheyVisit() {
		TrainingPack pack = Fixtures.pack(Fixtures.route("market-day"));
		assertEquals(2, pack.agenda().size());
		TrainingPack.AgendaDay first = pack.agenda().get(0);
		assertEquals("Monday 4 March 2024", first.date());
		assertEquals(3, first.sessions().size());
		TrainingPack.Session visit = first.sessions().get(1);
		assertEquals("Field visit", visit.kind());
		assertEquals("honey", visit.caseFile());
		assertEquals(180, visit.durationMinutes());
		assertNull(first.sessions().get(0).caseFile());
		assertEquals("4–5 March 2024", pack.overview().dates());
	}

	@Test
	void quizHoldsOnlyQuestionsWithARightOption() {
		TrainingPack pack = Fixtures.pack(Fixtures.route("market-day"));
		assertEquals(List.of("price", "who", "benefits"), pack.quiz().stream().map(q -> q.question().id()).toList());
		TrainingPack.Indicator price = pack.cases().get(0).indicators().get(1);
		assertEquals("9.5", price.value());
		assertEquals("4", price.baseline());
	}

	@Test
	void caseWithoutLessonsIsReportedOnceByTheValidatorWhereTheRouteListsIt(@TempDir Path temp) throws IOException {
		edited(temp, "tea.case", "(?m)^\\s*lesson .*\\n", "");
		List<String> lines = readiness(temp, List.of());
		// The validator's finding is the one source of the rule: the pack does not repeat it.
		assertEquals(List.of(temp.resolve("market-day.route") + ":10:15: warning: Case 'tea' has no lesson yet: its brief"
				+ " in a training pack would have no Lessons section. Add at least one 'lesson' to it. [casestudio.caseWithoutLesson]"),
				lines);
	}

	@Test
	void questionThatIsNotMultipleChoiceIsReportedNotDropped(@TempDir Path temp) throws IOException {
		edited(temp, "honey.case", "\t\twrong \"The district office\"\n", "");
		List<String> lines = readiness(temp, Fixtures.formats("gift"));
		assertEquals(List.of(temp.resolve("market-day.route") + ":1:1: warning: Moodle quiz (GIFT): question 'who' of case 'honey'"
				+ " is left out of the quiz: a multiple-choice question needs at least one right and one wrong option."
				+ " [casestudio.pack.format]"), lines);
		assertEquals(List.of("price", "benefits"),
				Fixtures.pack(temp).quiz().stream().map(q -> q.question().id()).toList());
	}

	/** The test route copied into {@code folder}, with one edit (a regular expression) in one file. */
	private static Path edited(Path folder, String file, String regex, String replacement) throws IOException {
		Path edited = copy(Fixtures.route("market-day"), folder).resolve(file);
		Files.writeString(edited, Files.readString(edited).replaceAll(regex, replacement));
		return edited;
	}

	private static List<String> readiness(Path folder, List<ExportFormat> formats) {
		ProblemPrinter printer = new ProblemPrinter(null);
		return Fixtures.prepare(folder, formats).problems(formats).stream().map(printer::print).toList();
	}

	static Path copy(Path from, Path to) throws IOException {
		try (var files = Files.list(from)) {
			for (Path file : files.toList()) {
				Files.copy(file, to.resolve(file.getFileName()));
			}
		}
		return to;
	}

	@Test
	void readinessReportsWhatThePackLacksWhereToAddIt() {
		List<ExportFormat> formats = Fixtures.formats("html", "gift");
		List<Problem> problems = Fixtures.prepare(Fixtures.seed(), formats).problems(formats);
		List<String> lines = problems.stream().map(new ProblemPrinter(null)::print).toList();
		// Every seed case has lessons and questions (essay questions of the quiz); the route has no
		// days. The validator's one warning on the seed (the coffee PPP's partners are not
		// documented) comes first.
		assertEquals(2, lines.size(), lines::toString);
		assertTrue(lines.get(0).matches(".*coffee\\.case:\\d+:\\d+: warning: Partnership 'coffee_ppp' does not name its partners.*"), lines::toString);
		assertTrue(lines.get(1).matches(".*attapeu\\.route:4:1: warning: Route 'attapeu' has no agenda days.*"), lines::toString);
		assertTrue(problems.stream().allMatch(i -> i.severity() == Problem.Severity.WARNING));
		assertEquals(List.of("casestudio.undocumentedPartners", PackProblems.NO_DAYS),
				problems.stream().map(Problem::code).toList());
	}
}
