package org.casestudio.dsl.ide.services;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.casestudio.dsl.conversion.ValidIdConverter;
import org.casestudio.model.CaseStudioPackage;
import org.casestudio.model.Declaration;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;

/**
 * Renaming a route, case or actor: the edits of its id and of every reference to it in every file
 * of the resource set (the folder tree), including dotted references to what it contains
 * ({@code coffee.organic_coffee}). Applying them, to files or to open editors, is the caller's.
 */
public class Rename {

	/** The edits of one rename, file by file, and the id they replace. */
	public record Edits(String oldName, Map<URI, List<TextEdit>> byFile) {

		public Edits {
			Map<URI, List<TextEdit>> copy = new LinkedHashMap<>();
			byFile.forEach((uri, edits) -> copy.put(uri, List.copyOf(edits)));
			byFile = Collections.unmodifiableMap(copy);
		}

		/**
		 * Whether the text still holds the old id where the edit goes: an editor with unsaved changes
		 * may hold another text than the one the rename was computed from.
		 */
		public boolean holdsOldName(String text, TextEdit edit) {
			return edit.offset() + edit.length() <= text.length()
					&& text.substring(edit.offset(), edit.offset() + edit.length()).replace("^", "").equals(oldName);
		}
	}

	@Inject
	private ValidIdConverter ids;

	/** Null when the typed name can be a new id, else why not. */
	public String checkNewName(String typed) {
		return ValidIdConverter.isName(unescaped(typed)) ? null : Messages.Rename_Invalid;
	}

	/**
	 * The edits that rename the declaration at the offset (declared or referred to there) to the typed
	 * name, or null when there is nothing to rename at the offset or the name is not an id. A name that
	 * is a word of the language is written escaped ({@code ^end}).
	 */
	public Edits edits(XtextResource resource, int offset, String typed) {
		Declaration target = Declarations.declarationAt(resource, offset);
		if (target == null || target.getName() == null || checkNewName(typed) != null) {
			return null;
		}
		String written = ids.toString(unescaped(typed));
		Map<URI, List<TextEdit>> edits = new LinkedHashMap<>();
		URI home = target.eResource().getURI();
		for (INode node : NodeModelUtils.findNodesForFeature(target, CaseStudioPackage.Literals.NAMED_ELEMENT__NAME)) {
			add(edits, new TextEdit(home, node.getOffset(), node.getLength(), written));
		}
		// Copied: resolving a reference may load another file into the set.
		for (Resource file : new ArrayList<>(resource.getResourceSet().getResources())) {
			if (!(file instanceof XtextResource)) {
				continue;
			}
			for (var contents = file.getAllContents(); contents.hasNext();) {
				EObject source = contents.next();
				for (EReference reference : source.eClass().getEAllReferences()) {
					if (!reference.isContainment() && !reference.isContainer()) {
						references(file.getURI(), source, reference, target, written, edits);
					}
				}
			}
		}
		return new Edits(target.getName(), edits);
	}

	private static void references(URI uri, EObject source, EReference reference, Declaration target, String written,
			Map<URI, List<TextEdit>> edits) {
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
			// Only the first segment names the renamed declaration; the rest name what it contains.
			int length = segmentEnd < 0 ? text.length() : segmentEnd;
			if (text.substring(0, length).replace("^", "").equals(target.getName())) {
				add(edits, new TextEdit(uri, node.getOffset() + leadingHidden(node), length, written));
			}
		}
	}

	/** A node's offset may include whitespace or comments before its first token. */
	private static int leadingHidden(INode node) {
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				return leaf.getOffset() - node.getOffset();
			}
		}
		return 0;
	}

	private static void add(Map<URI, List<TextEdit>> edits, TextEdit edit) {
		edits.computeIfAbsent(edit.uri(), u -> new ArrayList<>()).add(edit);
	}

	private static String unescaped(String typed) {
		return typed != null && typed.startsWith("^") ? typed.substring(1) : typed;
	}
}
