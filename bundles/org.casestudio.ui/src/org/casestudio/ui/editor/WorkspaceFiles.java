package org.casestudio.ui.editor;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.util.URI;

/** The workspace files behind the file URIs the language services speak of. */
final class WorkspaceFiles {

	private WorkspaceFiles() {
	}

	/** The workspace file of a file URI, or null outside the workspace. */
	static IFile of(URI uri) {
		if (uri == null || !uri.isFile()) {
			return null;
		}
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(Path.of(uri.toFileString()).toUri());
		return files.length > 0 ? files[0] : null;
	}
}
