package org.casestudio.dsl.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;

/**
 * Checks the language's rules only on files that parse. The parser recovers from a syntax error by
 * skipping text, so the elements it builds lack what was skipped: a case cut short by an unclosed
 * string "has no lesson yet", a partnership "has fewer than two partners". Such findings are
 * knock-ons of the syntax error, not faults of their own, and sorted by line they were printed before
 * the error that caused them. Ordering them after it would still print a false finding; leaving them
 * out costs one more run once the syntax is fixed, when the rules are checked on the whole text.
 * Syntax and link errors (the resource's own diagnostics) are still reported.
 */
public class CaseStudioResourceValidator extends ResourceValidatorImpl {

	@Override
	protected void validate(Resource resource, EObject element, CheckMode mode, CancelIndicator monitor,
			IAcceptor<Issue> acceptor) {
		if (hasSyntaxErrors(resource)) {
			return;
		}
		super.validate(resource, element, mode, monitor, acceptor);
	}

	/** Whether the file's text does not follow the grammar. */
	public static boolean hasSyntaxErrors(Resource resource) {
		return resource instanceof XtextResource xtext && xtext.getParseResult() != null
				&& xtext.getParseResult().hasSyntaxErrors();
	}
}
