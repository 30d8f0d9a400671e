package org.casestudio.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.casestudio.export.pack.PackBuilder;
import org.casestudio.export.pack.TextSource;
import org.casestudio.export.pack.TrainingPack;
import org.casestudio.model.LearningRoute;
import org.casestudio.model.problems.Place;
import org.casestudio.model.problems.Problem;
import org.casestudio.model.problems.Problem.Severity;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * The one way a training pack is made, for the command line and the desktop alike: {@link #prepare}
 * a loaded route once (the export view and every finding: the language's, the pack's, each
 * format's), then {@link PreparedPack#write write} the formats chosen. The caller loads and validates
 * the files (the export knows no syntax) and says where elements are written through a locator.
 */
public final class ExportPipeline {

	private ExportPipeline() {
	}

	/**
	 * Builds the export view of {@code route} and finds everything that stands in its way. Each
	 * exporter of {@code formats} is made once, here: it checks the pack now and writes it later.
	 *
	 * @param findings the language's problems with the route's whole folder tree; with an error
	 *                 among them no view is built (it needs a model free of errors) and nothing
	 *                 can be written
	 * @param formats  every format the caller may write; {@link PreparedPack#write} takes a subset
	 * @param locator  where elements are written, for the pack's findings
	 */
	public static PreparedPack prepare(LearningRoute route, List<Problem> findings, List<ExportFormat> formats,
			ElementLocator locator, IProgressMonitor monitor) {
		return prepare(route, findings, formats, locator, TextSource.SOURCE_ONLY, TextSource.SOURCE_ONLY.sourceLanguage(),
				List.of(), monitor);
	}

	/**
	 * As {@link #prepare(LearningRoute, List, List, ElementLocator, IProgressMonitor)}, the pack in
	 * {@code language}: its texts from {@code texts} (as written where they have no translation), its
	 * fixed words, dates and numbers in that language. {@code alongside}: the other languages the same
	 * export makes, which a site links to (may be empty).
	 */
	public static PreparedPack prepare(LearningRoute route, List<Problem> findings, List<ExportFormat> formats,
			ElementLocator locator, TextSource texts, String language, List<String> alongside, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Preparing, route.getName()), 2 + formats.size());
		Place routePlace = locator.place(route);
		Path routeFolder = routePlace == null || routePlace.file() == null ? null
				: routePlace.file().toAbsolutePath().getParent();
		List<Problem> common = new ArrayList<>(findings);
		Map<ExportFormat, List<Problem>> byFormat = new LinkedHashMap<>();
		Map<ExportFormat, IExporter> exporters = new LinkedHashMap<>();
		if (findings.stream().anyMatch(Problem::isError)) {
			return new PreparedPack(null, routeFolder, common, byFormat, exporters);
		}
		TrainingPack pack = PackBuilder.build(route, texts, language, alongside);
		common.addAll(PackReadiness.check(route, locator));
		common.addAll(ImageReadiness.check(route, locator));
		progress.worked(2);
		for (ExportFormat format : formats) {
			progress.checkCanceled();
			List<Problem> problems = new ArrayList<>();
			try {
				IExporter exporter = format.exporter().create();
				exporters.put(format, exporter);
				for (String message : exporter.check(pack, format.id())) {
					problems.add(Problem.at(routePlace, Severity.WARNING,
							NLS.bind(Messages.FormatIssue, format.label(), message), PackProblems.FORMAT));
				}
			} catch (ExportException e) {
				problems.add(new Problem(null, 0, 0, Severity.ERROR, e.getMessage(), PackProblems.EXPORTER_UNAVAILABLE));
			}
			byFormat.put(format, problems);
			progress.worked(1);
		}
		return new PreparedPack(pack, routeFolder, common, byFormat, exporters);
	}
}
