package org.casestudio.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.casestudio.dsl.ide.CaseStudioIdeSetup;
import org.casestudio.dsl.ide.editor.ContentAssist;
import org.casestudio.dsl.ide.editor.ModelSession;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * What the editor does on a 5,000-line route: a keystroke followed by updated diagnostics (the
 * reconciler's work: reparse and validate), and a content assist request at a reference. Runs the
 * editor's own code paths without a display and prints the median and 95th percentile of each.
 *
 * <pre>usage: EditorBenchmark [lines] [iterations]</pre>
 */
public final class EditorBenchmark {

	private EditorBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int lines = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
		int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 200;
		Path folder = Files.createTempDirectory("casestudio-benchmark");
		Path route = RouteGenerator.write(folder, lines, 50, 42);
		String text = Files.readString(route, StandardCharsets.UTF_8);

		Injector injector = new CaseStudioIdeSetup().createInjectorAndDoEMFRegistration();
		ModelSession session = ModelSession.open(injector, route, text);
		List<Issue> issues = session.validate(CancelIndicator.NullImpl);
		long errors = issues.stream().filter(i -> i.getSeverity() == Severity.ERROR).count();
		if (errors > 0) {
			throw new IllegalStateException("the generated route should be valid: " + issues.subList(0, 1));
		}

		// A keystroke: one character of a title in the middle of the file changes, then diagnostics.
		int typing = text.indexOf("\"Session 1 of day " + (RouteGenerator.lines(text) / 20)) + 2;
		double[] keystroke = new double[iterations];
		for (int i = -20; i < iterations; i++) {
			char c = (char) ('a' + Math.floorMod(i, 26));
			String edited = text.substring(0, typing) + c + text.substring(typing + 1);
			long start = System.nanoTime();
			session.update(edited);
			List<Issue> found = session.validate(CancelIndicator.NullImpl);
			long end = System.nanoTime();
			if (found.stream().anyMatch(issue -> issue.getSeverity() == Severity.ERROR)) {
				throw new IllegalStateException("an edit of a title should stay valid: " + found.get(0));
			}
			if (i >= 0) {
				keystroke[i] = (end - start) / 1e6;
			}
		}

		// Content assist right after "case " in a session line, where case ids are proposed.
		String current = session.text();
		int assistAt = current.indexOf(" case case_", current.length() / 2) + " case ".length();
		double[] assist = new double[iterations];
		int proposals = 0;
		for (int i = -20; i < iterations; i++) {
			long start = System.nanoTime();
			List<ContentAssistEntry> entries = ContentAssist.proposals(session, current, assistAt);
			long end = System.nanoTime();
			proposals = entries.size();
			if (i >= 0) {
				assist[i] = (end - start) / 1e6;
			}
		}

		System.out.printf("Editor benchmark: %d-line route (%d KB), %d iterations after 20 warm-up, Java %s, %d cores%n",
				RouteGenerator.lines(text), text.length() / 1024, iterations, Runtime.version(),
				Runtime.getRuntime().availableProcessors());
		System.out.printf("%-36s %10s %10s%n", "operation", "median ms", "p95 ms");
		System.out.printf("%-36s %10.1f %10.1f%n", "keystroke -> updated diagnostics", percentile(keystroke, 50),
				percentile(keystroke, 95));
		System.out.printf("%-36s %10.1f %10.1f   (%d proposals)%n", "content assist at a reference",
				percentile(assist, 50), percentile(assist, 95), proposals);
	}

	static double percentile(double[] values, int percentile) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}
}
