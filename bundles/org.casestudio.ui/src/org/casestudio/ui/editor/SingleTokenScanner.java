package org.casestudio.ui.editor;

import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.RuleBasedScanner;

/** Colours a whole partition with one token. */
final class SingleTokenScanner extends RuleBasedScanner {

	SingleTokenScanner(IToken token) {
		setDefaultReturnToken(token);
	}
}
