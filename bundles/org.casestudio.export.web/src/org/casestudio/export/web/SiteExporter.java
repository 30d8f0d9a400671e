package org.casestudio.export.web;

import java.util.Map;

import org.casestudio.export.ExportContext;
import org.casestudio.export.ExportException;
import org.casestudio.export.IExporter;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/** The offline website, written under {@code html/} in the pack. */
public final class SiteExporter implements IExporter {

	static final String FOLDER = "html/";

	@Override
	public void export(ExportContext context, IProgressMonitor monitor) throws ExportException {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		Map<String, byte[]> site = new SiteBuilder(context, false).build(progress.split(8));
		for (Map.Entry<String, byte[]> file : site.entrySet()) {
			context.output().write(FOLDER + file.getKey(), file.getValue());
		}
		progress.worked(2);
	}
}
