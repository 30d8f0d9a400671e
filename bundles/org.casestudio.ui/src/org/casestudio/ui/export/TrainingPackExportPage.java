package org.casestudio.ui.export;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.casestudio.export.ExportException;
import org.casestudio.export.ExportFormat;
import org.casestudio.export.ExporterRegistry;
import org.casestudio.export.SafeNames;
import org.casestudio.export.pack.PackLanguage;
import org.casestudio.export.pack.Words;
import org.casestudio.model.problems.Problem;
import org.casestudio.ui.CaseStudioUi;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;

/**
 * The one page of the training-pack export: which route, which formats (every exporter installed,
 * ours or another bundle's), which folder; and, before anything is written, what the pack would
 * lack (a case with no lessons, a quiz with no question), so that the author can add it first.
 */
public class TrainingPackExportPage extends WizardPage {

	/**
	 * The formats the user last left unticked: remembered that way round so that a format installed
	 * since (a new exporter) comes ticked, as every format does the first time.
	 */
	private static final String SETTING_UNTICKED = "untickedFormats";

	private final IStructuredSelection selection;
	private final List<IFile> routes = new ArrayList<>();
	private final List<ExportFormat> available = ExporterRegistry.getDefault().formats();
	private final List<Button> formatButtons = new ArrayList<>();
	private Combo routeCombo;
	private Combo languageCombo;
	/** The languages offered, in the combo's order: the route's own first. */
	private final List<String> languages = new ArrayList<>(Words.LANGUAGES);
	private Text folderText;
	private FindingsList issues;
	/** Set when the user typed a folder, so that choosing another route does not overwrite it. */
	private boolean folderChosen;
	/**
	 * The route last prepared, for every format at once: ticking a format only filters its findings,
	 * since loading and checking a library takes time.
	 */
	private IFile loadedFile;
	private ExportPreparation prepared;
	private String loadError;
	private Job preparing;

