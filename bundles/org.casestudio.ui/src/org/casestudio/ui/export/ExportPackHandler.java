package org.casestudio.ui.export;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens the training-pack export for the route of the selection or of the active editor. */
public class ExportPackHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		IStructuredSelection selection = StructuredSelection.EMPTY;
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		if (HandlerUtil.getActivePart(event) == editor && editor != null
				&& editor.getEditorInput() instanceof IFileEditorInput input) {
			selection = new StructuredSelection(input.getFile());
		} else if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection current) {
			selection = current;
		}
		// The page checks the files as saved: ask to save first, as the wizard's Finish would.
		if (!window.getWorkbench().saveAllEditors(true)) {
			return null;
		}
		TrainingPackExportWizard wizard = new TrainingPackExportWizard();
		wizard.init(window.getWorkbench(), selection);
		new WizardDialog(window.getShell(), wizard).open();
		return null;
	}
}
