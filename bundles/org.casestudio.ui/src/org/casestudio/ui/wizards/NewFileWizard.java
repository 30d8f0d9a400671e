package org.casestudio.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.casestudio.dsl.conversion.ValidIdConverter;
import org.casestudio.ui.CaseStudioUi;
import org.casestudio.ui.builder.CaseStudioNature;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;

/**
 * A File › New wizard: where the file goes and its name, then what the language needs to start the
 * file (an id and a title, and a few facts), checked as they are typed.
 */
public abstract class NewFileWizard extends Wizard implements INewWizard {

	private final String extension;
	private IStructuredSelection selection;
	private IWorkbench workbench;
	private WizardNewFileCreationPage filePage;
	protected DetailsPage details;

	protected NewFileWizard(String title, String extension) {
		this.extension = extension;
		setWindowTitle(title);
		setNeedsProgressMonitor(false);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.selection = selection;
	}

	@Override
	public void addPages() {
		filePage = new WizardNewFileCreationPage("file", selection) {
			@Override
			protected InputStream getInitialContents() {
				return new ByteArrayInputStream(contents().getBytes(StandardCharsets.UTF_8));
			}
		};
		filePage.setTitle(getWindowTitle());
		filePage.setDescription(Messages.Wizard_FileDescription);
		filePage.setFileExtension(extension);
		filePage.setFileName(defaultName() + "." + extension);
		addPage(filePage);
		details = new DetailsPage();
		addPage(details);
	}

	protected abstract String defaultName();

	/** The fields of the details page, after id and title. */
	protected abstract void createFields(DetailsPage page, Composite parent);

	/** The text of the new file, from the pages' fields. */
	protected abstract String contents();

	@Override
	public boolean performFinish() {
		IFile file = filePage.createNewFile();
		if (file == null) {
			return false;
		}
		try {
			// A file made in a project of other files: the project's files are now checked by the builder.
			CaseStudioNature.add(file.getProject(), null);
		} catch (CoreException e) {
			CaseStudioUi.log("Could not add the Case Studio nature to " + file.getProject().getName(), e);
		}
		try {
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file, true);
		} catch (PartInitException e) {
			CaseStudioUi.log("Could not open " + file.getFullPath(), e);
		}
		return true;
	}

	/**
	 * An id is a letter or _ then letters, digits and _, and not a word of the language (the grammar
	 * says which; the new file is written without the {@code ^} escape).
	 */
	public static String checkId(String id) {
		if (id.isEmpty()) {
			return Messages.Wizard_IdMissing;
		}
		if (!ValidIdConverter.isName(id)) {
			return Messages.Wizard_IdInvalid;
		}
		if (CaseStudioUi.getDefault().getInjector().getInstance(ValidIdConverter.class).isReserved(id)) {
			return Messages.Wizard_IdReserved;
		}
		return null;
	}

	/** Id, title and the wizard's own fields. */
	public final class DetailsPage extends WizardPage {

		private Text id;
		private Text title;

		DetailsPage() {
			super("details");
			setTitle(getWindowTitle());
			setDescription(Messages.Wizard_DetailsDescription);
			setPageComplete(false);
		}

		@Override
		public void createControl(Composite parent) {
			Composite body = new Composite(parent, SWT.NONE);
			body.setLayout(new GridLayout(2, false));
			id = field(body, Messages.Wizard_Id, ValidIdConverter.nameLike(defaultName()));
			title = field(body, Messages.Wizard_Title, "");
			createFields(this, body);
			setControl(body);
			validate();
		}

		public Text field(Composite parent, String label, String initial) {
			new Label(parent, SWT.NONE).setText(label);
			Text text = new Text(parent, SWT.BORDER);
			text.setText(initial);
			text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			text.addModifyListener(e -> validate());
			return text;
		}

		public Combo choice(Composite parent, String label, String... items) {
			new Label(parent, SWT.NONE).setText(label);
			Combo combo = new Combo(parent, SWT.READ_ONLY);
			combo.setItems(items);
			combo.select(0);
			combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			return combo;
		}

		void validate() {
			if (id == null || title == null) {
				return;
			}
			String problem = checkId(id.getText());
			if (problem == null && title.getText().isBlank()) {
				problem = Messages.Wizard_TitleMissing;
			}
			if (problem == null) {
				problem = checkFields();
			}
			setErrorMessage(problem);
			setPageComplete(problem == null);
		}

		public String id() {
			return id.getText();
		}

		public String title() {
			return title.getText().strip();
		}

		public void setId(String value) {
			id.setText(value);
		}

		public void setTitleText(String value) {
			title.setText(value);
		}
	}

	/** Checks the wizard's own fields; a message, or null when they are fine. */
	protected String checkFields() {
		return null;
	}
}