	TrainingPackExportPage(IStructuredSelection selection) {
		super("trainingPack");
		this.selection = selection;
		setTitle(Messages.Page_Title);
		setDescription(Messages.Page_Description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);

		new Label(body, SWT.NONE).setText(Messages.Page_Route);
		routeCombo = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(routeCombo);
		findRoutes();
		for (IFile route : routes) {
			routeCombo.add(route.getFullPath().makeRelative().toString());
		}
		routeCombo.select(Math.max(0, routes.indexOf(selectedRoute())));

		new Label(body, SWT.NONE).setText(Messages.Page_Language);
		languageCombo = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(languageCombo);
		for (String language : languages) {
			languageCombo.add(NLS.bind(Messages.Page_LanguageItem, PackLanguage.nameOf(language), language));
		}
		languageCombo.select(0);

		Group formatGroup = new Group(body, SWT.NONE);
		formatGroup.setText(Messages.Page_Formats);
		GridLayoutFactory.swtDefaults().applyTo(formatGroup);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(formatGroup);
		String[] unticked = settings().getArray(SETTING_UNTICKED);
		for (ExportFormat format : available) {
			Button check = new Button(formatGroup, SWT.CHECK);
			check.setText(format.label());
			if (format.description() != null) {
				check.setToolTipText(format.description());
			}
			check.setSelection(unticked == null || !List.of(unticked).contains(format.id()));
			check.addListener(SWT.Selection, e -> update());
			formatButtons.add(check);
		}

		new Label(body, SWT.NONE).setText(Messages.Page_Folder);
		folderText = new Text(body, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(folderText);
		Button browse = new Button(body, SWT.PUSH);
		browse.setText(Messages.Page_Browse);
		browse.addListener(SWT.Selection, e -> {
			DirectoryDialog dialog = new DirectoryDialog(getShell());
			dialog.setFilterPath(folderText.getText());
			String chosen = dialog.open();
			if (chosen != null) {
				folderText.setText(chosen);
				folderChosen = true;
			}
		});
		folderText.addListener(SWT.Modify, e -> validatePage());
		folderText.addListener(SWT.KeyDown, e -> folderChosen = true);

		Label before = new Label(body, SWT.NONE);
		before.setText(Messages.Page_Before);
		GridDataFactory.fillDefaults().span(3, 1).indent(0, 8).applyTo(before);
		issues = new FindingsList(body);
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(640, 150).applyTo(issues.control());

		routeCombo.addListener(SWT.Selection, e -> update());
		setControl(body);
		update();
	}

	/** Recomputes the default folder and what the pack would lack; enables Finish when possible. */
	private void update() {
		IFile route = routeFile();
		if (route != null && !folderChosen) {
			folderText.setText(route.getProject().getLocation().append("packs")
					.append(SafeNames.of(route.getFullPath().removeFileExtension().lastSegment())).toOSString());
		}
		if (route != null && !route.equals(loadedFile)) {
			load(route);
		}
		showIssues();
	}

	/**
	 * Loads, checks and prepares the route's folder tree in the background (a large library takes a
	 * second or more), once; then shows what the pack would lack. Finish waits for it.
	 */
	private void load(IFile route) {
		loadedFile = route;
		prepared = null;
		loadError = null;
		if (preparing != null) {
			preparing.cancel();
		}
		Display display = issues.control().getDisplay();
		TrainingPackExportWizard wizard = (TrainingPackExportWizard) getWizard();
		preparing = Job.create(Messages.Page_Checking, monitor -> {
			ExportPreparation done = null;
			String error = null;
			try {
				// Findings do not depend on the language: the page checks the route once, in its own.
				done = wizard.prepare(route, available, null, monitor);
			} catch (ExportException e) {
				error = e.getMessage();
			} catch (OperationCanceledException e) {
				// Another route was chosen, or the wizard closed: a newer check, if any, reports.
				return;
			} catch (RuntimeException e) {
				// A bug must not leave the page checking for ever: the user sees it and can report it.
				error = NLS.bind(Messages.Wizard_Failed, e.getClass().getSimpleName(), e.getMessage());
			} catch (Error e) {
				// The language's services report a cancellation as an error of their own.
				if (monitor.isCanceled()) {
					return;
				}
				throw e;
			}
			ExportPreparation donePreparation = done;
			String doneError = error;
			display.asyncExec(() -> {
				// The user may have chosen another route meanwhile, or closed the wizard.
				if (issues.isDisposed() || !route.equals(loadedFile)) {
					return;
				}
				prepared = donePreparation;
				loadError = doneError;
				showIssues();
			});
		});
		preparing.setSystem(true);
		preparing.schedule();
	}

	@Override
	public void dispose() {
		if (preparing != null) {
			preparing.cancel();
		}
		super.dispose();
	}

	/** True while the route is being loaded and checked. */
	public boolean isChecking() {
		return loadedFile != null && prepared == null && loadError == null;
	}

	/** What was prepared for the route chosen; null while checking or when it could not be loaded. */
	ExportPreparation prepared() {
		return prepared;
	}

	private void showIssues() {
		issues.clear();
		if (isChecking()) {
			issues.note(Messages.Page_Checking);
		} else if (loadedFile != null) {
			if (prepared == null) {
				addIssue(true, loadError);
			} else {
				for (Problem problem : prepared.pack().problems(formats())) {
					addIssue(problem.isError(), describe(problem));
				}
			}
			if (issues.isEmpty()) {
				issues.note(Messages.Page_NothingMissing);
			}
		}
		issues.fit();
		validatePage();
	}

	/** A finding for a person: the message first, then where, by file name and line. */
	private static String describe(Problem problem) {
		if (problem.file() == null) {
			return problem.message();
		}
		String file = problem.file().getFileName().toString();
		return problem.line() > 0 ? NLS.bind(Messages.Page_IssueAt, new Object[] { problem.message(), file, problem.line() })
				: NLS.bind(Messages.Page_IssueIn, problem.message(), file);
	}

	private void addIssue(boolean error, String text) {
		issues.add(error, text);
	}

	private void validatePage() {
		String error = null;
		if (routes.isEmpty()) {
			error = Messages.Page_NoRoutes;
		} else if (formats().isEmpty()) {
			error = Messages.Page_NoFormat;
		} else if (folder() == null) {
			error = Messages.Page_NoFolder;
		} else if (issues.hasError()) {
			error = Messages.Page_FixErrors;
		}
		setErrorMessage(error);
		setPageComplete(error == null && !isChecking());
	}

	public IFile routeFile() {
		int index = routeCombo == null ? -1 : routeCombo.getSelectionIndex();
		return index < 0 || index >= routes.size() ? null : routes.get(index);
	}

	/** The language the pack is made in (BCP 47). */
	public String language() {
		int index = languageCombo == null ? 0 : Math.max(0, languageCombo.getSelectionIndex());
		return languages.get(index);
	}

	/** For tests: make the pack in this language. */
	public void selectLanguage(String language) {
		languageCombo.select(languages.indexOf(language));
	}

	public List<ExportFormat> formats() {
		List<ExportFormat> chosen = new ArrayList<>();
		for (int i = 0; i < formatButtons.size(); i++) {
			if (formatButtons.get(i).getSelection()) {
				chosen.add(available.get(i));
			}
		}
		return chosen;
	}

	/** The pack folder, or null when the text is no absolute path. */
	public Path folder() {
		try {
			Path path = Path.of(folderText.getText().strip());
			return folderText.getText().isBlank() || !path.isAbsolute() ? null : path;
		} catch (InvalidPathException e) {
			return null;
		}
	}

	/** For tests and for users who know what they want: tick exactly these formats. */
	public void selectFormats(List<String> ids) {
		for (int i = 0; i < formatButtons.size(); i++) {
			formatButtons.get(i).setSelection(ids.contains(available.get(i).id()));
		}
		update();
	}

	public void setFolder(Path folder) {
		folderText.setText(folder.toString());
		folderChosen = true;
	}

	/** The messages now listed under "Before you export". */
	public List<String> issueTexts() {
		return issues.texts();
	}

	/** Whether every finding under "Before you export" shows whole, wrapped at the list's width. */
	public boolean issuesShownWhole() {
		return issues.shownWhole();
	}

	void remember() {
		List<ExportFormat> ticked = formats();
		settings().put(SETTING_UNTICKED,
				available.stream().filter(f -> !ticked.contains(f)).map(ExportFormat::id).toArray(String[]::new));
	}

	private IDialogSettings settings() {
		IDialogSettings root = PlatformUI.getDialogSettingsProvider(CaseStudioUi.getDefault().getBundle()).getDialogSettings();
		IDialogSettings section = root.getSection(getName());
		return section != null ? section : root.addNewSection(getName());
	}

	private void findRoutes() {
		try {
			ResourcesPlugin.getWorkspace().getRoot().accept(resource -> {
				if (resource instanceof IFile file && "route".equals(file.getFileExtension())) {
					routes.add(file);
				}
				return resource.getType() != IResource.FILE && !resource.getName().startsWith(".");
			});
		} catch (CoreException e) {
			setErrorMessage(e.getMessage());
		}
	}

	/** The route the user had selected, or the route of the selected project or folder. */
	private IFile selectedRoute() {
		Object first = selection == null ? null : selection.getFirstElement();
		IResource resource = first instanceof IResource r ? r
				: first instanceof IAdaptable a ? a.getAdapter(IResource.class) : null;
		if (resource == null) {
			return routes.isEmpty() ? null : routes.get(0);
		}
		for (IFile route : routes) {
			if (route.equals(resource) || resource.getFullPath().isPrefixOf(route.getFullPath())) {
				return route;
			}
		}
		// A case or actor file: the route of the same project.
		return routes.stream().filter(r -> r.getProject().equals(resource.getProject())).findFirst().orElse(null);
	}
}
