package org.casestudio.ui.preferences;

import org.casestudio.ui.CaseStudioUi;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.xtext.preferences.IPreferenceValues;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.eclipse.xtext.preferences.PreferenceKey;

/**
 * Gives the validator the severities chosen on the Validation preference page. The keys are the
 * issue codes themselves; a code nobody changed keeps the language's default.
 */
public class ValidationPreferences implements IPreferenceValuesProvider {

	@Override
	public IPreferenceValues getPreferenceValues(Resource context) {
		IPreferenceStore store = CaseStudioUi.getDefault().getPreferenceStore();
		return (PreferenceKey key) -> {
			String value = store.getString(key.getId());
			return value == null || value.isEmpty() ? key.getDefaultValue() : value;
		};
	}
}
