package org.casestudio.ui.application;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.casestudio.ui.builder.CaseStudioNature;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Status;

/**
 * Makes each seed route a project of the workspace on first start, as a copy: what the user edits
 * is theirs, the seeds stay as shipped. A project that exists already is left alone, except that
 * every seed project gets the Case Studio nature (and so the builder).
 */
public final class SeedProjects {

	private SeedProjects() {
	}

	/**
	 * Imports every route folder under {@code seeds}; returns the first route file found, or null.
	 * The whole import is one workspace operation, so that the views hear of it once, not once for
	 * every folder and file created.
	 */
	public static IFile importAll(Path seeds) throws CoreException {
		IFile[] firstRoute = new IFile[1];
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		workspace.run(monitor -> {
			try (Stream<Path> folders = Files.list(seeds)) {
				for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
					IFile route = importRoute(folder);
					if (firstRoute[0] == null) {
						firstRoute[0] = route;
					}
				}
			} catch (IOException e) {
				throw new CoreException(Status.error("Cannot read the seed routes in " + seeds, e));
			}
		}, workspace.getRoot(), IWorkspace.AVOID_UPDATE, null);
		return firstRoute[0];
	}

	private static IFile importRoute(Path folder) throws CoreException, IOException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(folder.getFileName().toString());
		boolean fresh = !project.exists();
		if (fresh) {
			project.create(null);
		}
		if (!project.isOpen()) {
			project.open(null);
		}
		// Checked by the builder, so that the problems of files never opened are listed too.
		CaseStudioNature.add(project, null);
		List<Path> files;
		try (Stream<Path> walk = Files.walk(folder)) {
			files = walk.filter(Files::isRegularFile).sorted().toList();
		}
		IFile route = null;
		for (Path file : files) {
			IPath relative = IPath.fromOSString(folder.relativize(file).toString());
			IFile target = project.getFile(relative);
			if (fresh && !target.exists()) {
				createParents(target.getParent());
				try (InputStream in = Files.newInputStream(file)) {
					target.create(in, IResource.NONE, null);
				}
			}
			if (route == null && "route".equals(target.getFileExtension())) {
				route = target;
			}
		}
		return route;
	}

	private static void createParents(IContainer container) throws CoreException {
		if (container instanceof IFolder folder && !folder.exists()) {
			createParents(folder.getParent());
			folder.create(true, true, null);
		}
	}
}
