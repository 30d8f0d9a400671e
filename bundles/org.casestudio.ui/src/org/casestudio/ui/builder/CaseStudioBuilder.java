package org.casestudio.ui.builder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.casestudio.dsl.headless.IncrementalModel;
import org.casestudio.dsl.validation.IssueCodes;
import org.casestudio.ui.CaseStudioUi;
import org.casestudio.ui.editor.ProblemMarkers;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

/**
 * Checks every Case Studio file of a project, open or not, and keeps its problem markers. A thin
 * shell over the language's {@link IncrementalModel} (one per project, all of the project's files
 * one scope): a full build loads and checks every file; an incremental build hands it the files
 * the resource delta names, and it checks those and the files that depend on what they declare.
 * <p>
 * Markers have one owner at a time. A file open in an editor belongs to the editor, whose
 * reconciler marks the text being edited, saved or not; the builder checks that file too (other
 * files depend on it) but leaves its markers alone. Every other file's markers are the builder's,
 * and describe the file as saved. Two writers of one file's markers would replace each other's
 * work with problems of a different text.
 */
public final class CaseStudioBuilder extends IncrementalProjectBuilder {

	public static final String ID = "org.casestudio.ui.builder";

	/** What one build checked: for tests and for whoever wants to know when markers are current. */
	public record Report(IProject project, int kind, Set<IFile> checked, Set<IFile> removed) {
	}

	private static final List<Consumer<Report>> LISTENERS = new CopyOnWriteArrayList<>();
	private static final AtomicBoolean WATCHING = new AtomicBoolean();
	/** One full build of the Case Studio projects, started shortly after the last severity change. */
	private static final Job REBUILD = new WorkspaceJob(Messages.Rebuild_Job) {
		@Override
		public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
			IProject[] projects = ResourcesPlugin.getWorkspace().getRoot().getProjects();
			SubMonitor progress = SubMonitor.convert(monitor, projects.length);
			for (IProject project : projects) {
				if (project.isOpen() && project.hasNature(CaseStudioNature.ID)) {
					project.build(FULL_BUILD, ID, null, progress.split(1));
				}
			}
			return Status.OK_STATUS;
		}
	};

	private IncrementalModel model;

	/** Hears of every build once its markers are written; a listener must not block. */
	public static void addListener(Consumer<Report> listener) {
		LISTENERS.add(listener);
	}

	public static void removeListener(Consumer<Report> listener) {
		LISTENERS.remove(listener);
	}

	/**
	 * Checks every Case Studio project again when a severity is chosen on the Validation preference
	 * page: the markers of closed files carry severities too (open editors check themselves).
	 */
	public static void watchSeverities() {
		if (!WATCHING.compareAndSet(false, true)) {
			return;
		}
		REBUILD.setRule(ResourcesPlugin.getWorkspace().getRuleFactory().buildRule());
		REBUILD.setSystem(true);
		CaseStudioUi.getDefault().getPreferenceStore().addPropertyChangeListener(event -> {
			if (IssueCodes.CONFIGURABLE.contains(event.getProperty())) {
				// Apply sets every severity of the page at once: one build after the last of them.
				REBUILD.cancel();
				REBUILD.schedule(200);
			}
		});
	}

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		IProject project = getProject();
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Build_Task, project.getName()), 100);
		IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(project);
		List<Path> changed = new ArrayList<>();
		List<Path> removed = new ArrayList<>();
		boolean full = model == null || delta == null;
		if (full) {
			// No state to build on (first build since start, after a clean, or no delta): load every file.
			model = IncrementalModel.create(CaseStudioUi.getDefault().getInjector());
			project.accept(resource -> {
				if (CaseStudioNature.isModelFile(resource) && resource.getLocation() != null) {
					changed.add(resource.getLocation().toPath());
				}
				return true;
			});
		} else {
			delta.accept(child -> {
				IResource resource = child.getResource();
				if (!CaseStudioNature.isModelFile(resource) || resource.getLocation() == null) {
					return true;
				}
				Path path = resource.getLocation().toPath();
				switch (child.getKind()) {
				case IResourceDelta.ADDED -> changed.add(path);
				case IResourceDelta.REMOVED -> removed.add(path);
				default -> {
					if ((child.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED | IResourceDelta.ENCODING)) != 0) {
						changed.add(path);
					}
				}
				}
				return true;
			});
		}
		progress.worked(5);
		SubMonitor checking = progress.split(95);
		IncrementalModel.Result result = model.update(changed, removed, checking::isCanceled,
				(file, index, total) -> {
					checking.setWorkRemaining(total - index);
					checking.subTask(NLS.bind(Messages.Build_Checking, file.getFileName()));
					checking.worked(1);
				});
		Set<IFile> checked = new LinkedHashSet<>();
		for (Map.Entry<Path, List<Issue>> entry : result.issues().entrySet()) {
			IFile file = file(entry.getKey());
			if (file == null) {
				continue;
			}
			checked.add(file);
			if (!openInEditor(file)) {
				ProblemMarkers.replace(file, entry.getValue());
			}
		}
		Set<IFile> gone = new LinkedHashSet<>();
		for (Path path : result.removed()) {
			IFile file = file(path);
			if (file != null) {
				gone.add(file);
				if (file.exists()) {
					// Still there but no longer readable as a model file: its old markers are stale.
					file.deleteMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO);
				}
			}
		}
		Report report = new Report(project, full ? FULL_BUILD : kind, checked, gone);
		for (Consumer<Report> listener : LISTENERS) {
			listener.accept(report);
		}
		if (result.cancelled()) {
			// The model remembers the files left unchecked; the next build checks them first.
			throw new OperationCanceledException();
		}
		return null;
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		model = null;
		getProject().accept(resource -> {
			if (CaseStudioNature.isModelFile(resource) && !openInEditor((IFile) resource)) {
				((IFile) resource).deleteMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO);
			}
			return true;
		});
	}

	private IFile file(Path path) {
		IFile file = getProject().getWorkspace().getRoot().getFileForLocation(IPath.fromPath(path));
		return file != null && getProject().equals(file.getProject()) ? file : null;
	}

	/** An editor holds the file's text in a shared buffer while it is open. */
	private static boolean openInEditor(IFile file) {
		return FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE) != null;
	}
}
