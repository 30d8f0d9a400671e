package org.casestudio.ui.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.casestudio.dsl.ide.editor.ModelSession;
import org.casestudio.model.CaseStudioPackage;
import org.casestudio.model.Declaration;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Renames a route, case or actor and every reference to it in every file of the folder tree,
 * including dotted references to what it contains ({@code coffee.organic_coffee}). Files open in an
 * editor are changed in the editor (to be saved by the user); the others are changed and saved.
 */
public final class RenameOperation {

	private static final Pattern ID = Pattern.compile("\\^?[A-Za-z_][A-Za-z0-9_]*");

	/** One replacement in one file. */
	record Edit(int offset, int length, String text) {
	}

	private final Map<URI, List<Edit>> edits = new LinkedHashMap<>();
	private final String oldName;

	private RenameOperation(String oldName) {
		this.oldName = oldName;
	}

	public static boolean isValidId(String name) {
		return name != null && ID.matcher(name).matches();
	}

	/** The declaration to rename at the offset of the editor, or null. */
	public static Declaration declarationAt(CaseStudioEditor editor, int offset) {
		return EditorOperations.elementAt(editor, offset) instanceof Declaration declaration ? declaration : null;
	}

	/**
	 * Computes and applies the rename of the declaration at the offset; returns the number of files
	 * changed, or -1 when there is nothing to rename there.
	 */
	public static int rename(CaseStudioEditor editor, int offset, String newName) throws CoreException {
		IFile file = editor.file();
		// A fresh view of the folder tree: other files may have changed on disk since the editor opened.
		ModelSession fresh = ModelSession.open(editor.injector(), file.getLocation().toFile().toPath(),
				editor.document().get());
		RenameOperation operation = fresh.read(resource -> {
			if (!(Declarations.elementAt(resource, offset) instanceof Declaration target)) {
				return null;
			}
			RenameOperation result = new RenameOperation(target.getName());
			result.collect(resource.getResourceSet().getResources(), target, newName);
			return result;
		});
		if (operation == null) {
			return -1;
		}
		operation.apply();
		return operation.edits.size();
	}

	private void collect(List<Resource> resources, Declaration target, String newName) {
		for (INode node : NodeModelUtils.findNodesForFeature(target, CaseStudioPackage.Literals.NAMED_ELEMENT__NAME)) {
			add(target.eResource().getURI(), new Edit(node.getOffset(), node.getLength(), newName));
		}
		for (Resource resource : new ArrayList<>(resources)) {
			if (!(resource instanceof XtextResource)) {
				continue;
			}
			for (var contents = resource.getAllContents(); contents.hasNext();) {
				EObject source = contents.next();
				for (EReference reference : source.eClass().getEAllReferences()) {
					if (!reference.isContainment() && !reference.isContainer()) {
						collectReferences(resource.getURI(), source, reference, target, newName);
					}
				}
			}
		}
	}

	private void collectReferences(URI uri, EObject source, EReference reference, Declaration target, String newName) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(source, reference);
		List<?> values = reference.isMany() ? (List<?>) source.eGet(reference)
				: java.util.Collections.singletonList(source.eGet(reference));
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
			if (text.substring(0, length).replace("^", "").equals(oldName)) {
				add(uri, new Edit(node.getOffset() + leadingHidden(node), length, newName));
			}
		}
	}

	/** A node's offset may include whitespace or comments before its first token. */
	private static int leadingHidden(INode node) {
		for (var leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				return leaf.getOffset() - node.getOffset();
			}
		}
		return 0;
	}

	private void add(URI uri, Edit edit) {
		edits.computeIfAbsent(uri, u -> new ArrayList<>()).add(edit);
	}

	private void apply() throws CoreException {
		ITextFileBufferManager buffers = FileBuffers.getTextFileBufferManager();
		Map<IPath, LocationKind> connected = new LinkedHashMap<>();
		try {
			Map<IPath, List<Edit>> byBuffer = new LinkedHashMap<>();
			for (Map.Entry<URI, List<Edit>> entry : edits.entrySet()) {
				// Workspace paths, so that a file open in an editor is changed in that editor's buffer.
				IFile workspaceFile = Declarations.workspaceFile(entry.getKey());
				IPath location = workspaceFile != null ? workspaceFile.getFullPath()
						: IPath.fromOSString(Path.of(entry.getKey().toFileString()).toString());
				LocationKind kind = workspaceFile != null ? LocationKind.IFILE : LocationKind.LOCATION;
				buffers.connect(location, kind, null);
				connected.put(location, kind);
				byBuffer.put(location, entry.getValue());
			}
			// An editor with unsaved changes may hold other text than the file read for the rename:
			// change nothing anywhere unless every place still holds the old id.
			for (Map.Entry<IPath, List<Edit>> entry : byBuffer.entrySet()) {
				IDocument document = buffers.getTextFileBuffer(entry.getKey(), connected.get(entry.getKey())).getDocument();
				for (Edit edit : entry.getValue()) {
					if (!holdsOldName(document, edit)) {
						throw new CoreException(Status.error(NLS.bind(Messages.Rename_Stale, entry.getKey().lastSegment())));
					}
				}
			}
			for (Map.Entry<IPath, List<Edit>> entry : byBuffer.entrySet()) {
				ITextFileBuffer buffer = buffers.getTextFileBuffer(entry.getKey(), connected.get(entry.getKey()));
				boolean wasDirty = buffer.isDirty();
				IDocument document = buffer.getDocument();
				List<Edit> sorted = new ArrayList<>(entry.getValue());
				sorted.sort(Comparator.comparingInt(Edit::offset).reversed());
				EditorOperations.apply(document, () -> {
					for (Edit edit : sorted) {
						document.replace(edit.offset(), edit.length(), edit.text());
					}
				});
				// A file nobody is editing is saved; an open editor's unsaved work stays the user's to save.
				if (!wasDirty && !isOpenInEditor(buffer)) {
					buffer.commit(null, true);
				}
			}
		} finally {
			for (Map.Entry<IPath, LocationKind> entry : connected.entrySet()) {
				buffers.disconnect(entry.getKey(), entry.getValue(), null);
			}
		}
	}

	private boolean holdsOldName(IDocument document, Edit edit) {
		try {
			return edit.offset() + edit.length() <= document.getLength()
					&& document.get(edit.offset(), edit.length()).replace("^", "").equals(oldName);
		} catch (org.eclipse.jface.text.BadLocationException e) {
			return false;
		}
	}

	private static boolean isOpenInEditor(ITextFileBuffer buffer) {
		// The rename's own connection is one; an editor's makes more.
		return buffer.isShared();
	}
}
