package org.casestudio.dsl.ide.services;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import org.casestudio.model.CaseStudioPackage;
import org.casestudio.model.Declaration;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Where a route, case or actor is used: every id that refers to it in the files of the resource set
 * (the folder tree), including the first segment of a dotted reference to what it contains
 * ({@code coffee.organic_coffee} uses the case {@code coffee}). What "find references" lists, what
 * "mark occurrences" marks and what rename rewrites. Callers hold the lock of the resource's model.
 */
public final class References {

	/** The declaration an id at an offset stands for, where it is declared, and its uses. */
	public record Uses(Declaration target, Place declaration, List<Place> uses) {

		public Uses {
			uses = List.copyOf(uses);
		}

		/** The declaration's place and the uses in one file, in the order of the text. */
		public List<Place> occurrencesIn(Resource file) {
			List<Place> occurrences = new ArrayList<>();
			if (declaration != null && declaration.uri().equals(file.getURI())) {
				occurrences.add(declaration);
			}
			uses.stream().filter(use -> use.uri().equals(file.getURI())).forEach(occurrences::add);
			occurrences.sort(Comparator.comparingInt(Place::offset));
			return occurrences;
		}
	}

	private References() {
	}

	/**
	 * The route, case or actor whose id is at the offset (declared or referred to there) and its uses
	 * in every file of the resource set, file by file in the set's order; null where no such id is.
	 */
	public static Uses at(XtextResource resource, int offset) {
		Declaration target = Declarations.declarationAt(resource, offset);
		if (target == null || target.getName() == null) {
			return null;
		}
		List<Place> uses = new ArrayList<>();
		// Copied: resolving a reference may load another file into the set.
		for (Resource file : new ArrayList<>(resource.getResourceSet().getResources())) {
			if (file instanceof XtextResource) {
				uses.addAll(usesIn(file, target));
			}
		}
		return new Uses(target, name(target), uses);
	}

	/**
	 * The id under the caret and its other occurrences in the same file (its declaration if it is
	 * declared there, and its uses there); empty where no route, case or actor id is at the offset.
	 */
	public static List<Place> occurrences(XtextResource resource, int offset) {
		Declaration target = Declarations.declarationAt(resource, offset);
		if (target == null || target.getName() == null) {
			return List.of();
		}
		return new Uses(target, name(target), usesIn(resource, target)).occurrencesIn(resource);
	}

	/** The uses of a declaration in one file, in the order of the text. */
	public static List<Place> usesIn(Resource file, Declaration target) {
		List<Place> uses = new ArrayList<>();
		for (var contents = file.getAllContents(); contents.hasNext();) {
			EObject source = contents.next();
			for (EReference reference : source.eClass().getEAllReferences()) {
				if (!reference.isContainment() && !reference.isContainer()) {
					uses(file, source, reference, target, uses);
				}
			}
		}
		uses.sort(Comparator.comparingInt(Place::offset));
		return uses;
	}

	private static void uses(Resource file, EObject source, EReference reference, Declaration target, List<Place> uses) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(source, reference);
		List<?> values = reference.isMany() ? (List<?>) source.eGet(reference)
				: Collections.singletonList(source.eGet(reference));
		for (int i = 0; i < nodes.size() && i < values.size(); i++) {
			if (!(values.get(i) instanceof EObject value) || value.eIsProxy()
					|| !(value == target || EcoreUtil.isAncestor(target, value))) {
				continue;
			}
			INode node = nodes.get(i);
			String text = NodeModelUtils.getTokenText(node);
			int segmentEnd = text.indexOf('.');
			// Only the first segment names the declaration; the rest name what it contains.
			int length = segmentEnd < 0 ? text.length() : segmentEnd;
			ILeafNode first = firstToken(node);
			if (first != null && text.substring(0, length).replace("^", "").equals(target.getName())) {
				uses.add(new Place(file.getURI(), first.getOffset(), length, first.getStartLine()));
			}
		}
	}

	/** The declaration's id, where it is written. */
	private static Place name(Declaration target) {
		for (INode node : NodeModelUtils.findNodesForFeature(target, CaseStudioPackage.Literals.NAMED_ELEMENT__NAME)) {
			ILeafNode first = firstToken(node);
			if (first != null) {
				return new Place(target.eResource().getURI(), first.getOffset(), first.getLength(), first.getStartLine());
			}
		}
		return Declarations.placeOf(target);
	}

	/** A node's offset may include whitespace or comments before its first token. */
	private static ILeafNode firstToken(INode node) {
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				return leaf;
			}
		}
		return null;
	}
}
