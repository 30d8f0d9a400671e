package org.casestudio.ui.preferences;

import org.casestudio.dsl.ide.highlighting.CaseStudioHighlightingStyles;
import org.casestudio.ui.CaseStudioUi;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.ColorFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Case Studio › Editor Colours: the colour and weight of each kind of text in the editor. */
public class ColorPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public ColorPreferencePage() {
		super(GRID);
		setPreferenceStore(CaseStudioUi.getDefault().getPreferenceStore());
		setDescription(Messages.ColorPage_Description);
	}

	@Override
	public void init(IWorkbench workbench) {
		// Nothing to prepare: the store is the bundle's.
	}

	@Override
	protected void createFieldEditors() {
		for (String style : CaseStudioHighlightingStyles.ALL) {
			String label = Messages.label(style);
			addField(new ColorFieldEditor(ColorPreferences.colorKey(style), label, getFieldEditorParent()));
			addField(new BooleanFieldEditor(ColorPreferences.boldKey(style), Messages.ColorPage_Bold,
					getFieldEditorParent()));
		}
	}
}
