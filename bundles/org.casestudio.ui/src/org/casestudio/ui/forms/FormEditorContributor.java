package org.casestudio.ui.forms;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.editors.text.TextEditorActionContributor;
import org.eclipse.ui.part.MultiPageEditorActionBarContributor;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * The menus and keys of the form editor: the text editor's on the Source page; on a form page,
 * Undo and Redo of the one document (a form edit is undone like a text edit), while copy and paste
 * stay the form's widgets' own.
 */
public final class FormEditorContributor extends MultiPageEditorActionBarContributor {

	private final TextEditorActionContributor text = new TextEditorActionContributor();
	private IEditorPart editor;

	@Override
	public void init(IActionBars bars, IWorkbenchPage page) {
		super.init(bars, page);
		text.init(bars, page);
	}

	@Override
	public void setActiveEditor(IEditorPart part) {
		editor = part;
		super.setActiveEditor(part);
	}

	@Override
	public void setActivePage(IEditorPart page) {
		IActionBars bars = getActionBars();
		if (page instanceof ITextEditor textEditor) {
			text.setActiveEditor(textEditor);
		} else {
			text.setActiveEditor(null);
			if (editor instanceof CaseStudioFormEditor form) {
				// The form editor's own, over the document's history: the text's exist once it is shown.
				bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), form.undoAction());
				bars.setGlobalActionHandler(ActionFactory.REDO.getId(), form.redoAction());
			}
		}
		bars.updateActionBars();
	}

	@Override
	public void dispose() {
		text.dispose();
		super.dispose();
	}
}
