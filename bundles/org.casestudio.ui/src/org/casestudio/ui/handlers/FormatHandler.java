package org.casestudio.ui.handlers;

import org.casestudio.ui.editor.CaseStudioEditor;
import org.casestudio.ui.editor.EditorOperations;
import org.eclipse.jface.text.ITextSelection;

/** Source › Format (Ctrl+Shift+F): lays the file out with the language's formatter. */
public class FormatHandler extends EditorHandler {

	@Override
	protected void execute(CaseStudioEditor editor, ITextSelection selection) {
		if (!EditorOperations.format(editor)) {
			editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(Messages.Format_SyntaxErrors);
		}
	}
}
