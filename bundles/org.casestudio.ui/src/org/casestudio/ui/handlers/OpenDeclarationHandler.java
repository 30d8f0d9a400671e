package org.casestudio.ui.handlers;

import org.casestudio.ui.editor.CaseStudioEditor;
import org.casestudio.ui.editor.EditorOperations;
import org.eclipse.jface.text.ITextSelection;

/** Navigate › Open Declaration (F3): opens the file that declares the id at the cursor. */
public class OpenDeclarationHandler extends EditorHandler {

	@Override
	protected void execute(CaseStudioEditor editor, ITextSelection selection) {
		if (!EditorOperations.openDeclaration(editor, selection.getOffset())) {
			editor.getEditorSite().getActionBars().getStatusLineManager().setMessage(Messages.OpenDeclaration_None);
		}
	}
}
