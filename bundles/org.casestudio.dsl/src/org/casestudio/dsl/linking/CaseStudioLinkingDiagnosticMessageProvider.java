package org.casestudio.dsl.linking;

import org.casestudio.dsl.validation.IssueCodes;
import org.casestudio.dsl.validation.Messages;
import org.casestudio.dsl.validation.Vocabulary;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

/** Explains an id that does not resolve in the words of the domain, and says what to do. */
public class CaseStudioLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		String what = Vocabulary.kindOf(context.getReference().getEReferenceType());
		String message = NLS.bind(Messages.UnresolvedReference, what, context.getLinkText());
		return new DiagnosticMessage(message, Severity.ERROR, IssueCodes.UNRESOLVED_REFERENCE,
				context.getLinkText());
	}
}
