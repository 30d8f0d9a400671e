package org.casestudio.ui.application;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.casestudio.dsl.ide.editor.ModelSession;
import org.casestudio.ui.CaseStudioUi;
import org.casestudio.ui.wizards.FileTemplates;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * Prepares, on the second core while the workbench window is being built, what opening the first
 * editor would otherwise do on the UI thread: the language's services (Guice, the grammar, the
 * EMF packages), one parse and validation of a small file, and SWT's SVG support, whose first use
 * loads Java2D when the first icon is painted. Nothing it makes is kept except the injector.
 * <p>
 * The service-loader processor that the SVG library requires is started later, once the editor
 * is open ({@link ServiceLoaderStart}): started here it took this job 0.8-3.9 s on a loaded host.
 */
public final class StartupWarmUp extends Job {

	/** The family of the warm-up job, to wait for it. */
	public static final Object FAMILY = StartupWarmUp.class;

	/** The prefix of the temporary folder in which the sample file is parsed. */
	public static final String FOLDER_PREFIX = "casestudio-warmup";

	/** A one-pixel SVG: enough for SWT to load its rasterizer. */
	private static final byte[] SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>"
			.getBytes(StandardCharsets.UTF_8);

	public StartupWarmUp() {
		super(Messages.WarmUp_Name);
		setSystem(true);
		setPriority(SHORT);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		CaseStudioUi plugin = CaseStudioUi.getDefault();
		if (plugin == null) {
			return Status.CANCEL_STATUS;
		}
		IStatus status = Status.OK_STATUS;
		rasterizeSvg();
		try {
			parseSample(plugin.getInjector());
		} catch (IOException | RuntimeException e) {
			// Only a head start is lost, the editor prepares the same itself; but a language that
			// cannot read its own sample is worth a line in the error log.
			status = Status.warning("Could not prepare the language at start", e);
		}
		return status;
	}

	private static void parseSample(Injector injector) throws IOException {
		Path folder = Files.createTempDirectory(FOLDER_PREFIX);
		try {
			String text = FileTemplates.route("warmup", "Warm-up", "Laos", "Attapeu", LocalDate.of(2026, 1, 5),
					LocalDate.of(2026, 1, 9));
			Path file = Files.writeString(folder.resolve("warmup.route"), text);
			List<Issue> issues = ModelSession.open(injector, file, text).validate(CancelIndicator.NullImpl);
			if (!issues.isEmpty()) {
				throw new IllegalStateException("The sample route has problems: " + issues);
			}
		} finally {
			deleteQuietly(folder);
		}
	}

	private static void rasterizeSvg() {
		try {
			new ImageLoader().load(new ByteArrayInputStream(SVG));
		} catch (SWTException e) {
			// No SVG support installed: then there is nothing to prepare.
		}
	}

	private static void deleteQuietly(Path folder) {
		try (var files = Files.list(folder)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Files.deleteIfExists(file);
			}
			Files.deleteIfExists(folder);
		} catch (IOException e) {
			// A few bytes left in the temporary folder; the system clears it.
		}
	}
}
