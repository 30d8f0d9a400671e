package org.casestudio.ui.application;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;

/**
 * Starts the service-loader processor (Aries SPI Fly in the product) once the editor is open.
 * Libraries that find their plug-ins through {@link java.util.ServiceLoader} need it: the logging
 * of the help system's web server and JSP engine (SLF4J, Jasper), SWT's logger for the SVG
 * library. The framework does not start it, and neither does the start itself: when it starts it
 * reads the headers and translations of every bundle (186), 0.3-0.4 s of CPU that the window
 * and the warm-up need on two cores (docs/startup-notes.md). Classes loaded before it runs are
 * not woven: the SVG library, loaded by the first icon, then logs its own way.
 */
public final class ServiceLoaderStart extends Job {

	/** The family of this job, to wait for it. */
	public static final Object FAMILY = ServiceLoaderStart.class;

	/** After the editor's first paint: long enough for the views to finish filling in. */
	public static final long DELAY_MS = 2000;

	/** OSGi's extender namespace (the framework here does not export its constants' package). */
	private static final String EXTENDER_NAMESPACE = "osgi.extender";

	/** The extender that the libraries above require. */
	private static final String SERVICE_LOADER_PROCESSOR = "osgi.serviceloader.processor";

	public ServiceLoaderStart() {
		super(Messages.WarmUp_Name);
		setSystem(true);
		setPriority(DECORATE);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		Bundle self = FrameworkUtil.getBundle(ServiceLoaderStart.class);
		if (self == null || self.getBundleContext() == null) {
			return Status.OK_STATUS;
		}
		for (Bundle bundle : self.getBundleContext().getBundles()) {
			BundleRevision revision = bundle.adapt(BundleRevision.class);
			if (bundle.getState() == Bundle.RESOLVED && revision != null && providesServiceLoaderProcessor(revision)) {
				try {
					// Transient: the start is for this session and leaves the product's configuration as it is.
					bundle.start(Bundle.START_TRANSIENT);
				} catch (BundleException e) {
					// The libraries then log their own way; nothing else depends on it.
					return Status.warning("Could not start the service-loader processor", e);
				}
			}
		}
		return Status.OK_STATUS;
	}

	private static boolean providesServiceLoaderProcessor(BundleRevision revision) {
		for (BundleCapability capability : revision.getDeclaredCapabilities(EXTENDER_NAMESPACE)) {
			if (SERVICE_LOADER_PROCESSOR.equals(capability.getAttributes().get(EXTENDER_NAMESPACE))) {
				return true;
			}
		}
		return false;
	}
}
