package org.casestudio.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.casestudio.dsl.CaseStudioStandaloneSetup;
import org.casestudio.dsl.headless.ModelWorkspace;
import org.casestudio.dsl.validation.IssueCodes;
import org.casestudio.export.ExportException;
import org.casestudio.export.ExportFormat;
import org.casestudio.export.ExportPipeline;
import org.casestudio.export.ExporterDescriptor;
import org.casestudio.export.IExporter;
import org.casestudio.export.PackProblems;
import org.casestudio.export.PreparedPack;
import org.casestudio.export.TrainingPackExport;
import org.casestudio.export.pack.TrainingPack;
import org.casestudio.model.LearningRoute;
import org.casestudio.model.problems.Problem;
import org.casestudio.model.problems.ProblemPrinter;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Prepare once (the view, every finding with its place and code), then write what was prepared. */
class ExportPipelineTest {

	/** An exporter that counts its instances, checks each pack once and writes one file. */
	private static final class Counting implements IExporter {
		final AtomicInteger checks = new AtomicInteger();

		@Override
		public void export(org.casestudio.export.ExportContext context, org.eclipse.core.runtime.IProgressMonitor monitor)
				throws ExportException {
			context.output().write("cases.txt", String.join("\n", context.pack().cases().stream()
					.map(TrainingPack.CaseBrief::id).toList()) + "\n");
		}

		@Override
		public List<String> check(TrainingPack pack, String format) {
			checks.incrementAndGet();
			return List.of("checked " + pack.cases().size() + " cases");
		}
	}

	private final List<Counting> made = new ArrayList<>();
	private final ExportFormat counting = ExporterDescriptor.format("count", "Counting", () -> {
		Counting exporter = new Counting();
		made.add(exporter);
		return exporter;
	});

	@Test
	void eachExporterIsMadeOnceChecksThePackAndWritesIt(@TempDir Path temp) throws Exception {
		PreparedPack prepared = Fixtures.prepare(Fixtures.seed(), List.of(counting));
		assertEquals(1, made.size());
		assertEquals(1, made.get(0).checks.get());
		List<Problem> problems = prepared.problems(List.of(counting));
		Problem checked = problems.get(problems.size() - 1);
		assertEquals("Counting: checked 3 cases", checked.message());
		assertEquals(PackProblems.FORMAT, checked.code());
		assertEquals(Problem.Severity.WARNING, checked.severity());
		assertTrue(checked.file().endsWith(Path.of("attapeu", "attapeu.route")), checked::toString);
		assertEquals(4, checked.line());
		// Another choice of formats is only a filter: nothing is checked again.
		assertEquals(problems.size() - 1, prepared.problems(List.of()).size());

		TrainingPackExport.Result result = prepared.write(List.of(counting), temp.resolve("pack"), Map.of(),
				new NullProgressMonitor());
		assertEquals(1, made.size(), "the exporter that checked the pack writes it");
		assertEquals(1, made.get(0).checks.get());
		assertEquals(List.of(temp.resolve("pack/cases.txt")), result.files().get("count"));
		assertEquals(List.of("asparagus", "natural_dyes", "coffee"), Files.readAllLines(temp.resolve("pack/cases.txt")));
		assertEquals(Fixtures.seed().normalize(), prepared.routeFolder());
	}

	@Test
	void findingsOfTheLanguageAndOfThePackCarryPlacesAndCodes(@TempDir Path temp) throws IOException {
		Path route = PackBuilderTest.copy(Fixtures.route("market-day"), temp).resolve("market-day.route");
		// A route without days, and a case without discussion questions.
		Files.writeString(route, Files.readString(route).replaceAll("(?s)\tday .*?\n\tend\n", ""));
		Path tea = temp.resolve("tea.case");
		Files.writeString(tea, Files.readString(tea).replaceAll("(?s)\tquestion .*?\n(\t\t.*?\n)*", ""));
		List<ExportFormat> formats = Fixtures.formats("html");
		List<String> lines = Fixtures.prepare(temp, formats).problems(formats).stream()
				.map(new ProblemPrinter(temp)::print).toList();
		assertEquals(List.of("market-day.route:1:1: warning: Route 'market_day' has no agenda days: the agenda will only list"
				+ " the cases. Add 'day ... end' blocks for a day-by-day agenda. [casestudio.pack.noDays]",
				"tea.case:1:1: warning: Case 'tea' has no discussion questions: its brief will have none for the field."
						+ " Add 'question \"...\"'. [casestudio.pack.noQuestions]"), lines);
	}

