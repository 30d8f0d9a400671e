package org.casestudio.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.casestudio.dsl.CaseStudioStandaloneSetup;
import org.casestudio.dsl.headless.ModelWorkspace;
import org.casestudio.dsl.translations.LanguageTags;
import org.casestudio.dsl.translations.PoFile;
import org.casestudio.dsl.translations.RouteTranslations;
import org.casestudio.dsl.translations.TranslationFiles;
import org.casestudio.model.LearningRoute;
import org.casestudio.model.problems.Problem;
import org.casestudio.model.problems.ProblemPrinter;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;

/**
 * {@code casestudio translations <route folder> [--lang fr,es] [--route id]}: writes or updates the
 * translator's file of each language, {@code translations/<language>.po} at the top of the route's
 * folder tree, for Poedit, OmegaT or Weblate. The languages are those of {@code --lang}, or else the
 * route's pack languages but its own. Nothing is written while the files have errors, and a
 * translator's file that cannot be read is reported at its place and left as it is.
 */
final class TranslationsCommand {

	private final PrintStream out;
	private final PrintStream err;
	/** As CommandLine's: null for this process's own working folder, paths kept as given. */
	private final Path cwd;
	private final BooleanSupplier cancelled;

	TranslationsCommand(PrintStream out, PrintStream err, Path cwd, BooleanSupplier cancelled) {
		this.out = out;
		this.err = err;
		this.cwd = cwd;
		this.cancelled = cancelled;
	}

	int run(String... args) {
		List<Path> inputs = new ArrayList<>();
		List<String> languages = new ArrayList<>();
		String routeName = null;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
			if (name.equals("--lang") || name.equals("--route")) {
				String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : i + 1 < args.length ? args[++i] : "";
				if (value.isBlank() || value.startsWith("--")) {
					return usage(NLS.bind(Messages.MissingValue, name));
				}
				if (name.equals("--route")) {
					routeName = value;
				} else {
					for (String language : value.split(",")) {
						if (!language.isBlank() && !languages.contains(language.strip())) {
							languages.add(language.strip());
						}
					}
				}
			} else if (arg.startsWith("-") && arg.length() > 1) {
				return usage(NLS.bind(Messages.UnknownOption, arg));
			} else {
				try {
					inputs.add(cwd == null ? Path.of(arg) : cwd.resolve(arg));
				} catch (InvalidPathException e) {
					return usage(NLS.bind(Messages.InvalidPath, arg));
				}
			}
		}
		if (inputs.isEmpty()) {
			return usage(Messages.NoInput);
		}
		for (String language : languages) {
			if (!LanguageTags.isKnown(language)) {
				return usage(NLS.bind(Messages.BadLanguage, language));
			}
		}

		Path cwd = CommandLine.workingFolder(this.cwd);
		ModelWorkspace workspace = ModelWorkspace.load(CaseStudioStandaloneSetup.injector(), inputs);
		List<Problem> findings = new ArrayList<>(workspace.fileProblems());
		findings.addAll(workspace.validateAll(cancelled::getAsBoolean));
		if (!workspace.fileProblems().isEmpty() || findings.stream().anyMatch(Problem::isError)) {
			new Report(findings, workspace.checkedFiles().size(), cwd).printText(err);
			err.println(Messages.FixBeforeTranslations);
			return workspace.fileProblems().isEmpty() ? CommandLine.FINDINGS : CommandLine.USAGE_OR_IO;
		}
		List<LearningRoute> routes = routeName == null ? workspace.routes() : workspace.allRoutes();
		LearningRoute route;
		if (routeName != null) {
			String wanted = routeName;
			route = routes.stream().filter(r -> wanted.equals(r.getName())).findFirst().orElse(null);
			if (route == null) {
				err.println(NLS.bind(Messages.UnknownRoute, routeName, names(routes)));
				return CommandLine.USAGE_OR_IO;
			}
		} else if (routes.size() == 1) {
			route = routes.get(0);
		} else {
			err.println(routes.isEmpty() ? Messages.NoRoute : NLS.bind(Messages.SeveralRoutes, names(routes)));
			return CommandLine.USAGE_OR_IO;
		}

		RouteTranslations translations = RouteTranslations.forRoute(route);
		if (languages.isEmpty()) {
			translations.packLanguages().stream().filter(l -> !RouteTranslations.same(l, translations.sourceLanguage()))
					.forEach(languages::add);
		}
		if (languages.isEmpty()) {
			return usage(NLS.bind(Messages.NoLanguages, route.getName()));
		}
		// The files of the route's folder tree, in path order: the order of the entries.
		List<Resource> resources = workspace.resources().entrySet().stream()
				.sorted(Map.Entry.comparingByValue(Comparator.naturalOrder())).map(Map.Entry::getKey).toList();
		ProblemPrinter paths = new ProblemPrinter(cwd);
		int exit = CommandLine.OK;
		for (String language : languages) {
			if (RouteTranslations.same(language, translations.sourceLanguage())) {
				err.println(NLS.bind(Messages.SourceLanguage, language));
				exit = CommandLine.USAGE_OR_IO;
				continue;
			}
			try {
				TranslationFiles.Result r = TranslationFiles.update(translations, route.getName(), resources, language);
				out.println(NLS.bind(Messages.TranslationsWritten, new Object[] { paths.path(r.file()), r.texts(),
						r.translated(), r.outOfDate(), r.added(), r.obsolete() }));
			} catch (PoFile.SyntaxError e) {
				Path file = translations.file(language);
				err.println(paths.print(new Problem(file, e.line(), e.column(), Problem.Severity.ERROR, e.getMessage(),
						"casestudio.translationFileUnreadable")));
				err.println(NLS.bind(Messages.TranslationsNotWritten, paths.path(file)));
				exit = CommandLine.USAGE_OR_IO;
			} catch (IOException e) {
				err.println(NLS.bind(Messages.ExportFailed, e.getMessage() == null ? e.toString() : e.getMessage()));
				exit = CommandLine.USAGE_OR_IO;
			}
		}
		return exit;
	}

	private int usage(String message) {
		err.println(NLS.bind(Messages.UsageError, message));
		err.println(Messages.Usage);
		return CommandLine.USAGE_OR_IO;
	}

	private static String names(List<LearningRoute> routes) {
		return routes.stream().map(LearningRoute::getName).collect(Collectors.joining(", "));
	}
}
