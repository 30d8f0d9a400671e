package org.casestudio.dsl.ide.server;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.TreeSet;

import org.casestudio.dsl.headless.ModelWorkspace;
import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.xtext.ide.server.MultiRootWorkspaceConfigFactory;
import org.eclipse.xtext.workspace.FileProjectConfig;
import org.eclipse.xtext.workspace.WorkspaceConfig;

/**
 * The language server's projects: one per folder tree under a workspace folder, found as
 * {@link ModelWorkspace} finds a file's tree, so that ids resolve within a tree as they do on the
 * command line and two routes in one workspace folder do not see each other's ids (nor copies of
 * them, such as a build's output). A folder without Case Studio files yet is one project.
 */
public class FolderTreeWorkspaceConfigFactory extends MultiRootWorkspaceConfigFactory {

	@Override
	protected void addProjectsForWorkspaceFolder(WorkspaceConfig workspace, WorkspaceFolder folder, Set<String> names) {
		URI uri = folder == null || folder.getUri() == null ? null : getUriExtensions().toUri(folder.getUri());
		Set<Path> roots = uri == null || !uri.isFile() ? Set.of() : roots(Path.of(uri.toFileString()));
		if (roots.isEmpty()) {
			super.addProjectsForWorkspaceFolder(workspace, folder, names);
			return;
		}
		for (Path root : roots) {
			// Named by its place, not its folder's name alone: when the trees are found again (a tree
			// made after the start), each name still means the same tree.
			Path base = Path.of(uri.toFileString());
			String place = root.startsWith(base) ? base.relativize(root).toString() : root.toString();
			FileProjectConfig project = new FileProjectConfig(getUriExtensions().toUri(root.toUri().toString()),
					getUniqueProjectName(place.isEmpty() ? "." : place, names));
			project.addSourceFolder(".");
			workspace.addProject(project);
		}
	}

	/** The tops of the folder trees under a folder; a tree inside another is part of it. */
	static Set<Path> roots(Path folder) {
		Set<Path> roots = new TreeSet<>();
		try {
			Files.walkFileTree(folder, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
					if (attributes.isRegularFile() && ModelWorkspace.isModelFile(file)) {
						roots.add(ModelWorkspace.folderTreeRoot(file));
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException e) {
					// A folder that cannot be read holds no file the server could read either.
					return FileVisitResult.CONTINUE;
				}
			});
		} catch (IOException e) {
			return Set.of();
		}
		// Trees above the workspace folder count from it; a tree inside another belongs to the outer one.
		Set<Path> tops = new TreeSet<>();
		for (Path root : roots) {
			Path top = root.startsWith(folder) ? root : folder;
			if (tops.stream().noneMatch(top::startsWith)) {
				tops.removeIf(other -> other.startsWith(top));
				tops.add(top);
			}
		}
		return tops;
	}
}
