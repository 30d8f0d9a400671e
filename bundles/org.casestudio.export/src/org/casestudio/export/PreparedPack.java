package org.casestudio.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.casestudio.export.pack.TrainingPack;
import org.casestudio.model.problems.Problem;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * A route made ready for export by {@link ExportPipeline#prepare}: its export view, every finding
 * that stands in the way of a pack (the language's, the pack's and each format's), and the
 * exporters that checked it, which also write it. Asking for the findings of other formats costs
 * nothing; writing is refused while an error remains.
 */
public final class PreparedPack {

	private final TrainingPack pack;
	private final Path routeFolder;
	private final List<Problem> common;
	private final Map<ExportFormat, List<Problem>> byFormat;
	private final Map<ExportFormat, IExporter> exporters;

	PreparedPack(TrainingPack pack, Path routeFolder, List<Problem> common, Map<ExportFormat, List<Problem>> byFormat,
			Map<ExportFormat, IExporter> exporters) {
		this.pack = pack;
		this.routeFolder = routeFolder;
		this.common = List.copyOf(common);
		this.byFormat = Collections.unmodifiableMap(new LinkedHashMap<>(byFormat));
		this.exporters = Collections.unmodifiableMap(new LinkedHashMap<>(exporters));
	}

	/** The export view; null when the language found errors, since the view needs a model free of them. */
	public TrainingPack pack() {
		return pack;
	}

	/** The route's folder, whose {@code templates/} may override the exporters' templates; null when unknown. */
	public Path routeFolder() {
		return routeFolder;
	}

	/** The findings that concern a pack of these formats: the route's first, then each format's. */
	public List<Problem> problems(List<ExportFormat> formats) {
		List<Problem> problems = new ArrayList<>(common);
		for (ExportFormat format : formats) {
			problems.addAll(byFormat.getOrDefault(format, List.of()));
		}
		return problems;
	}

	/** Whether a pack of these formats can be written: none of their findings is an error. */
	public boolean canWrite(List<ExportFormat> formats) {
		return pack != null && problems(formats).stream().noneMatch(Problem::isError);
	}

	/**
	 * Writes the formats (each one prepared) into the pack folder, as {@link TrainingPackExport}
	 * does: all of them or, on failure or cancel, nothing.
	 *
	 * @throws ExportException when a finding is an error, or the pack cannot be written; nothing was written
	 */
	public TrainingPackExport.Result write(List<ExportFormat> formats, Path folder, Map<String, String> options,
			IProgressMonitor monitor) throws ExportException {
		if (!canWrite(formats)) {
			long errors = problems(formats).stream().filter(Problem::isError).count();
			throw new ExportException(NLS.bind(Messages.NotReady, errors));
		}
		Map<ExportFormat, IExporter> chosen = new LinkedHashMap<>();
		for (ExportFormat format : formats) {
			IExporter exporter = exporters.get(format);
			if (exporter == null) {
				throw new IllegalArgumentException("format " + format.id() + " was not prepared");
			}
			chosen.put(format, exporter);
		}
		return new TrainingPackExport(pack, routeFolder, options).run(chosen, folder, monitor);
	}
}
