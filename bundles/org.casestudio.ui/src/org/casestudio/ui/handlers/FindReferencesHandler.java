package org.casestudio.ui.handlers;

import org.casestudio.ui.editor.CaseStudioEditor;
import org.casestudio.ui.editor.FindReferences;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.PartInitException;

/** Search › References (Ctrl+Shift+G): lists every use of the actor, case or route at the cursor. */
public class FindReferencesHandler extends EditorHandler {

	@Override
	protected void execute(CaseStudioEditor editor, ITextSelection selection) throws ExecutionException {
		try {
			if (!FindReferences.run(editor, selection.getOffset())) {
				editor.getEditorSite().getActionBars().getStatusLineManager().setMessage(Messages.References_None);
			}
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
	}
}
