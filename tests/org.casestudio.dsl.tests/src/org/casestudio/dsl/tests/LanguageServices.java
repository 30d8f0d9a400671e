package org.casestudio.dsl.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.casestudio.dsl.ide.CaseStudioIdeSetup;
import org.casestudio.dsl.ide.editor.ModelSession;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/** What the tests of the editor-neutral language services share: the injector, sessions, a seed copy. */
final class LanguageServices {

	static final Injector INJECTOR = new CaseStudioIdeSetup().createInjectorAndDoEMFRegistration();

	private LanguageServices() {
	}

	/** A session on a file of its folder tree, with the file's text replaced by the given one. */
	static ModelSession session(Path file, String text) {
		return ModelSession.open(INJECTOR, file, text);
	}

	static String read(Path file) throws IOException {
		return Files.readString(file, StandardCharsets.UTF_8);
	}

	/** The issues of the session's file that carry the code. */
	static List<Issue> issues(ModelSession session, String code) {
		return session.validate(CancelIndicator.NullImpl).stream().filter(i -> code.equals(i.getCode())).toList();
	}

	/** The errors of every file of a folder tree, each file read from disk, as "file: message". */
	static List<String> errors(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			List<Path> files = walk.filter(p -> p.toString().matches(".*\\.(route|case|actors)")).sorted().toList();
			return files.stream().flatMap(file -> {
				try {
					return session(file, read(file)).validate(CancelIndicator.NullImpl).stream()
							.filter(i -> i.getSeverity() == Severity.ERROR)
							.map(i -> file.getFileName() + ": " + i.getMessage());
				} catch (IOException e) {
					throw new IllegalStateException(e);
				}
			}).toList();
		}
	}

	/** A copy of the Attapeu seed route, to be changed by a test. */
	static Path attapeuCopy(Path into) throws IOException {
		Path source = Fixtures.attapeu();
		try (Stream<Path> walk = Files.walk(source)) {
			for (Path path : walk.toList()) {
				Path target = into.resolve(source.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				} else {
					Files.copy(path, target);
				}
			}
		}
		return into;
	}

	/**
	 * Adds to the copied seed route a plan that adapts a practice of the asparagus case, a dotted
	 * reference whose first segment is the case; returns the route's file.
	 */
	static Path addPlanAdaptingAsparagus(Path tree) throws IOException {
		Path route = tree.resolve("attapeu.route");
		Files.writeString(route, Files.readString(route).replace("\nend\n",
				"\n\tplan seedlings \"Seedlings\" adapts asparagus.organic_asparagus end\nend\n"));
		return route;
	}
}
