package org.casestudio.ui.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.casestudio.dsl.headless.ModelWorkspace;
import org.casestudio.dsl.translations.RouteTranslations;
import org.casestudio.export.ExportException;
import org.casestudio.export.ExportFormat;
import org.casestudio.export.ExportPipeline;
import org.casestudio.export.PreparedPack;
import org.casestudio.export.pack.TextSource;
import org.casestudio.model.LearningRoute;
import org.casestudio.model.problems.Problem;
import org.casestudio.model.problems.ProblemPrinter;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import com.google.inject.Injector;

/**
 * A route's folder tree, as saved, loaded and checked once and prepared for export: what the page
 * shows while the user chooses formats, and what Finish writes, unless a file of the tree was
 * saved since (then Finish prepares again).
 */
record ExportPreparation(PreparedPack pack, String language, Map<Path, FileTime> files) {

	/**
	 * Loads the route file's folder tree and prepares its pack in {@code language} (null: the route's
	 * own) for every one of {@code formats}.
	 */
	static ExportPreparation of(Injector injector, Path routeFile, List<ExportFormat> formats, String language,
			IProgressMonitor monitor) throws ExportException {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.Page_Checking, 10);
		ModelWorkspace workspace = ModelWorkspace.load(injector, List.of(routeFile));
		progress.worked(4);
		// A pack is made from the route's whole folder tree: every file of it is checked.
		List<Problem> findings = new ArrayList<>(workspace.fileProblems());
		findings.addAll(workspace.validateAll(progress::isCanceled));
		progress.checkCanceled();
		progress.worked(4);
		LearningRoute route = workspace.routes().stream().findFirst().orElse(null);
		if (route == null) {
			// A route file that declares no route, most often because its first line does not parse.
			Problem first = findings.stream().filter(Problem::isError).findFirst().orElse(null);
			throw new ExportException(first == null ? NLS.bind(Messages.Wizard_NoRoute, routeFile)
					: NLS.bind(Messages.Wizard_HasErrors, findings.stream().filter(Problem::isError).count(),
							new ProblemPrinter(routeFile.getParent()).print(first)));
		}
		// The route's translations, written beside its texts and in its translator's files.
		RouteTranslations translations = RouteTranslations.forRoute(route);
		TextSource texts = TextSource.of(translations.sourceLanguage(), translations.packLanguages(),
				translations::translation);
		String in = language == null ? texts.sourceLanguage() : language;
		PreparedPack pack = ExportPipeline.prepare(route, findings, formats, workspace::place, texts, in, List.of(),
				progress.split(2));
		return new ExportPreparation(pack, in, stamps(workspace.resources().values()));
	}

	/** Whether every file loaded is as it was: unchanged since, the preparation still holds. */
	boolean isCurrent() {
		return files.equals(stamps(files.keySet()));
	}

	private static Map<Path, FileTime> stamps(Iterable<Path> paths) {
		Map<Path, FileTime> stamps = new LinkedHashMap<>();
		for (Path path : paths) {
			try {
				stamps.put(path, Files.getLastModifiedTime(path));
			} catch (IOException e) {
				stamps.put(path, FileTime.fromMillis(-1));
			}
		}
		return stamps;
	}
}
