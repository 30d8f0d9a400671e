package org.casestudio.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.casestudio.dsl.headless.ModelWorkspace;
import org.casestudio.dsl.translations.RouteTranslations;
import org.casestudio.export.ExportException;
import org.casestudio.export.ExportFormat;
import org.casestudio.export.ExportPipeline;
import org.casestudio.export.ExporterRegistry;
import org.casestudio.export.PreparedPack;
import org.casestudio.export.TrainingPackExport;
import org.casestudio.export.pack.TextSource;
import org.casestudio.model.LearningRoute;
import org.casestudio.model.problems.Problem;
import org.casestudio.model.problems.ProblemPrinter;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * {@code casestudio export}: chooses the formats and the route, prepares the pack through the
 * {@link ExportPipeline} with the findings of the route's folder tree, prints every finding, and
 * writes the formats asked for (all when none is named) unless one of the findings is an error.
 */
final class ExportCommand {

	private final PrintStream out;
	private final PrintStream err;
	private final Path cwd;
	/** Asked by the export's progress: its client is gone (CommandServer), so stop early. */
	private final NullProgressMonitor monitor;

	ExportCommand(PrintStream out, PrintStream err, Path cwd, BooleanSupplier cancelled) {
		this.out = out;
		this.err = err;
		this.cwd = cwd;
		this.monitor = new NullProgressMonitor() {
			@Override
			public boolean isCanceled() {
				return super.isCanceled() || cancelled.getAsBoolean();
			}
		};
	}

	/** @param findings the file problems and the validation findings of every loaded file */
	int run(ModelWorkspace workspace, List<Problem> findings, CommandLine.Request request) {
		int files = workspace.checkedFiles().size();
		if (!workspace.fileProblems().isEmpty()) {
			new Report(findings, files, cwd).printText(err);
			return CommandLine.USAGE_OR_IO;
		}
		ExporterRegistry registry = ExporterRegistry.getDefault();
		Timing.mark("registry");
		List<ExportFormat> formats = new ArrayList<>();
		if (request.packFormats().isEmpty()) {
			formats.addAll(registry.formats());
		}
		for (String id : request.packFormats()) {
			var format = registry.format(id);
			if (format.isEmpty()) {
				err.println(NLS.bind(Messages.UnknownPackFormat, id, available(registry)));
				return CommandLine.USAGE_OR_IO;
			}
			formats.add(format.get());
		}
		if (formats.isEmpty()) {
			err.println(Messages.NoExporters);
			return CommandLine.USAGE_OR_IO;
		}
		// The routes of the files named (or under the folders named); --route may pick any loaded one.
		List<LearningRoute> routes = request.route() == null ? workspace.routes() : workspace.allRoutes();
		LearningRoute route = null;
		String noRoute = null;
		if (request.route() != null) {
			route = routes.stream().filter(r -> request.route().equals(r.getName())).findFirst().orElse(null);
			noRoute = route == null ? NLS.bind(Messages.UnknownRoute, request.route(), names(routes)) : null;
		} else if (routes.size() == 1) {
			route = routes.get(0);
		} else {
			noRoute = routes.isEmpty() ? Messages.NoRoute : NLS.bind(Messages.SeveralRoutes, names(routes));
		}
		if (route == null) {
			// Errors in the files can be why no route was found: they come first.
			if (findings.stream().anyMatch(Problem::isError)) {
				new Report(findings, files, cwd).printText(err);
				err.println(Messages.FixBeforeExport);
				return CommandLine.FINDINGS;
			}
			err.println(noRoute);
			return CommandLine.USAGE_OR_IO;
		}

		TextSource texts = texts(route);
		List<String> languages = request.languages().isEmpty() ? List.of(texts.sourceLanguage()) : request.languages();
		for (String language : languages) {
			// A route that names its pack languages is made in those; one that names none in any language,
			// its texts as written and the fixed words in the language asked for.
			if (!route.getPackLanguages().isEmpty() && !texts.packLanguages().contains(language)) {
				err.println(NLS.bind(Messages.UndeclaredLanguage,
						new Object[] { route.getName(), language, String.join(", ", texts.packLanguages()) }));
				return CommandLine.USAGE_OR_IO;
			}
		}
		for (String language : languages) {
			List<String> alongside = languages.size() == 1 ? List.of() : languages;
			// Several languages: one pack each, side by side, so that the sites can link to each other.
			Path folder = languages.size() == 1 ? request.out() : request.out().resolve(language);
			int exit = export(workspace, findings, route, formats, texts, language, alongside, folder, request, files);
			if (exit != CommandLine.OK) {
				return exit;
			}
		}
		return CommandLine.OK;
	}

	/**
	 * Where the export finds the route's texts in other languages: the translations written beside
	 * the texts and in the route's translator's files (translations/<language>.po).
	 */
	static TextSource texts(LearningRoute route) {
		RouteTranslations translations = RouteTranslations.forRoute(route);
		return TextSource.of(translations.sourceLanguage(), translations.packLanguages(), translations::translation);
	}

	private int export(ModelWorkspace workspace, List<Problem> findings, LearningRoute route, List<ExportFormat> formats,
			TextSource texts, String language, List<String> alongside, Path folder, CommandLine.Request request, int files) {
		PreparedPack prepared = ExportPipeline.prepare(route, findings, formats, workspace::place, texts, language, alongside,
				monitor);
		Timing.mark("prepared");
		List<Problem> problems = prepared.problems(formats);
		// Only findings matter before an export; a clean check says nothing. Several languages: said once.
		if (!problems.isEmpty() && (alongside.isEmpty() || language.equals(alongside.get(0)))) {
			new Report(problems, files, cwd).printText(err);
		}
		if (!prepared.canWrite(formats)) {
			err.println(Messages.FixBeforeExport);
			return CommandLine.FINDINGS;
		}
		try {
			TrainingPackExport.Result result = prepared.write(formats, folder, request.options(), monitor);
			Timing.mark("written");
			ProblemPrinter paths = new ProblemPrinter(cwd);
			for (ExportFormat format : formats) {
				List<Path> written = result.files().getOrDefault(format.id(), List.of());
				out.println(NLS.bind(Messages.Wrote, new Object[] { format.label(), summary(written, paths), written.size() }));
			}
			out.println(alongside.isEmpty() ? NLS.bind(Messages.PackDone, paths.path(result.folder()))
					: NLS.bind(Messages.PackDoneIn, language, paths.path(result.folder())));
			return CommandLine.OK;
		} catch (ExportException e) {
			err.println(NLS.bind(Messages.ExportFailed, e.getMessage()));
			return CommandLine.USAGE_OR_IO;
		}
	}

	private static String names(List<LearningRoute> routes) {
		return routes.stream().map(LearningRoute::getName).collect(Collectors.joining(", "));
	}

	private static String available(ExporterRegistry registry) {
		return registry.formats().stream().map(ExportFormat::id).collect(Collectors.joining(", "));
	}

	/** The first file of a format, and how many more: a site has dozens. */
	private static String summary(List<Path> files, ProblemPrinter paths) {
		if (files.isEmpty()) {
			return Messages.NothingWritten;
		}
		String first = paths.path(files.get(0));
		return files.size() == 1 ? first : NLS.bind(Messages.AndMore, first, files.size() - 1);
	}
}
