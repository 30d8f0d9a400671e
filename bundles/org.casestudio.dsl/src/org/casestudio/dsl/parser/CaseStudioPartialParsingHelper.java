package org.casestudio.dsl.parser;

import org.eclipse.xtext.Action;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.parser.impl.PartialParsingHelper;

/**
 * Lets a keystroke inside a day reparse only the session it is in, not the whole route.
 * <p>
 * When Xtext looks for the smallest node it can reparse alone, it passes over the node below an
 * action. That is right for an assigned action ({@code {Sum.left=current}}), whose child is part
 * of the action's object; but {@code Day} starts with a simple action ({@code {m::Day}}, so that a
 * bare {@code day ... end} still makes a day), and there the node below is one of the day's own
 * sessions. Passing over it left the route as the smallest candidate, and every keystroke in a
 * 5,000-line route reparsed all of it. Action nodes themselves stay excluded as roots, and a
 * reparse that does not parse cleanly still falls back to the whole file.
 */
public class CaseStudioPartialParsingHelper extends PartialParsingHelper {

	@Override
	protected boolean isActionNode(ICompositeNode node) {
		return super.isActionNode(node) && ((Action) node.getGrammarElement()).getFeature() != null;
	}
}
