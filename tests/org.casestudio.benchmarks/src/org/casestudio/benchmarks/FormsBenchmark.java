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
import org.casestudio.ui.forms.RouteForm;
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
 * editor's own code and real widgets (needs a display; benchmark.sh runs it under Xvfb): the
 * route's form opening (widgets made and filled from the model), and a form edit (a field typed
 * and left) reaching the text, the model brought to the new text and every field refreshed.
 *
 * <pre>usage: FormsBenchmark seed-route lines iterations</pre>
 */
public final class FormsBenchmark {

	private FormsBenchmark() {
	}

	/** The form editor's part as the benchmark plays it: one document, its model, the form. */
	private static final class Host implements FormHost {
		final IDocument document;
		final ModelSession session;
		RouteForm form;

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

	public static void main(String[] args) throws Exception {
		Path seed = Path.of(args[0]);
		int lines = Integer.parseInt(args[1]);
		int iterations = Integer.parseInt(args[2]);
		Path folder = Files.createTempDirectory("casestudio-forms-benchmark");
		Path generated = RouteGenerator.write(folder, lines, 50, 42);
		Injector injector = new CaseStudioIdeSetup().createInjectorAndDoEMFRegistration();
		Display display = new Display();
		Shell shell = new Shell(display);
		shell.setLayout(new FillLayout());
		shell.setSize(1280, 800);
		shell.open();

		System.out.printf("Forms benchmark: %d iterations after 10 warm-up, Java %s, %d cores%n", iterations,
				Runtime.version(), Runtime.getRuntime().availableProcessors());
		System.out.printf("%-34s %-24s %10s %10s%n", "operation", "route", "median ms", "p95 ms");
		for (Path route : List.of(seed, generated)) {
			String text = Files.readString(route, StandardCharsets.UTF_8);
			String name = route.equals(seed) ? "seed (" + RouteGenerator.lines(text) + " lines)"
					: RouteGenerator.lines(text) + " lines";
			IDocument document = new Document(text);
			DocumentUndoManagerRegistry.connect(document);
			ModelSession session = ModelSession.open(injector, route, text);
			Host host = new Host(document, session);

			double[] open = new double[iterations];
			for (int i = -10; i < iterations; i++) {
				long start = System.nanoTime();
				ManagedForm managed = new ManagedForm(shell);
				host.form = new RouteForm(host);
				host.form.create(managed);
				shell.layout(true, true);
				long end = System.nanoTime();
				drain(display);
				if (i >= 0) {
					open[i] = (end - start) / 1e6;
				}
				if (i < iterations - 1) {
					managed.getForm().dispose();
					managed.dispose();
				}
			}

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
			System.out.printf("%-34s %-24s %10.1f %10.1f%n", "forms open (made and filled)", name,
					EditorBenchmark.percentile(open, 50), EditorBenchmark.percentile(open, 95));
			System.out.printf("%-34s %-24s %10.1f %10.1f%n", "form edit -> text -> forms refreshed", name,
					EditorBenchmark.percentile(edit, 50), EditorBenchmark.percentile(edit, 95));
			host.form.managedForm().getForm().dispose();
		}
		System.out.println("(the edited field: the route's theme; the time ends when every field shows the new model)");
		display.dispose();
	}

	private static void drain(Display display) {
		while (display.readAndDispatch()) {
			// Paints and layouts the edit caused, outside the measured time but before the next one.
		}
	}
}
