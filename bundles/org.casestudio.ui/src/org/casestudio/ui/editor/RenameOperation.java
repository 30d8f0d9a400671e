package org.casestudio.ui.editor;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.casestudio.dsl.ide.editor.ModelSession;
import org.casestudio.dsl.ide.services.Declarations;
import org.casestudio.dsl.ide.services.Rename;
import org.casestudio.dsl.ide.services.TextEdit;
import org.casestudio.model.Declaration;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.osgi.util.NLS;

/**
 * Renames a route, case or actor and every reference to it in every file of the folder tree: the
 * language's {@link Rename} computes the edits; this class applies them. Files open in an editor
 * are changed in the editor (to be saved by the user); the others are changed and saved.
 */
public final class RenameOperation {

	private RenameOperation() {
	}

	/** Null when the typed name can be the new id, else why not. */
	public static String checkNewName(CaseStudioEditor editor, String typed) {
		return editor.injector().getInstance(Rename.class).checkNewName(typed);
	}

	/** The declaration to rename at the offset of the editor, or null. */
	public static Declaration declarationAt(CaseStudioEditor editor, int offset) {
		return editor.session().read(resource -> Declarations.declarationAt(resource, offset));
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
		Rename rename = editor.injector().getInstance(Rename.class);
		Rename.Edits edits = fresh.read(resource -> rename.edits(resource, offset, newName));
		if (edits == null) {
			return -1;
		}
		apply(edits);
		return edits.byFile().size();
	}

	private static void apply(Rename.Edits edits) throws CoreException {
		ITextFileBufferManager buffers = FileBuffers.getTextFileBufferManager();
		Map<IPath, LocationKind> connected = new LinkedHashMap<>();
		try {
			Map<IPath, List<TextEdit>> byBuffer = new LinkedHashMap<>();
			for (Map.Entry<URI, List<TextEdit>> entry : edits.byFile().entrySet()) {
				// Workspace paths, so that a file open in an editor is changed in that editor's buffer.
				IFile workspaceFile = WorkspaceFiles.of(entry.getKey());
				IPath location = workspaceFile != null ? workspaceFile.getFullPath()
						: IPath.fromOSString(Path.of(entry.getKey().toFileString()).toString());
				LocationKind kind = workspaceFile != null ? LocationKind.IFILE : LocationKind.LOCATION;
				buffers.connect(location, kind, null);
				connected.put(location, kind);
				byBuffer.put(location, entry.getValue());
			}
			// An editor with unsaved changes may hold other text than the file read for the rename:
			// change nothing anywhere unless every place still holds the old id.
			for (Map.Entry<IPath, List<TextEdit>> entry : byBuffer.entrySet()) {
				String text = buffers.getTextFileBuffer(entry.getKey(), connected.get(entry.getKey())).getDocument().get();
				for (TextEdit edit : entry.getValue()) {
					if (!edits.holdsOldName(text, edit)) {
						throw new CoreException(Status.error(NLS.bind(Messages.Rename_Stale, entry.getKey().lastSegment())));
					}
				}
			}
			for (Map.Entry<IPath, List<TextEdit>> entry : byBuffer.entrySet()) {
				ITextFileBuffer buffer = buffers.getTextFileBuffer(entry.getKey(), connected.get(entry.getKey()));
				boolean wasDirty = buffer.isDirty();
				IDocument document = buffer.getDocument();
				EditorOperations.apply(document, entry.getValue());
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

	private static boolean isOpenInEditor(ITextFileBuffer buffer) {
		// The rename's own connection is one; an editor's makes more.
		return buffer.isShared();
	}
}
