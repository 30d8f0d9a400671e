package org.casestudio.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.casestudio.dsl.ide.editor.ModelSession;
import org.casestudio.dsl.ide.services.Place;
import org.casestudio.dsl.ide.services.References;
import org.casestudio.dsl.validation.Vocabulary;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.xtext.resource.XtextResource;

/** Search › References (Ctrl+Shift+G): the uses of the id at the cursor, listed in the References view. */
public final class FindReferences {

	private FindReferences() {
	}

	/**
	 * Lists the uses of the actor, case or route whose id is at the offset in the References view;
	 * false, showing nothing, where no such id is.
	 */
	public static boolean run(CaseStudioEditor editor, int offset) throws PartInitException {
		ModelSession session = editor.session();
		if (session == null) {
			return false;
		}
		session.update(editor.document().get());
		record Found(References.Uses uses, List<ReferencesView.Row> rows) {
		}
		Found found = session.read(resource -> {
			References.Uses uses = References.at(resource, offset);
			return uses == null ? null : new Found(uses, rows(resource, uses.uses()));
		});
		if (found == null) {
			return false;
		}
		IWorkbenchPage page = editor.getSite().getPage();
		ReferencesView view = (ReferencesView) page.showView(ReferencesView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
		view.show(Vocabulary.kindOf(found.uses().target().eClass()), found.uses(), found.rows());
		return true;
	}

	private static List<ReferencesView.Row> rows(XtextResource any, List<Place> uses) {
		List<ReferencesView.Row> rows = new ArrayList<>();
		for (Place use : uses) {
			Resource file = any.getResourceSet().getResource(use.uri(), false);
			String text = file instanceof XtextResource xtext && xtext.getParseResult() != null
					? xtext.getParseResult().getRootNode().getText() : "";
			int start = text.lastIndexOf('\n', Math.max(0, use.offset() - 1)) + 1;
			int end = text.indexOf('\n', use.offset());
			String line = text.isEmpty() ? "" : text.substring(start, end < 0 ? text.length() : end).strip();
			IFile workspaceFile = WorkspaceFiles.of(use.uri());
			String name = workspaceFile != null ? workspaceFile.getFullPath().makeRelative().toString() : use.uri().lastSegment();
			rows.add(new ReferencesView.Row(use, name, line));
		}
		return rows;
	}
}
