package org.casestudio.ui.forms;

import java.util.function.Consumer;

import org.casestudio.dsl.ide.editor.ModelSession;
import org.casestudio.ui.editor.EditorOperations;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.osgi.util.NLS;

/**
 * The one path of a form edit to the text: the model is brought to the document's text, the
 * engine turns the change into text edits, and the edits go into the document as one undoable
 * change. The model is then brought to the new text at once, so that the forms show it without
 * waiting for the reconciler.
 */
public final class FormEditing {

	/** The engine of this installation; null until one is bound. */
	private static volatile EditEngine engine = ModelEditsEngine.create();

	private FormEditing() {
	}

	public static EditEngine engine() {
		return engine;
	}

	/** Why nothing can be written through the forms now, or null. */
	public static String readOnlyReason(ModelSession session) {
		if (engine == null) {
			return Messages.Form_NoEngine;
		}
		boolean broken = session.read(resource -> resource.getParseResult() == null
				|| resource.getParseResult().hasSyntaxErrors() || resource.getContents().isEmpty());
		return broken ? Messages.Form_SyntaxErrors : null;
	}

	/** Applies the change to the document; returns null when done, or why it was not. */
	public static String edit(IDocument document, ModelSession session, Consumer<EObject> change) {
		String text = document.get();
		session.update(text);
		String reason = readOnlyReason(session);
		if (reason != null) {
			return reason;
		}
		EditEngine.Outcome outcome = session.read(resource -> engine.edit(resource.getURI(), text,
				resource.getResourceSet(), change));
		if (outcome.refusal() != null) {
			return NLS.bind(Messages.Form_Refused, outcome.refusal());
		}
		if (!outcome.edits().isEmpty()) {
			EditorOperations.apply(document, outcome.edits());
			session.update(document.get());
		}
		return null;
	}
}
