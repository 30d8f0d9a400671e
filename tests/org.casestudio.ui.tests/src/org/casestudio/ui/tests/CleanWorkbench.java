package org.casestudio.ui.tests;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Each test starts from the window as a person finds it: no editor open and the workbench window
 * active; and leaves no editor open behind it. The test classes share one workbench, run in an
 * order that depends on the machine: the seed route the application opens at start, or a form
 * editor another test left, would otherwise be what {@code openEditor} gives back for the same
 * file, and F1 shows the Help view only while the workbench window is the active one.
 */
final class CleanWorkbench implements BeforeEachCallback, AfterEachCallback {

	@Override
	public void beforeEach(ExtensionContext context) {
		IWorkbenchPage page = Workbench.page();
		page.closeAllEditors(false);
		Shell window = page.getWorkbenchWindow().getShell();
		if (window.getDisplay().getActiveShell() != window) {
			window.forceActive();
			Workbench.waitFor(() -> window.getDisplay().getActiveShell() == window, "the workbench window active");
		}
	}

	@Override
	public void afterEach(ExtensionContext context) {
		Workbench.page().closeAllEditors(false);
	}
}
