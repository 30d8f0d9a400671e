package org.casestudio.ui.preferences;

import org.casestudio.dsl.validation.IssueCodes;
import org.casestudio.ui.CaseStudioUi;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.xtext.validation.SeverityConverter;

/** Case Studio › Validation: how serious each optional check is, from error to ignored. */
public class ValidationPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public ValidationPreferencePage() {
		super(GRID);
		setPreferenceStore(CaseStudioUi.getDefault().getPreferenceStore());
		setDescription(Messages.ValidationPage_Description);
	}

	@Override
	public void init(IWorkbench workbench) {
		// Nothing to prepare: the store is the bundle's.
	}

	@Override
	protected void createFieldEditors() {
		String[][] severities = { { Messages.Severity_Error, SeverityConverter.SEVERITY_ERROR },
				{ Messages.Severity_Warning, SeverityConverter.SEVERITY_WARNING },
				{ Messages.Severity_Info, SeverityConverter.SEVERITY_INFO },
				{ Messages.Severity_Ignore, SeverityConverter.SEVERITY_IGNORE } };
		for (String code : IssueCodes.CONFIGURABLE) {
			addField(new ComboFieldEditor(code, Messages.check(code), severities, getFieldEditorParent()));
		}
	}
}
