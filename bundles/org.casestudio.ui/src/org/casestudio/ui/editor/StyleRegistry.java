package org.casestudio.ui.editor;

import java.util.HashMap;
import java.util.Map;

import org.casestudio.dsl.ide.highlighting.CaseStudioHighlightingStyles;
import org.casestudio.ui.preferences.ColorPreferences;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.jface.resource.ColorRegistry;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;

/**
 * The text attribute of each highlighting style, read from the colour preferences. Tokens are
 * shared and updated in place when a preference changes, so open editors follow at once.
 */
public final class StyleRegistry {

	private final IPreferenceStore preferences;
	private final ColorRegistry colors = new ColorRegistry();
	private final Map<String, Token> tokens = new HashMap<>();

	public StyleRegistry(IPreferenceStore preferences) {
		this.preferences = preferences;
		for (String style : CaseStudioHighlightingStyles.ALL) {
			tokens.put(style, new Token(read(style)));
		}
	}

	public IToken token(String style) {
		Token token = tokens.get(style);
		return token != null ? token : tokens.get(CaseStudioHighlightingStyles.DEFAULT);
	}

	/** The current attribute of a style, as kept in its token (no preference look-up). */
	public TextAttribute attribute(String style) {
		return (TextAttribute) token(style).getData();
	}

	private TextAttribute read(String style) {
		RGB rgb = PreferenceConverter.getColor(preferences, ColorPreferences.colorKey(style));
		colors.put(style, rgb);
		int fontStyle = preferences.getBoolean(ColorPreferences.boldKey(style)) ? SWT.BOLD : SWT.NORMAL;
		if (CaseStudioHighlightingStyles.COMMENT.equals(style) || CaseStudioHighlightingStyles.TEXT_BLOCK.equals(style)) {
			fontStyle |= preferences.getBoolean(ColorPreferences.italicKey(style)) ? SWT.ITALIC : SWT.NORMAL;
		}
		return new TextAttribute(colors.get(style), null, fontStyle);
	}

	/** Re-reads every style from the preferences. */
	public void refresh() {
		tokens.forEach((style, token) -> token.setData(read(style)));
	}
}
