package org.casestudio.ui.wizards;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;

/** File › New › Actor List: an .actors file with its first actor. */
public class NewActorsWizard extends NewFileWizard {

	/** The language's actor kinds, as keywords (see the grammar's ActorKind). */
	static final String[] KINDS = { "producers", "cooperative", "company", "trader", "agency", "programme", "donor",
			"ngo", "broker", "research", "organisation" };

	private Combo kind;

	public NewActorsWizard() {
		super(Messages.Wizard_Actors, "actors");
	}

	@Override
	protected String defaultName() {
		return "actors";
	}

	@Override
	protected void createFields(DetailsPage page, Composite parent) {
		kind = page.choice(parent, Messages.Wizard_Kind, KINDS);
		page.setId("");
	}

	@Override
	protected String contents() {
		return FileTemplates.actors(details.id(), details.title(), kind.getText());
	}
}
