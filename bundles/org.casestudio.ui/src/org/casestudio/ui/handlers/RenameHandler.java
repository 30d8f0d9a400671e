package org.casestudio.ui.handlers;

import org.casestudio.dsl.validation.Vocabulary;
import org.casestudio.model.Declaration;
import org.casestudio.ui.editor.CaseStudioEditor;
import org.casestudio.ui.editor.RenameOperation;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;

/** Refactor › Rename (Alt+Shift+R): renames an actor, case or route and every reference to it. */
public class RenameHandler extends EditorHandler {

	@Override
	protected void execute(CaseStudioEditor editor, ITextSelection selection) {
		Declaration target = RenameOperation.declarationAt(editor, selection.getOffset());
		if (target == null) {
			MessageDialog.openInformation(editor.getSite().getShell(), Messages.Rename_Title, Messages.Rename_NothingHere);
			return;
		}
		InputDialog dialog = new InputDialog(editor.getSite().getShell(), Messages.Rename_Title,
				NLS.bind(Messages.Rename_Prompt, Vocabulary.kindOf(target.eClass()), target.getName()), target.getName(),
				name -> RenameOperation.checkNewName(editor, name));
		if (dialog.open() != Window.OK || dialog.getValue().equals(target.getName())) {
			return;
		}
		try {
			RenameOperation.rename(editor, selection.getOffset(), dialog.getValue());
		} catch (CoreException e) {
			MessageDialog.openError(editor.getSite().getShell(), Messages.Rename_Title, e.getStatus().getMessage());
		}
	}
}
