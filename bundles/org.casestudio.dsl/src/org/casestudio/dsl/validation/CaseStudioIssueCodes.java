package org.casestudio.dsl.validation;

import org.eclipse.xtext.preferences.PreferenceKey;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.ConfigurableIssueCodesProvider;
import org.eclipse.xtext.validation.SeverityConverter;

/**
 * Registers the issue codes whose severity is a preference, so that a team can, say, make a case
 * without lessons an error or ignore quiz questions without a right answer.
 */
public class CaseStudioIssueCodes extends ConfigurableIssueCodesProvider {

	@Override
	protected void initialize(IAcceptor<PreferenceKey> acceptor) {
		super.initialize(acceptor);
		for (String code : IssueCodes.CONFIGURABLE) {
			acceptor.accept(create(code, SeverityConverter.SEVERITY_WARNING));
		}
	}
}
