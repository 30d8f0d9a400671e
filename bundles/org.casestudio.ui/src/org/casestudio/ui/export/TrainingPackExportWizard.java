package org.casestudio.ui.export;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.casestudio.dsl.headless.Finding;
import org.casestudio.dsl.headless.ModelWorkspace;
import org.casestudio.export.ExportException;
import org.casestudio.export.ExportFormat;
import org.casestudio.export.TrainingPackExport;
import org.casestudio.export.pack.PackBuilder;
import org.casestudio.export.pack.TrainingPack;
import org.casestudio.model.LearningRoute;
import org.casestudio.ui.CaseStudioUi;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

/**
 * File › Export › Training Pack: writes the formats the user ticks for one route into a pack
 * folder, with a progress monitor and cancel. The files are saved and checked first; a route with
 * errors is not exported. A failed or cancelled export leaves the previous pack as it was.
 */
public class TrainingPackExportWizard extends Wizard implements IExportWizard {

	private IWorkbench workbench;
	private IStructuredSelection selection;
	private TrainingPackExportPage page;
	private TrainingPackExport.Result result;

	public TrainingPackExportWizard() {
		setWindowTitle(Messages.Wizard_Title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.selection = selection;
	}

	@Override
	public void addPages() {
		page = new TrainingPackExportPage(selection);
		addPage(page);
	}

	public TrainingPackExportPage page() {
		return page;
	}

	/** What the last export wrote; null before a successful one. */
	public TrainingPackExport.Result result() {
		return result;
	}

	@Override
	public boolean performFinish() {
		if (workbench != null && !workbench.saveAllEditors(true)) {
			return false;
		}
		IFile routeFile = page.routeFile();
		List<ExportFormat> formats = page.formats();
		Path out = page.folder();
		try {
			getContainer().run(true, true, monitor -> {
				SubMonitor progress = SubMonitor.convert(monitor, Messages.Wizard_Checking, 10);
				try {
					TrainingPack pack = PackBuilder.build(load(routeFile));
					progress.worked(2);
					result = new TrainingPackExport(pack, routeFile.getLocation().toFile().toPath().getParent(), Map.of())
							.run(formats, out, progress.split(8));
				} catch (ExportException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			page.setErrorMessage(cause instanceof ExportException ? cause.getMessage()
					: NLS.bind(Messages.Wizard_Failed, cause.getClass().getSimpleName(), cause.getMessage()));
			return false;
		} catch (InterruptedException e) {
			page.setMessage(Messages.Wizard_Cancelled, TrainingPackExportPage.WARNING);
			return false;
		}
		page.remember();
		reveal(out);
		return true;
	}

	/** The route of the file, from its folder tree as saved; refused when the tree has errors. */
	static LearningRoute load(IFile routeFile) throws ExportException {
		Path file = routeFile.getLocation().toFile().toPath();
		ModelWorkspace workspace = ModelWorkspace.load(CaseStudioUi.getDefault().getInjector(), List.of(file));
		// A pack is made from the route's whole folder tree: every file of it must be free of errors.
		List<Finding> errors = workspace.validateAll(org.eclipse.xtext.util.CancelIndicator.NullImpl).stream()
				.filter(Finding::isError).toList();
		if (!workspace.fileProblems().isEmpty() || !errors.isEmpty()) {
			Finding first = !errors.isEmpty() ? errors.get(0) : workspace.fileProblems().get(0);
			throw new ExportException(NLS.bind(Messages.Wizard_HasErrors, errors.size() + workspace.fileProblems().size(),
					first.file().getFileName() + ":" + first.line() + ": " + first.message()));
		}
		return workspace.routes().stream().findFirst()
				.orElseThrow(() -> new ExportException(NLS.bind(Messages.Wizard_NoRoute, routeFile.getFullPath())));
	}

	/** A pack inside the workspace is shown in the Project Explorer. */
	private void reveal(Path out) {
		for (IContainer container : ResourcesPlugin.getWorkspace().getRoot().findContainersForLocationURI(out.toUri())) {
			try {
				container.refreshLocal(IResource.DEPTH_INFINITE, null);
				if (workbench != null && workbench.getActiveWorkbenchWindow() != null) {
					BasicNewResourceWizard.selectAndReveal(container, workbench.getActiveWorkbenchWindow());
				}
			} catch (CoreException e) {
				// The pack is written; only the explorer's view of it is stale until the next refresh.
			}
		}
	}
}
