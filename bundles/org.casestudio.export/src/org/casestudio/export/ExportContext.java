package org.casestudio.export;

import java.nio.file.Path;
import java.util.Map;

import org.casestudio.export.pack.TrainingPack;

/**
 * What an exporter works with: the pack, the format asked for, the output, the folder whose
 * {@code templates/} may override the exporter's templates, and the user's options.
 */
public record ExportContext(TrainingPack pack, String format, PackOutput output, Path routeFolder,
		Map<String, String> options) {

	/** The templates of an exporter family, e.g. {@code templates(SiteExporter.class, "html")}. */
	public Templates templates(Class<?> exporterClass, String family) {
		return new Templates(exporterClass, family, routeFolder == null ? null : routeFolder.resolve("templates"));
	}

	public String option(String name, String defaultValue) {
		return options.getOrDefault(name, defaultValue);
	}
}
