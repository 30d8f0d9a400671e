package org.casestudio.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.casestudio.dsl.ide.CaseStudioIdeSetup;
import org.casestudio.dsl.ide.editor.ModelSession;
import org.casestudio.model.CaseStudioPackage;
import org.casestudio.ui.forms.Field;
import org.casestudio.ui.forms.FormEditing;
import org.casestudio.ui.forms.FormHost;
import org.casestudio.ui.forms.ModelForm;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.ui.forms.ManagedForm;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * What the form editor does on the seed route and on a generated 5,000-line route, through the
 * editor's own code and real widgets (needs a display; benchmark.sh runs it under Xvfb): opening a
 * file (its first form page made and filled from the model, and then painted), showing each other
 * page for the first time (made, filled, painted), and a form edit (a field typed and left)
 * reaching the text, the model brought to the new text and every field of the page refreshed. The
 * seed's case is timed too: its first page and each other page first shown.
 *
 * <pre>usage: FormsBenchmark seed-route lines iterations</pre>
 */
public final class FormsBenchmark {

	/** The route's pages after its first, in the editor's order. */
	private static final List<String> ROUTE_PAGES = List.of("AboutForm", "AgendaForm", "ParticipantsForm");
	/** The case's pages, the first one first. */
	private static final List<String> CASE_PAGES = List.of("CaseForm", "StoryForm", "PracticesForm", "LearningForm", "QuestionsForm",
			"PartnershipsForm");

	private FormsBenchmark() {
	}

	/** The form editor's part as the benchmark plays it: one document, its model, the form. */
	private static final class Host implements FormHost {
		final IDocument document;
		final ModelSession session;
		ModelForm form;

		Host(IDocument document, ModelSession session) {
			this.document = document;
			this.session = session;
		}

		@Override
		public ModelSession session() {
			return session;
		}

		@Override
		public List<Issue> issues() {
			return List.of();
		}

		@Override
		public String edit(Consumer<EObject> change) {
			String refusal = FormEditing.edit(document, session, change);
			if (refusal == null) {
				form.refresh();
			}
			return refusal;
		}

		@Override
		public String readOnlyReason() {
			return FormEditing.readOnlyReason(session);
		}

		@Override
		public void showSource() {
			// No Source page here.
		}

		@Override
		public void selected(int offset) {
			// No Outline here.
		}
	}

	/** The medians and 95th percentiles of a page made and filled, and to the end of its first paint. */
	private record Timing(double[] made, double[] painted) {
	}

