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

	@Override
	public Object start(IApplicationContext context) {
		LibraryLogging.install();
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
