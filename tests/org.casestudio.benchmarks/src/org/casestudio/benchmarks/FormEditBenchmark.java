package org.casestudio.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.casestudio.dsl.ide.CaseStudioIdeSetup;
import org.casestudio.dsl.ide.edit.ModelEdits;
import org.casestudio.dsl.ide.editor.ModelSession;
import org.casestudio.model.CaseStudioFactory;
import org.casestudio.model.Day;
import org.casestudio.model.Document;
import org.casestudio.model.LearningRoute;
import org.casestudio.model.Session;
import org.casestudio.model.SessionKind;
import org.eclipse.emf.ecore.EObject;

import com.google.inject.Injector;

/**
 * A form edit reaching the text: from the change of the model a form makes to the text edits that
 * express it ({@link ModelEdits}, on the editor's session), on the seed route and on a generated
 * route of 5,000 lines. Each edit is applied to the text and the session brought in step, as the
 * editor does, outside the time measured. Prints the median and 95th percentile of each.
 *
 * <pre>usage: FormEditBenchmark seed-route-file [lines] [iterations]</pre>
 */
public final class FormEditBenchmark {

	private FormEditBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path seed = Path.of(args[0]);
		int lines = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
		int iterations = args.length > 2 ? Integer.parseInt(args[2]) : 100;
		Path big = RouteGenerator.write(Files.createTempDirectory("casestudio-form-edits"), lines, 50, 42);
		Injector injector = new CaseStudioIdeSetup().createInjectorAndDoEMFRegistration();
		ModelEdits edits = injector.getInstance(ModelEdits.class);

		System.out.printf("Form edit benchmark: %d iterations after 10 warm-up, Java %s, %d cores%n", iterations,
				Runtime.version(), Runtime.getRuntime().availableProcessors());
		System.out.printf("%-48s %10s %10s%n", "form edit -> text edits", "median ms", "p95 ms");
		for (Path route : List.of(seed, big)) {
			String name = route.equals(seed) ? "seed route" : RouteGenerator.lines(Files.readString(route)) + "-line route";
			measure(edits, injector, route, name + ": set a field (theme)",
					(root, i) -> route(root).setTheme("Theme " + i), iterations);
			measure(edits, injector, route, name + ": add an objective (list)",
					(root, i) -> route(root).getObjectives().add("Objective " + i), iterations);
			if (route.equals(big)) {
				measure(edits, injector, route, name + ": a session's time (table cell)", (root, i) -> {
					List<Day> days = route(root).getDays();
					days.get(days.size() / 2).getSessions().get(0).setStartTime(String.format("%02d:%02d", 9, i % 60));
				}, iterations);
				measure(edits, injector, route, name + ": add a day in the middle (table row)",
						FormEditBenchmark::addDay, iterations);
				// Each removal is followed, untimed, by a day added back, so that a small route
				// (the smoke run's) does not run out of days.
				measure(edits, injector, route, name + ": remove a day in the middle", (root, i) -> {
					List<Day> days = route(root).getDays();
					days.remove(days.size() / 2);
				}, FormEditBenchmark::addDay, iterations);
			}
		}
	}

	interface Edit {
		void apply(EObject root, int iteration);
	}

	private static void addDay(EObject root, int iteration) {
		List<Day> days = route(root).getDays();
		Day day = CaseStudioFactory.eINSTANCE.createDay();
		day.setTitle("Day " + iteration);
		Session session = CaseStudioFactory.eINSTANCE.createSession();
		session.setKind(SessionKind.FIELD_VISIT);
		session.setTitle("A visit");
		session.setStartTime("10:00");
		day.getSessions().add(session);
		days.add(days.size() / 2, day);
	}

	private static LearningRoute route(EObject root) {
		return (LearningRoute) ((Document) root).getDeclarations().get(0);
	}

	private static void measure(ModelEdits edits, Injector injector, Path route, String name, Edit edit,
			int iterations) throws Exception {
		measure(edits, injector, route, name, edit, null, iterations);
	}

	/** Times {@code edit}; {@code restore}, if any, is applied after each one, untimed. */
	private static void measure(ModelEdits edits, Injector injector, Path route, String name, Edit edit, Edit restore,
			int iterations) throws Exception {
		ModelSession session = ModelSession.open(injector, route, Files.readString(route, StandardCharsets.UTF_8));
		double[] times = new double[iterations];
		for (int i = -10; i < iterations; i++) {
			int iteration = i + 10;
			Consumer<EObject> change = root -> edit.apply(root, iteration);
			long start = System.nanoTime();
			ModelEdits.Result result = edits.edit(session, change);
			long end = System.nanoTime();
			if (result.isRefused() || result.edits().isEmpty()) {
				throw new IllegalStateException(name + ": the edit was not written: " + result.refusal());
			}
			session.update(result.newText());
			if (restore != null) {
				ModelEdits.Result back = edits.edit(session, root -> restore.apply(root, iteration));
				if (back.isRefused()) {
					throw new IllegalStateException(name + ": the restoring edit was not written: " + back.refusal());
				}
				session.update(back.newText());
			}
			if (i >= 0) {
				times[i] = (end - start) / 1e6;
			}
		}
		System.out.printf("%-48s %10.1f %10.1f%n", name, EditorBenchmark.percentile(times, 50),
				EditorBenchmark.percentile(times, 95));
	}
}
