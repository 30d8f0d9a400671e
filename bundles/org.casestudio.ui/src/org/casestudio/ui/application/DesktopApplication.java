package org.casestudio.ui.application;

import org.casestudio.ui.LibraryLogging;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * The desktop application: a workbench with the Case Studio perspective. The command line is an
 * application of its own, in the command-line bundle.
 */
public class DesktopApplication implements IApplication {

	/** Java2D's switch between a display connection of its own and none (java.awt.GraphicsEnvironment). */
	public static final String HEADLESS_PROPERTY = "java.awt.headless";

	@Override
	public Object start(IApplicationContext context) {
		LibraryLogging.install();
		// Java2D draws off screen here only (SWT's SVG rasterizer, the exporters' diagrams and text
		// measures). Not headless, its first use opens an X11 connection of its own; done by the
		// warm-up while GTK opens SWT's, the two hung in native code (gtk_init_check against
		// X11GraphicsEnvironment.initDisplay) in about one start in several on a loaded host
		// (docs/startup-notes.md). A value given on the command line is left as it is.
		if (System.getProperty(HEADLESS_PROPERTY) == null) {
			System.setProperty(HEADLESS_PROPERTY, Boolean.TRUE.toString());
		}
		// As early as possible, so that it has the second core while the workbench comes up.
		new StartupWarmUp().schedule();
		Display display = PlatformUI.createDisplay();
		try {
			int code = PlatformUI.createAndRunWorkbench(display, new CaseStudioWorkbenchAdvisor());
			return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
