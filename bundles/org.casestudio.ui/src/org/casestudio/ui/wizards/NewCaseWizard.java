package org.casestudio.ui.wizards;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/** File › New › Case Study: a .case file with its title and place, and a first lesson to write. */
public class NewCaseWizard extends NewFileWizard {

	private Text village;
	private Text district;

	public NewCaseWizard() {
		super(Messages.Wizard_Case, "case");
	}

	@Override
	protected String defaultName() {
		return "case";
	}

	@Override
	protected void createFields(DetailsPage page, Composite parent) {
		village = page.field(parent, Messages.Wizard_Village, "");
		district = page.field(parent, Messages.Wizard_District, "");
	}

	@Override
	protected String contents() {
		return FileTemplates.caseStudy(details.id(), details.title(), village.getText().strip(),
				district.getText().strip());
	}
}
