package org.casestudio.ui.forms;

import java.util.function.Supplier;

import org.casestudio.model.Document;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Finds the element a field shows in a root of the file's model. A field holds a locator, never an
 * element: the model is parsed again after every edit, and a form edit changes a fresh parse of the
 * same text, where the same locator finds the same element.
 */
@FunctionalInterface
public interface Locator {

	/** The element in this root, or null where there is none. */
	EObject find(EObject root);

	/** The first declaration of the kind in the file. */
	static Locator first(EClass kind) {
		return root -> root instanceof Document document
				? document.getDeclarations().stream().filter(kind::isInstance).findFirst().orElse(null)
				: null;
	}

	/** The element at the same place in the tree as {@code element} is under {@code root}. */
	static Locator of(EObject root, EObject element) {
		String path = EcoreUtil.getRelativeURIFragmentPath(root, element);
		return other -> {
			try {
				return EcoreUtil.getEObject(other, path);
			} catch (RuntimeException e) {
				// The tree changed shape (an element was removed): nothing there any more.
				return null;
			}
		};
	}

	/** The element a changing selection points at, such as the row selected in a master list. */
	static Locator selected(Supplier<Locator> selection) {
		return root -> {
			Locator current = selection.get();
			return current == null ? null : current.find(root);
		};
	}
}
