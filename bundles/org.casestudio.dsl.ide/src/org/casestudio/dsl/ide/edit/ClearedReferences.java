package org.casestudio.dsl.ide.edit;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.ide.serializer.hooks.IUpdatableReference;
import org.eclipse.xtext.ide.serializer.impl.ReferenceUpdater;

/**
 * Xtext's reference updater, for edits that clear a reference. After such an edit the updater
 * still walks every reference written in the old text, and Xtext's own finds no target left for
 * the one that went: it threw an IllegalStateException, so the forms' Clear button beside a
 * reference was refused. A reference without a target has nothing to update; the change
 * serializer writes its owner anew. A list of references shorter than the old text's is met the
 * same way (the forms' list steps are written by {@link ListEdits}, without the serializer).
 */
public class ClearedReferences extends ReferenceUpdater {

	@Override
	protected IUpdatableReference createUpdatableReference(ISemanticRegion region) {
		EObject owner = region.getContainingRegion().getSemanticElement();
		Object value = owner.eGet((EReference) region.getContainingFeature());
		int index = region.getIndexInContainingFeature();
		boolean gone = value == null || value instanceof List<?> list && (index < 0 || index >= list.size());
		return gone ? null : super.createUpdatableReference(region);
	}
}
