package org.casestudio.export.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.casestudio.export.ExportContext;
import org.casestudio.export.ExportException;
import org.casestudio.export.IExporter;
import org.casestudio.export.SafeNames;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * The website as a SCORM 1.2 package: {@code imsmanifest.xml} at the root, one SCO per case
 * page, which reports completion to the LMS; the other pages are shared assets.
 */
public final class ScormExporter implements IExporter {

	/** Zip entry times fixed, so that the same route gives the same package, byte for byte, anywhere. */
	private static final LocalDateTime EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

	@Override
	public void export(ExportContext context, IProgressMonitor monitor) throws ExportException {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		Map<String, byte[]> site = new SiteBuilder(context, true).build(progress.split(7));
		String manifest = ScormManifest.write(context.pack(), site.keySet());
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip, StandardCharsets.UTF_8)) {
			put(out, ScormManifest.FILE, manifest.getBytes(StandardCharsets.UTF_8));
			for (Map.Entry<String, byte[]> file : site.entrySet()) {
				progress.checkCanceled();
				put(out, file.getKey(), file.getValue());
			}
		} catch (IOException e) {
			throw new ExportException(NLS.bind(Messages.CannotZip, e.getMessage()), e);
		}
		progress.worked(2);
		context.output().write(packageName(context), zip.toByteArray());
		progress.worked(1);
	}

	static String packageName(ExportContext context) {
		return SafeNames.of(context.pack().overview().id()) + "-scorm.zip";
	}

	private static void put(ZipOutputStream out, String name, byte[] content) throws IOException {
		ZipEntry entry = new ZipEntry(name);
		entry.setTimeLocal(EPOCH);
		out.putNextEntry(entry);
		out.write(content);
		out.closeEntry();
	}
}
