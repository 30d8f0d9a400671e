package org.casestudio.help;

import org.eclipse.core.resources.IMarker;
import org.eclipse.help.HelpSystem;
import org.eclipse.ui.IMarkerHelpContextProvider;

/**
 * F1 on a Case Studio problem (Problems view, the editor's ruler) opens the page of its rule: the
 * marker's code names the generated context of that rule. One provider for every code, so that a
 * new rule needs no entry here, only its texts in rules.properties.
 */
public class ProblemHelp implements IMarkerHelpContextProvider {

	/** The marker attribute holding the issue code (ProblemMarkers.CODE in the desktop bundle). */
	static final String CODE = "code";

	@Override
	public boolean hasHelpContextForMarker(IMarker marker) {
		return getHelpContextForMarker(marker) != null;
	}

	@Override
	public String getHelpContextForMarker(IMarker marker) {
		String id = RuleHelp.contextId(RuleHelp.rule(marker.getAttribute(CODE, null)));
		return HelpSystem.getContext(id) != null ? id : null;
	}
}
