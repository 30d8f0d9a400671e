package org.casestudio.ui.forms;

import java.util.List;
import java.util.function.Consumer;

import org.casestudio.dsl.ide.services.TextEdit;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * Turns a change of the model into the smallest text edits that express it. The language's engine
 * (dsl.ide) does the work; this is the one call the forms make to it.
 */
@FunctionalInterface
public interface EditEngine {

	/** The edits of {@code text}, or a refusal (a sentence for the user) when the change cannot be written. */
	record Outcome(List<TextEdit> edits, String refusal) {
	}

	/** {@code change} is given the root of a fresh parse of {@code text}, which it may change. */
	Outcome edit(URI uri, String text, ResourceSet context, Consumer<EObject> change);
}
