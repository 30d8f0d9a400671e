package org.casestudio.ui.editor;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;

/**
 * Validates an editor's text after each pause in its changes while the editor has no text viewer
 * yet (the form editor's Source page before it is first shown), and so no reconciler: the model,
 * the problems, the Outline and the forms' findings then follow form edits and the file's other
 * changes as they do with the viewer. Stopped once the viewer's reconciler takes over.
 */
final class DocumentValidation implements IDocumentListener {

	private final IDocument document;
	private final Job job;

	DocumentValidation(CaseStudioEditor editor, IDocument document) {
		this.document = document;
		// The text is read when the job runs, as the reconciler reads it, never an older one.
		job = Job.create(Messages.Validate_Job, monitor -> {
			ValidationReconcilingStrategy.validate(editor, document.get(), monitor::isCanceled);
		});
		job.setSystem(true);
	}

	/**
	 * Validates the text after the reconciler's delay, as its first pass does (not at once: the
	 * markers it replaces are what a double-click on a problem is opening the editor with), then
	 * after each change.
	 */
	void start() {
		document.addDocumentListener(this);
		job.schedule(CaseStudioSourceViewerConfiguration.RECONCILE_DELAY_MS);
	}

	void stop() {
		document.removeDocumentListener(this);
		job.cancel();
	}

	@Override
	public void documentAboutToBeChanged(DocumentEvent event) {
		// Only the text after the change counts.
	}

	@Override
	public void documentChanged(DocumentEvent event) {
		// A newer change cancels a validation still running or waiting, as a keystroke does the reconciler's.
		job.cancel();
		job.schedule(CaseStudioSourceViewerConfiguration.RECONCILE_DELAY_MS);
	}
}
