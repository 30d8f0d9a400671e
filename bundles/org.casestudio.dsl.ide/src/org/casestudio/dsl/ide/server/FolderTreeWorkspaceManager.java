package org.casestudio.dsl.ide.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.casestudio.dsl.headless.ModelWorkspace;
import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.xtext.ide.server.BuildManager;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The language server's workspace, which also takes in folder trees made after the server started:
 * a file of such a tree belongs to no project, so the projects are found again
 * ({@link FolderTreeWorkspaceConfigFactory}) before the file is built, and its tree becomes one.
 */
@Singleton
public class FolderTreeWorkspaceManager extends WorkspaceManager {

	@Inject
	private UriExtensions uriExtensions;

	@Override
	public BuildManager.Buildable didChangeFiles(List<URI> dirtyFiles, List<URI> deletedFiles) {
		if (dirtyFiles.stream().anyMatch(this::inNewFolderTree)) {
			refreshWorkspaceConfig(CancelIndicator.NullImpl);
		}
		return super.didChangeFiles(dirtyFiles, deletedFiles);
	}

	/** A Case Studio file on disk, under a workspace folder, in none of its projects. */
	private boolean inNewFolderTree(URI uri) {
		if (!uri.isFile() || getProjectManager(uri) != null) {
			return false;
		}
		Path file = Path.of(uri.toFileString());
		if (!ModelWorkspace.isModelFile(file) || !Files.isRegularFile(file)) {
			return false;
		}
		List<WorkspaceFolder> folders = getWorkspaceFolders();
		for (WorkspaceFolder folder : folders == null ? List.<WorkspaceFolder>of() : folders) {
			URI folderUri = folder.getUri() == null ? null : uriExtensions.toUri(folder.getUri());
			if (folderUri != null && folderUri.isFile() && file.startsWith(Path.of(folderUri.toFileString()))) {
				return true;
			}
		}
		return false;
	}
}
