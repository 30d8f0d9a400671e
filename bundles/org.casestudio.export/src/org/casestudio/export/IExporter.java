package org.casestudio.export;

import java.util.List;

import org.casestudio.export.pack.TrainingPack;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Writes a training pack in one of the formats declared with it in the
 * {@code org.casestudio.export.exporters} extension point. An exporter reads the pack from the
 * context and writes only through {@link ExportContext#output()}; it checks the monitor for
 * cancellation between pieces of work and throws {@link org.eclipse.core.runtime.OperationCanceledException}.
 */
public interface IExporter {

	/**
	 * Writes {@code context.format()} of {@code context.pack()}.
	 *
	 * @throws ExportException when the pack cannot be written, with a message for the user
	 */
	void export(ExportContext context, IProgressMonitor monitor) throws ExportException;

	/**
	 * What {@code format} would lack for this pack (say, a quiz with no quiz question), in words
	 * that tell the author what to add; reported before the export, which may still go ahead.
	 */
	default List<String> check(TrainingPack pack, String format) {
		return List.of();
	}
}