	@Test
	void anErrorOfTheLanguageBlocksTheWriteAndNothingIsWritten(@TempDir Path temp) throws IOException {
		Path folder = PackBuilderTest.copy(Fixtures.route("market-day"), Files.createDirectory(temp.resolve("route")));
		Path honey = folder.resolve("honey.case");
		Files.writeString(honey, Files.readString(honey).replaceFirst("host \\w+", "host nobody_at_all"));
		PreparedPack prepared = Fixtures.prepare(folder, List.of(counting));
		List<Problem> problems = prepared.problems(List.of(counting));
		assertTrue(problems.stream().anyMatch(p -> p.isError() && p.file().equals(honey)
				&& IssueCodes.UNRESOLVED_REFERENCE.equals(p.code())), problems::toString);
		assertNull(prepared.pack(), "no view is built from a model with errors");
		assertTrue(made.isEmpty(), "no exporter is made for a pack that cannot be written");
		assertFalse(prepared.canWrite(List.of(counting)));
		ExportException refused = assertThrows(ExportException.class,
				() -> prepared.write(List.of(counting), temp.resolve("pack"), Map.of(), new NullProgressMonitor()));
		assertTrue(refused.getMessage().endsWith("Nothing was written."), refused.getMessage());
		assertFalse(Files.exists(temp.resolve("pack")));
	}

	@Test
	void theValidatorsSeverityOfALessonlessCaseDecidesWhetherThePackIsWritten(@TempDir Path temp) throws IOException {
		Path folder = PackBuilderTest.copy(Fixtures.route("market-day"), Files.createDirectory(temp.resolve("route")));
		Path tea = folder.resolve("tea.case");
		Files.writeString(tea, Files.readString(tea).replaceAll("(?m)^\\s*lesson .*\\n", ""));
		ModelWorkspace workspace = ModelWorkspace.load(CaseStudioStandaloneSetup.injector(), List.of(folder));
		List<Problem> findings = workspace.validateAll(CancelIndicator.NullImpl);
		Problem lesson = findings.stream().filter(p -> IssueCodes.CASE_WITHOUT_LESSON.equals(p.code())).findFirst()
				.orElseThrow();
		LearningRoute route = workspace.routes().get(0);
		// By default a warning: the pack is written, and the finding is reported once.
		PreparedPack asWarning = ExportPipeline.prepare(route, findings, List.of(counting), workspace::place, null);
		assertEquals(Problem.Severity.WARNING, lesson.severity());
		assertEquals(1, asWarning.problems(List.of(counting)).stream().filter(p -> p.message().contains("'tea'")).count());
		assertTrue(asWarning.canWrite(List.of(counting)));
		// A team that made it an error (a preference of the validator) gets no pack until the case has a lesson.
		List<Problem> strict = findings.stream().map(p -> p == lesson ? new Problem(p.file(), p.line(), p.column(),
				Problem.Severity.ERROR, p.message(), p.code()) : p).toList();
		PreparedPack asError = ExportPipeline.prepare(route, strict, List.of(counting), workspace::place, null);
		assertFalse(asError.canWrite(List.of(counting)));
		assertThrows(ExportException.class,
				() -> asError.write(List.of(counting), temp.resolve("pack"), Map.of(), new NullProgressMonitor()));
		assertFalse(Files.exists(temp.resolve("pack")));
	}
}
