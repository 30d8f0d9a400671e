package org.casestudio.export;

import org.casestudio.model.problems.Place;
import org.eclipse.emf.ecore.EObject;

/**
 * Where a model element is written. The export knows no syntax: the caller, which loaded the
 * files, tells it where an element is, so that a pack finding points at the line to change.
 */
@FunctionalInterface
public interface ElementLocator {

	/** For models that were not read from files: every finding is about the pack as a whole. */
	ElementLocator NOWHERE = element -> null;

	/** The element's place, or null when it is in no file. */
	Place place(EObject element);
}
