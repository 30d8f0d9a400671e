package org.casestudio.ui.forms;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.casestudio.dsl.conversion.ValidIdConverter;
import org.casestudio.ui.wizards.NewFileWizard;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks for what a new declaration needs before it is written (an actor, a participant, an
 * Innovation Plan): its kind where it has one, its name, and its id, proposed from the name and
 * checked with the language's id rule and against the ids already declared.
 */
public final class NewElementDialog extends TitleAreaDialog {

	/** What the person chose. */
	public record Choice(Enumerator kind, String name, String id) {
	}

	private final String title;
	private final String description;
	private final List<? extends Enumerator> kinds;
	private final Set<String> taken;
	private Combo kind;
	private Text name;
	private Text id;
	/** Set once the person typed an id of their own, which the name then no longer replaces. */
	private boolean idTyped;
	private boolean proposing;
	private Choice choice;

	/**
	 * @param kinds the kinds to choose from, the first chosen at first; null where the element has none
	 * @param taken the ids declared already, which the new one must not repeat
	 */
	public NewElementDialog(Shell parent, String title, String description, List<? extends Enumerator> kinds,
			Set<String> taken) {
		super(parent);
		this.title = title;
		this.description = description;
		this.kinds = kinds;
		this.taken = taken;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(title);
		setMessage(description);
		Composite body = new Composite(area, SWT.NONE);
		body.setLayout(new GridLayout(2, false));
		GridDataFactory.fillDefaults().grab(true, true).indent(8, 8).applyTo(body);
		if (kinds != null) {
			new Label(body, SWT.NONE).setText(Messages.New_Kind);
			kind = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
			kind.setItems(Words.of(kinds));
			kind.setVisibleItemCount(kinds.size());
			kind.select(0);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(kind);
		}
		new Label(body, SWT.NONE).setText(Messages.New_Name);
		name = new Text(body, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(name);
		new Label(body, SWT.NONE).setText(Messages.New_Id);
		id = new Text(body, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(id);
		name.addListener(SWT.Modify, e -> {
			if (!idTyped) {
				proposing = true;
				id.setText(proposeId(name.getText(), taken));
				proposing = false;
			}
			check();
		});
		id.addListener(SWT.Modify, e -> {
			if (!proposing) {
				idTyped = !id.getText().isEmpty();
			}
			check();
		});
		name.setFocus();
		return area;
	}

	@Override
	protected Control createContents(Composite parent) {
		Control contents = super.createContents(parent);
		check();
		setErrorMessage(null); // Nothing typed yet is no mistake: OK stays off until a name is given.
		return contents;
	}

	/** Why the id cannot be taken, or null. */
	static String checkId(String id, Set<String> taken) {
		String rule = NewFileWizard.checkId(id);
		if (rule != null) {
			return rule;
		}
		return taken.contains(id) ? Messages.New_IdTaken : null;
	}

	private void check() {
		String error = name.getText().isBlank() ? Messages.New_NameMissing : checkId(id.getText(), taken);
		setErrorMessage(error);
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(error == null);
		}
	}

	@Override
	protected void okPressed() {
		choice = new Choice(kind == null ? null : kinds.get(kind.getSelectionIndex()), name.getText().strip(),
				id.getText());
		super.okPressed();
	}

	/** What was chosen, after OK; null after Cancel. */
	public Choice choice() {
		return choice;
	}

	/** The dialog's fields, for tests that fill it as a person does. */
	public Text nameText() {
		return name;
	}

	public Text idText() {
		return id;
	}

	public Combo kindCombo() {
		return kind;
	}

	/**
	 * An id for a name as authors write them ("Natural Dyes Group" gives natural_dyes_group): in
	 * lower case, what an id cannot hold made _, and a number added where the id is taken.
	 */
	public static String proposeId(String name, Set<String> taken) {
		String id = ValidIdConverter.nameLike(name.strip().toLowerCase(Locale.ROOT)).replaceAll("_+", "_")
				.replaceAll("^_|_$", "");
		if (id.isEmpty()) {
			return "";
		}
		if (!ValidIdConverter.isNameStart(id.charAt(0))) {
			id = "_" + id;
		}
		String proposed = id;
		for (int n = 2; taken.contains(proposed) || NewFileWizard.checkId(proposed) != null; n++) {
			proposed = id + "_" + n;
		}
		return proposed;
	}
}
