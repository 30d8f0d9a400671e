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
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;

import com.google.inject.Injector;

/**
 * Prepares, on the second core while the workbench window is being built, what opening the first
 * editor would otherwise do on the UI thread: the language's services (Guice, the grammar, the
 * EMF packages), one parse and validation of a small file, and SWT's SVG support, whose first use
 * loads Java2D when the first icon is painted. Nothing it makes is kept except the injector.
 * <p>
 * It also starts the service-loader processor that the SVG library requires, which the product
 * leaves out of the framework's start: see {@link #startServiceLoaderProcessor()}.
 */
public final class StartupWarmUp extends Job {

	/** The family of the warm-up job, to wait for it. */
	public static final Object FAMILY = StartupWarmUp.class;

	/** The prefix of the temporary folder in which the sample file is parsed. */
	public static final String FOLDER_PREFIX = "casestudio-warmup";

	/** OSGi's extender namespace (the framework here does not export its constants' package). */
	private static final String EXTENDER_NAMESPACE = "osgi.extender";

	/** The extender that the SVG library requires, through which it finds SWT's logging bridge. */
	private static final String SERVICE_LOADER_PROCESSOR = "osgi.serviceloader.processor";

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
		try {
			startServiceLoaderProcessor();
		} catch (BundleException e) {
			// The SVG library then logs through its own default; icons are drawn all the same.
			status = Status.warning("Could not start the service-loader processor", e);
		}
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

	/**
	 * Starts the bundles that provide the service-loader processor (Aries SPI Fly in the product),
	 * if the framework has not. The SVG library needs one to find SWT's logging bridge; the product
	 * does not start it with the framework because, when it starts, it reads the headers of every
	 * bundle, which delayed the application by 0.35 s (BENCHMARKS.md). Started first thing here,
	 * it is active before the rasterizer below loads the library.
	 */
	private static void startServiceLoaderProcessor() throws BundleException {
		Bundle self = FrameworkUtil.getBundle(StartupWarmUp.class);
		if (self == null || self.getBundleContext() == null) {
			return;
		}
		for (Bundle bundle : self.getBundleContext().getBundles()) {
			BundleRevision revision = bundle.adapt(BundleRevision.class);
			if (bundle.getState() == Bundle.RESOLVED && revision != null && providesServiceLoaderProcessor(revision)) {
				// Transient: the start is for this session and leaves the product's configuration as it is.
				bundle.start(Bundle.START_TRANSIENT);
			}
		}
	}

	private static boolean providesServiceLoaderProcessor(BundleRevision revision) {
		for (BundleCapability capability : revision.getDeclaredCapabilities(EXTENDER_NAMESPACE)) {
			if (SERVICE_LOADER_PROCESSOR.equals(capability.getAttributes().get(EXTENDER_NAMESPACE))) {
				return true;
			}
		}
		return false;
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
