package org.casestudio.dsl.scoping;

import org.casestudio.model.CaseStudioPackage;
import org.casestudio.model.InnovationPlan;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;

/**
 * Ids resolve across every file of the folder tree (the default global scope). On top of that, an
 * Innovation Plan that names the case it was inspired by may adapt one of that case's practices by
 * its short id ({@code adapts organic_coffee} instead of {@code adapts coffee.organic_coffee}).
 */
public class CaseStudioScopeProvider extends AbstractCaseStudioScopeProvider {

	@Override
	public IScope getScope(EObject context, EReference reference) {
		IScope scope = super.getScope(context, reference);
		if (reference == CaseStudioPackage.Literals.INNOVATION_PLAN__PRACTICE && context instanceof InnovationPlan plan
				&& plan.getAdaptedFrom() != null && !plan.getAdaptedFrom().eIsProxy()) {
			return Scopes.scopeFor(plan.getAdaptedFrom().getPractices(), scope);
		}
		return scope;
	}
}
