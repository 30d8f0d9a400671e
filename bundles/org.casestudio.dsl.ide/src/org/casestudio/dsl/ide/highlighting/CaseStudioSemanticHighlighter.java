package org.casestudio.dsl.ide.highlighting;

import org.casestudio.model.CaseStudioPackage;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Semantic colouring: the ids where elements are declared, and the ids that refer to them, which
 * the lexer alone cannot tell apart from other words.
 */
public class CaseStudioSemanticHighlighter implements ISemanticHighlightingCalculator {

	@Override
	public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor,
			CancelIndicator cancel) {
		if (resource == null || resource.getContents().isEmpty()) {
			return;
		}
		var contents = resource.getContents().get(0).eAllContents();
		while (contents.hasNext() && !cancel.isCanceled()) {
			EObject element = contents.next();
			for (INode node : NodeModelUtils.findNodesForFeature(element, CaseStudioPackage.Literals.NAMED_ELEMENT__NAME)) {
				acceptor.addPosition(node.getOffset(), node.getLength(), CaseStudioHighlightingStyles.DECLARATION);
			}
			for (EReference reference : element.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer()) {
					continue;
				}
				for (INode node : NodeModelUtils.findNodesForFeature(element, reference)) {
					acceptor.addPosition(node.getOffset(), node.getLength(), CaseStudioHighlightingStyles.REFERENCE);
				}
			}
		}
	}
}
