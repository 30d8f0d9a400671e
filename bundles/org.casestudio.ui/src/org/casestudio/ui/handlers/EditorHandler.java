package org.casestudio.ui.handlers;

import org.casestudio.ui.editor.CaseStudioEditor;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.handlers.HandlerUtil;

/** A command of the Case Studio editor, run on the active editor and its selection. */
abstract class EditorHandler extends AbstractHandler {

	@Override
	public final Object execute(ExecutionEvent event) throws ExecutionException {
		if (CaseStudioEditor.of(HandlerUtil.getActiveEditor(event)) instanceof CaseStudioEditor editor && editor.isEditable()
				&& editor.getSelectionProvider().getSelection() instanceof ITextSelection selection) {
			execute(editor, selection);
		}
		return null;
	}

	protected abstract void execute(CaseStudioEditor editor, ITextSelection selection) throws ExecutionException;
}
