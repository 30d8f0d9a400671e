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
import org.eclipse.emf.ecore.resource.Resource;
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
			if (file instanceof XtextResource) {
				for (Place use : References.usesIn(file, target)) {
					add(edits, new TextEdit(use.uri(), use.offset(), use.length(), written));
				}
			}
		}
		return new Edits(target.getName(), edits);
	}

	private static void add(Map<URI, List<TextEdit>> edits, TextEdit edit) {
		edits.computeIfAbsent(edit.uri(), u -> new ArrayList<>()).add(edit);
	}

	private static String unescaped(String typed) {
		return typed != null && typed.startsWith("^") ? typed.substring(1) : typed;
	}
}
