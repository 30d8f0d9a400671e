package org.casestudio.ui.forms;

import java.util.function.Consumer;
import java.util.function.Function;

import org.casestudio.dsl.ide.edit.ModelEdits;
import org.casestudio.dsl.ide.editor.ModelSession;
import org.casestudio.dsl.ide.services.Fix;
import org.casestudio.ui.editor.EditorOperations;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.osgi.util.NLS;

/**
 * The one path of a form edit to the text: the model is brought to the document's text, the
 * language's {@link ModelEdits} turns the change into the smallest text edits, and these go into
 * the document as one undoable change. The model is then brought to the new text at once, so that
 * the forms show it without waiting for the reconciler.
 */
public final class FormEditing {

	private FormEditing() {
	}

	/** Why nothing can be written through the forms now (syntax errors), or null. */
	public static String readOnlyReason(ModelSession session) {
		boolean broken = session.read(resource -> resource.getParseResult() == null
				|| resource.getParseResult().hasSyntaxErrors() || resource.getContents().isEmpty());
		return broken ? Messages.Form_SyntaxErrors : null;
	}

	/**
	 * Applies a quick fix to the document as one undoable change; returns null when done, or why
	 * it was not: the fix's offsets are those of the model's text, which must still be the document's.
	 */
	public static String fix(IDocument document, ModelSession session, Fix fix) {
		String reason = readOnlyReason(session);
		if (reason != null) {
			return reason;
		}
		if (!document.get().equals(session.text())) {
			return Messages.Form_TextChanged;
		}
		EditorOperations.apply(document, fix.edits());
		session.update(document.get());
		return null;
	}

	/** Applies the change to the document; returns null when done, or why it was not. */
	public static String edit(IDocument document, ModelSession session, Consumer<EObject> change) {
		return write(document, session, s -> s.injector().getInstance(ModelEdits.class).edit(s, change));
	}

	/**
	 * Applies the edits that {@code edits} computes from the session's model (such as a translation
	 * written beside its text, see {@link ModelEdits#translate}); null when done, or why not.
	 */
	public static String write(IDocument document, ModelSession session, Function<ModelSession, ModelEdits.Result> edits) {
		session.update(document.get());
		String reason = readOnlyReason(session);
		if (reason != null) {
			return reason;
		}
		ModelEdits.Result result = edits.apply(session);
		if (result.refusal() != null) {
			return NLS.bind(Messages.Form_Refused, result.refusal());
		}
		if (!result.edits().isEmpty()) {
			EditorOperations.apply(document, result.edits());
			session.update(document.get());
		}
		return null;
	}
}
