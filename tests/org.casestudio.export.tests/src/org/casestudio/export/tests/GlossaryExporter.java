package org.casestudio.export.tests;

import java.util.TreeSet;

import org.casestudio.export.ExportContext;
import org.casestudio.export.ExportException;
import org.casestudio.export.IExporter;
import org.casestudio.export.pack.TrainingPack;
import org.eclipse.core.runtime.IProgressMonitor;

/** An exporter from outside Case Studio's bundles: one line per actor of the pack. */
public class GlossaryExporter implements IExporter {

	@Override
	public void export(ExportContext context, IProgressMonitor monitor) throws ExportException {
		TreeSet<String> lines = new TreeSet<>();
		for (TrainingPack.CaseBrief brief : context.pack().cases()) {
			brief.actors().forEach(a -> lines.add(a.name() + " (" + a.kind() + ")"));
		}
		context.output().write("glossary.txt", context.option("heading", "Who is who") + "\n" + String.join("\n", lines) + "\n");
	}
}
