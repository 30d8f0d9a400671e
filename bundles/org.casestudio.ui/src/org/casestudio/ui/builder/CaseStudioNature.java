package org.casestudio.ui.builder;

import java.util.Arrays;

import org.casestudio.dsl.headless.ModelWorkspace;
import org.casestudio.ui.CaseStudioUi;
import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceProxy;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;

/**
 * A project of Case Studio files: its build checks every route, case and actor list in it
 * ({@link CaseStudioBuilder}), so that the Problems view lists the problems of closed files too.
 */
public final class CaseStudioNature implements IProjectNature {

	public static final String ID = "org.casestudio.ui.nature";

	private IProject project;

	@Override
	public void configure() throws CoreException {
		IProjectDescription description = project.getDescription();
		ICommand[] commands = description.getBuildSpec();
		if (Arrays.stream(commands).anyMatch(c -> CaseStudioBuilder.ID.equals(c.getBuilderName()))) {
			return;
		}
		ICommand command = description.newCommand();
		command.setBuilderName(CaseStudioBuilder.ID);
		ICommand[] withBuilder = Arrays.copyOf(commands, commands.length + 1);
		withBuilder[commands.length] = command;
		description.setBuildSpec(withBuilder);
		project.setDescription(description, null);
	}

	@Override
	public void deconfigure() throws CoreException {
		IProjectDescription description = project.getDescription();
		description.setBuildSpec(Arrays.stream(description.getBuildSpec())
				.filter(c -> !CaseStudioBuilder.ID.equals(c.getBuilderName())).toArray(ICommand[]::new));
		project.setDescription(description, null);
	}

	@Override
	public IProject getProject() {
		return project;
	}

	@Override
	public void setProject(IProject project) {
		this.project = project;
	}

	/** Gives an open project the nature (and so the builder) unless it has it already. */
	public static void add(IProject project, IProgressMonitor monitor) throws CoreException {
		if (!project.isOpen() || project.hasNature(ID)) {
			return;
		}
		IProjectDescription description = project.getDescription();
		String[] natures = Arrays.copyOf(description.getNatureIds(), description.getNatureIds().length + 1);
		natures[natures.length - 1] = ID;
		description.setNatureIds(natures);
		project.setDescription(description, monitor);
	}

	/**
	 * Gives the nature to every open project of the workspace that holds Case Studio files: the
	 * workspaces made before the builder existed get it on their next start, without asking.
	 */
	public static void addToExistingProjects() {
		Job job = Job.create(Messages.Nature_Job, monitor -> {
			try {
				ResourcesPlugin.getWorkspace().run(m -> {
					for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
						if (project.isOpen() && !project.hasNature(ID) && holdsModelFiles(project)) {
							add(project, m);
						}
					}
				}, ResourcesPlugin.getWorkspace().getRoot(), 0, monitor);
			} catch (CoreException e) {
				CaseStudioUi.log("Could not prepare the Case Studio projects", e);
			}
		});
		job.setSystem(true);
		job.schedule();
	}

	private static boolean holdsModelFiles(IProject project) throws CoreException {
		boolean[] found = { false };
		project.accept((IResourceProxy proxy) -> {
			if (proxy.getType() == IResource.FILE && ModelWorkspace.isModelFile(java.nio.file.Path.of(proxy.getName()))) {
				found[0] = true;
			}
			return !found[0];
		}, IResource.NONE);
		return found[0];
	}

	static boolean isModelFile(IResource resource) {
		return resource instanceof IFile && resource.getFileExtension() != null
				&& ModelWorkspace.EXTENSIONS.contains(resource.getFileExtension());
	}
}
