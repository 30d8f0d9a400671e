package org.casestudio.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.casestudio.dsl.headless.ModelWorkspace;
import org.casestudio.export.ExportException;
import org.casestudio.export.ExportFormat;
import org.casestudio.export.ExporterRegistry;
import org.casestudio.export.PackIssue;
import org.casestudio.export.PackReadiness;
import org.casestudio.export.TrainingPackExport;
import org.casestudio.export.pack.PackBuilder;
import org.casestudio.export.pack.TrainingPack;
import org.casestudio.model.LearningRoute;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * {@code casestudio export}: on a model free of errors, chooses the route, reports what the pack
 * would lack, then writes the formats asked for (all when none is named) into the pack folder.
 */
final class ExportCommand {

	private final PrintStream out;
	private final PrintStream err;

	ExportCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	int run(ModelWorkspace workspace, CommandLine.Request request) {
		ExporterRegistry registry = ExporterRegistry.getDefault();
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
		LearningRoute route;
		if (request.route() != null) {
			route = routes.stream().filter(r -> request.route().equals(r.getName())).findFirst().orElse(null);
			if (route == null) {
				err.println(NLS.bind(Messages.UnknownRoute, request.route(), names(routes)));
				return CommandLine.USAGE_OR_IO;
			}
		} else if (routes.size() == 1) {
			route = routes.get(0);
		} else {
			err.println(routes.isEmpty() ? Messages.NoRoute : NLS.bind(Messages.SeveralRoutes, names(routes)));
			return CommandLine.USAGE_OR_IO;
		}

		TrainingPack pack = PackBuilder.build(route);
		List<PackIssue> issues = PackReadiness.check(route, formats, pack);
		Path cwd = Path.of("").toAbsolutePath();
		for (PackIssue issue : issues) {
			err.println(relative(issue, cwd));
		}
		if (issues.stream().anyMatch(i -> i.severity() == PackIssue.Severity.ERROR)) {
			err.println(Messages.FixBeforeExport);
			return CommandLine.FINDINGS;
		}
		Path routeFile = workspace.resources().get(route.eResource());
		Path routeFolder = routeFile == null ? null : routeFile.toAbsolutePath().getParent();
		try {
			TrainingPackExport.Result result = new TrainingPackExport(pack, routeFolder, request.options())
					.run(formats, request.out(), new NullProgressMonitor());
			for (ExportFormat format : formats) {
				List<Path> files = result.files().getOrDefault(format.id(), List.of());
				out.println(NLS.bind(Messages.Wrote, new Object[] { format.label(), summary(files, cwd), files.size() }));
			}
			out.println(NLS.bind(Messages.PackDone, Report.display(result.folder(), cwd)));
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
	private static String summary(List<Path> files, Path cwd) {
		if (files.isEmpty()) {
			return Messages.NothingWritten;
		}
		String first = Report.display(files.get(0), cwd);
		return files.size() == 1 ? first : NLS.bind(Messages.AndMore, first, files.size() - 1);
	}

	private static String relative(PackIssue issue, Path cwd) {
		if (issue.file() == null) {
			return issue.toString();
		}
		return new PackIssue(issue.severity(), Report.display(Path.of(issue.file()), cwd), issue.line(), issue.column(),
				issue.message()).toString();
	}

}