	public static void main(String[] args) throws Exception {
		Path seed = Path.of(args[0]);
		int lines = Integer.parseInt(args[1]);
		int iterations = Integer.parseInt(args[2]);
		Path folder = Files.createTempDirectory("casestudio-forms-benchmark");
		Path generated = RouteGenerator.write(folder, lines, 50, 42);
		Path seedCase = seed.resolveSibling("cases").resolve("asparagus.case");
		Injector injector = new CaseStudioIdeSetup().createInjectorAndDoEMFRegistration();
		Display display = new Display();
		Shell shell = new Shell(display);
		shell.setLayout(new FillLayout());
		shell.setSize(1280, 800);
		shell.open();

		System.out.printf("Forms benchmark: %d iterations after 10 warm-up, Java %s, %d cores%n", iterations,
				Runtime.version(), Runtime.getRuntime().availableProcessors());
		System.out.printf("%-44s %-24s %10s %10s%n", "operation", "file", "median ms", "p95 ms");
		for (Path route : List.of(seed, generated)) {
			String text = Files.readString(route, StandardCharsets.UTF_8);
			String name = route.equals(seed) ? "seed (" + RouteGenerator.lines(text) + " lines)"
					: RouteGenerator.lines(text) + " lines";
			IDocument document = new Document(text);
			DocumentUndoManagerRegistry.connect(document);
			ModelSession session = ModelSession.open(injector, route, text);
			Host host = new Host(document, session);

			Timing open = time(shell, host, "RouteForm", iterations);
			print("forms open (first page made and filled)", name, open.made());
			print("forms open (to the end of its first paint)", name, open.painted());
			for (String page : ROUTE_PAGES) {
				Timing shown = time(shell, host, page, iterations);
				if (shown != null) {
					print(page + " first shown (made, filled)", name, shown.made());
					print(page + " first shown (to its paint)", name, shown.painted());
				}
			}

			host.form = form("RouteForm", host);
			host.form.create(new ManagedForm(shell));
			shell.layout(true, true);
			drain(display);
			Field theme = host.form.fields().stream()
					.filter(f -> f.feature() == CaseStudioPackage.Literals.LEARNING_ROUTE__THEME).findFirst().orElseThrow();
			Text widget = (Text) theme.control();
			double[] edit = new double[iterations];
			for (int i = -10; i < iterations; i++) {
				String value = "Theme " + (char) ('a' + Math.floorMod(i, 26)) + (i + 10);
				widget.setText(value);
				long start = System.nanoTime();
				((Field.Value) theme).commit();
				long end = System.nanoTime();
				if (!document.get().contains("theme \"" + value + "\"") || !widget.getText().equals(value)) {
					throw new IllegalStateException("the edit did not reach the text: " + value);
				}
				drain(display);
				if (i >= 0) {
					edit[i] = (end - start) / 1e6;
				}
			}
			print("form edit -> text -> forms refreshed", name, edit);
			host.form.managedForm().getForm().dispose();
		}

		String text = Files.readString(seedCase, StandardCharsets.UTF_8);
		String name = "seed case (" + RouteGenerator.lines(text) + " lines)";
		IDocument document = new Document(text);
		ModelSession session = ModelSession.open(injector, seedCase, text);
		Host host = new Host(document, session);
		for (int i = 0; i < CASE_PAGES.size(); i++) {
			Timing shown = time(shell, host, CASE_PAGES.get(i), iterations);
			if (shown != null) {
				print(CASE_PAGES.get(i) + (i == 0 ? " (the case opens)" : " first shown") + " (made, filled)", name,
						shown.made());
				print(CASE_PAGES.get(i) + (i == 0 ? " (the case opens)" : " first shown") + " (to its paint)", name,
						shown.painted());
			}
		}
		System.out.println("(made and filled: the page's widgets made, filled from the parsed model and laid out;"
				+ " to the paint: then the event loop run until idle, which paints the page and makes any section"
				+ " whose place shows; the edited field: the route's theme, the time ends when every field of the page"
				+ " shows the new model)");
		display.dispose();
	}

	/**
	 * Makes the page (a form class of org.casestudio.ui.forms) in a fresh managed form in the shell,
	 * warm-up runs first; null when the build has no such page (the benchmark run on an older build).
	 */
	private static Timing time(Shell shell, Host host, String page, int iterations) throws Exception {
		if (form(page, host) == null) {
			return null;
		}
		double[] made = new double[iterations];
		double[] painted = new double[iterations];
		for (int i = -10; i < iterations; i++) {
			long start = System.nanoTime();
			ManagedForm managed = new ManagedForm(shell);
			host.form = form(page, host);
			host.form.create(managed);
			shell.layout(true, true);
			long end = System.nanoTime();
			shell.update();
			drain(shell.getDisplay());
			long paint = System.nanoTime();
			if (i >= 0) {
				made[i] = (end - start) / 1e6;
				painted[i] = (paint - start) / 1e6;
			}
			managed.getForm().dispose();
			managed.dispose();
		}
		return new Timing(made, painted);
	}

	/** A new form of the class of this simple name, or null where the build has none. */
	private static ModelForm form(String page, Host host) throws Exception {
		Class<?> type;
		try {
			type = Class.forName("org.casestudio.ui.forms." + page);
		} catch (ClassNotFoundException e) {
			return null;
		}
		return (ModelForm) type.getConstructor(FormHost.class).newInstance(host);
	}

	private static void print(String operation, String file, double[] times) {
		System.out.printf("%-44s %-24s %10.1f %10.1f%n", operation, file, EditorBenchmark.percentile(times, 50),
				EditorBenchmark.percentile(times, 95));
	}

	private static void drain(Display display) {
		while (display.readAndDispatch()) {
			// Paints and layouts the edit caused, outside the measured time but before the next one.
		}
	}
}
