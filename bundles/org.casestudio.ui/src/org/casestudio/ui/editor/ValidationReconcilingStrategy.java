package org.casestudio.ui.editor;

import java.util.List;

import org.casestudio.dsl.ide.editor.ModelSession;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

/**
 * Runs after each pause in typing, off the UI thread: reparses the editor's text, validates it, and
 * replaces the file's problem markers (which the editor shows as annotations and the Problems view
 * lists). A newer keystroke cancels a validation still running.
 */
final class ValidationReconcilingStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

	private static final OperationCanceledManager CANCELLATION = new OperationCanceledManager();

	private final CaseStudioEditor editor;
	private IDocument document;
	private IProgressMonitor monitor;

	ValidationReconcilingStrategy(CaseStudioEditor editor) {
		this.editor = editor;
	}

	@Override
	public void setDocument(IDocument document) {
		this.document = document;
	}

	@Override
	public void setProgressMonitor(IProgressMonitor monitor) {
		this.monitor = monitor;
	}

	@Override
	public void initialReconcile() {
		reconcile();
	}

	@Override
	public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
		reconcile();
	}

	@Override
	public void reconcile(IRegion partition) {
		reconcile();
	}

	private void reconcile() {
		if (document != null) {
			validate(editor, document.get(), () -> monitor != null && monitor.isCanceled());
		}
	}

	/** Brings the editor's model to the text, validates it and replaces the file's markers. */
	static void validate(CaseStudioEditor editor, String text, CancelIndicator cancel) {
		ModelSession session = editor.session();
		IFile file = editor.file();
		if (session == null) {
			return;
		}
		List<Issue> issues;
		try {
			session.update(text);
			issues = session.validate(cancel);
		} catch (RuntimeException | Error e) {
			// Xtext stops a cancelled validation by throwing; a newer keystroke will validate again.
			if (CANCELLATION.isOperationCanceledException(e)) {
				return;
			}
			throw e;
		}
		if (issues == null || cancel.isCanceled()) {
			return;
		}
		if (file != null) {
			IWorkspaceRunnable update = m -> ProblemMarkers.replace(file, issues);
			try {
				// Scheduling on the file only: other files and the UI stay responsive meanwhile.
				ResourcesPlugin.getWorkspace().run(update, file, 0, null);
			} catch (CoreException e) {
				org.casestudio.ui.CaseStudioUi.log("Could not update the problems of " + file.getFullPath(), e);
			}
		}
		editor.modelChanged(issues);
	}
}
