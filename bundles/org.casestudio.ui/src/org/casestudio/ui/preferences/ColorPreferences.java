package org.casestudio.ui.preferences;

import static org.casestudio.dsl.ide.highlighting.CaseStudioHighlightingStyles.*;

import java.util.Map;

import org.casestudio.dsl.validation.IssueCodes;
import org.casestudio.ui.CaseStudioUi;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.xtext.validation.SeverityConverter;

/** Preference keys and defaults: the editor's colours (one colour and weight per style) and the severities of optional checks. */
public class ColorPreferences extends AbstractPreferenceInitializer {

	/** Defaults chosen for contrast on a white background (WCAG AA for normal text). */
	private static final Map<String, RGB> DEFAULTS = Map.of(
			KEYWORD, new RGB(127, 0, 85),
			STRING, new RGB(0, 90, 160),
			TEXT_BLOCK, new RGB(30, 80, 40),
			COMMENT, new RGB(90, 100, 110),
			NUMBER, new RGB(150, 60, 0),
			DECLARATION, new RGB(0, 0, 0),
			REFERENCE, new RGB(0, 110, 110),
			PUNCTUATION, new RGB(60, 60, 60),
			DEFAULT, new RGB(0, 0, 0));

	public static String colorKey(String style) {
		return "syntaxColor." + style + ".color";
	}

	public static String boldKey(String style) {
		return "syntaxColor." + style + ".bold";
	}

	public static String italicKey(String style) {
		return "syntaxColor." + style + ".italic";
	}

	@Override
	public void initializeDefaultPreferences() {
		IPreferenceStore store = CaseStudioUi.getDefault().getPreferenceStore();
		DEFAULTS.forEach((style, rgb) -> PreferenceConverter.setDefault(store, colorKey(style), rgb));
		store.setDefault(boldKey(KEYWORD), true);
		store.setDefault(boldKey(DECLARATION), true);
		store.setDefault(italicKey(COMMENT), true);
		for (String code : IssueCodes.CONFIGURABLE) {
			store.setDefault(code, SeverityConverter.SEVERITY_WARNING);
		}
	}
}
