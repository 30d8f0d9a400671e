package org.casestudio.dsl.conversion;

import org.casestudio.dsl.validation.Messages;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.conversion.impl.STRINGValueConverter;

/**
 * Texts in quotes, with messages for authors: a backslash that starts no escape is a Windows path
 * or a typo far more often than an escape, so the message says how to write a backslash.
 */
public class CaseStudioStringConverter extends STRINGValueConverter {

	@Override
	protected String getInvalidEscapeSequenceMessage() {
		return Messages.Syntax_Backslash;
	}

	@Override
	protected String getStringNotClosedMessage() {
		return NLS.bind(Messages.Syntax_NotClosedSomewhere, "\"");
	}
}
