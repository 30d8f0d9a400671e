package org.casestudio.ui.export;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.casestudio.export.ExportException;
import org.casestudio.export.ExportFormat;
import org.casestudio.export.TrainingPackExport;
import org.casestudio.ui.CaseStudioUi;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

/**
 * File › Export › Training Pack: writes the formats the user ticks for one route into a pack
 * folder, with a progress monitor and cancel, through the one export pipeline. The page prepares
 * the route once, in the background (files as saved); Finish writes what was prepared. A route
 * with errors is not exported. A failed or cancelled export leaves the previous pack as it was.
 */
public class TrainingPackExportWizard extends Wizard implements IExportWizard {

	private IWorkbench workbench;
	private IStructuredSelection selection;
	private TrainingPackExportPage page;
	private TrainingPackExport.Result result;
	private final AtomicInteger preparations = new AtomicInteger();

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

	/** How many times the route's folder tree was loaded and prepared: once, unless a file was saved since. */
	public int preparations() {
		return preparations.get();
	}

	/** Loads and prepares the route's folder tree, as saved; off the UI thread. */
	ExportPreparation prepare(IFile routeFile, List<ExportFormat> formats, String language, IProgressMonitor monitor)
			throws ExportException {
		preparations.incrementAndGet();
		return ExportPreparation.of(CaseStudioUi.getDefault().getInjector(), routeFile.getLocation().toFile().toPath(),
				formats, language, monitor);
	}

	/** Writes what the page prepared; prepares again only when a file of the route was saved since. */
	@Override
	public boolean performFinish() {
		if (workbench != null && !workbench.saveAllEditors(true)) {
			return false;
		}
		IFile routeFile = page.routeFile();
		ExportPreparation prepared = page.prepared();
		List<ExportFormat> formats = page.formats();
		String language = page.language();
		Path out = page.folder();
		try {
			getContainer().run(true, true, monitor -> {
				SubMonitor progress = SubMonitor.convert(monitor, Messages.Wizard_Checking, 10);
				try {
					ExportPreparation current = prepared != null && prepared.isCurrent()
							&& prepared.language().equals(language) ? prepared
									: prepare(routeFile, formats, language, progress.split(3));
					progress.setWorkRemaining(7);
					result = current.pack().write(formats, out, Map.of(), progress.split(7));
				} catch (ExportException e) {
					throw new InvocationTargetException(e);
				} catch (OperationCanceledException e) {
					throw new InterruptedException();
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
