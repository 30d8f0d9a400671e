package org.casestudio.ui.handlers;

import org.casestudio.ui.editor.CaseStudioEditor;
import org.casestudio.ui.editor.EditorOperations;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.ITextSelection;

/** Source › Toggle Comment (Ctrl+/): comments the selected lines out with //, or back in. */
public class ToggleCommentHandler extends EditorHandler {

	@Override
	protected void execute(CaseStudioEditor editor, ITextSelection selection) throws ExecutionException {
		try {
			EditorOperations.toggleComment(editor.document(), selection.getOffset(), selection.getLength());
		} catch (BadLocationException e) {
			throw new ExecutionException("The selection is outside the document", e);
		}
	}
}
