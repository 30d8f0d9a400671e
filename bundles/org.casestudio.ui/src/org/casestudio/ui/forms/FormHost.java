package org.casestudio.ui.forms;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.casestudio.dsl.ide.edit.ModelEdits;
import org.casestudio.dsl.ide.editor.ModelSession;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.validation.Issue;

/** What the forms need of the editor that holds them: the model, the one way to change it, and navigation. */
public interface FormHost {

	/** The model of the edited text. */
	ModelSession session();

	/** The findings of the last validation. */
	List<Issue> issues();

	/**
	 * Changes the text so that it says what {@code change} does to the model. Returns null when
	 * done, or why nothing was written (syntax errors, a change the text cannot express).
	 */
	String edit(Consumer<EObject> change);

	/**
	 * Applies the text edits computed from the model of the text (a translation added beside its
	 * text); null when done, or why nothing was written. A host that only changes models refuses.
	 */
	default String write(Function<ModelSession, ModelEdits.Result> edits) {
		return FieldMessages.Form_CannotWrite;
	}

	/**
	 * Applies a quick fix of the language (edits of the text the findings were made from). Returns
	 * null when done, or why nothing was written.
	 */
	default String fix(org.casestudio.dsl.ide.services.Fix fix) {
		return Messages.Form_SyntaxErrors;
	}

	/** Why the forms cannot write now (syntax errors), or null when they can. */
	String readOnlyReason();

	/** What a reference of the element may name: the declarations of the folder tree. */
	default List<Candidate> candidates(EObject element, EReference reference) {
		return Candidate.of(session(), element, reference);
	}

	/** Shows the text; the place of a field. */
	void showSource();

	/** An element of the model was selected in a form. */
	void selected(int offset);

	/** Shows the page of this form (a link of a summary to the page that holds what it counts). */
	default void show(Class<? extends ModelForm> page) {
		// A host of one form alone has no other page.
	}
}
