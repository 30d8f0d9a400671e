package org.casestudio.ui.forms;

import java.util.ArrayList;
import java.util.List;

import org.casestudio.dsl.ide.editor.ModelSession;
import org.casestudio.model.NamedElement;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScopeProvider;

/**
 * A declaration a reference may name: what the language's scope offers at that reference (so the
 * forms offer exactly what the text would accept), with its title for people.
 */
public record Candidate(String name, String title, URI uri, boolean sameFile) {

	/** "swift — SWIFT Co. Ltd", or the id alone. */
	public String label() {
		return title == null || title.isBlank() ? name : name + " \u2014 " + title;
	}

	static List<Candidate> of(ModelSession session, EObject element, EReference reference) {
		return session.read(resource -> {
			IScopeProvider scopes = session.injector().getInstance(IScopeProvider.class);
			List<Candidate> result = new ArrayList<>();
			for (IEObjectDescription description : scopes.getScope(element, reference).getAllElements()) {
				EObject target = EcoreUtil.resolve(description.getEObjectOrProxy(), resource);
				String title = target instanceof NamedElement named && !target.eIsProxy() ? named.getTitle() : null;
				URI uri = description.getEObjectURI();
				result.add(new Candidate(description.getName().toString(), title, uri,
						uri.trimFragment().equals(resource.getURI())));
			}
			return result;
		});
	}

	/** The declaration in the resource set of a fresh parse whose root is {@code root}. */
	EObject in(EObject root) {
		// The fresh parse of the edited file is a resource of its own: a declaration of the same
		// file is taken from it, one of another file from the folder tree.
		if (sameFile && root.eResource() != null) {
			return root.eResource().getEObject(uri.fragment());
		}
		ResourceSet set = root.eResource() == null ? null : root.eResource().getResourceSet();
		return set == null ? null : set.getEObject(uri, true);
	}
}
