package org.casestudio.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.casestudio.dsl.validation.IssueCodes;
import org.casestudio.model.CaseStudioPackage;
import org.casestudio.model.LearningRoute;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;

/**
 * Quick fixes (Ctrl+1) for the validator's issue codes where the fix is obvious: a misspelt id, a
 * visited case missing from the route, a case listed twice, a partner's role, a negative count.
 * Each fix is a text edit of the smallest region, so the rest of the file keeps its layout.
 */
final class CaseStudioQuickFixProcessor implements IQuickAssistProcessor {

	private final CaseStudioEditor editor;

	CaseStudioQuickFixProcessor(CaseStudioEditor editor) {
		this.editor = editor;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		List<ICompletionProposal> proposals = new ArrayList<>();
		for (IMarker marker : markersAt(context.getOffset())) {
			proposals.addAll(fixes(marker));
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	/** Case Studio problems whose region or line holds the offset. */
	List<IMarker> markersAt(int offset) {
		IFile file = editor.file();
		List<IMarker> result = new ArrayList<>();
		if (file == null) {
			return result;
		}
		try {
			int line = editor.document().getLineOfOffset(offset) + 1;
			for (IMarker marker : file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO)) {
				int start = marker.getAttribute(IMarker.CHAR_START, -1);
				int end = marker.getAttribute(IMarker.CHAR_END, -1);
				if (start <= offset && offset <= end || marker.getAttribute(IMarker.LINE_NUMBER, -1) == line) {
					result.add(marker);
				}
			}
		} catch (CoreException | BadLocationException e) {
			return result;
		}
		return result;
	}

	List<ICompletionProposal> fixes(IMarker marker) {
		String code = marker.getAttribute(ProblemMarkers.CODE, "");
		String[] data = marker.getAttribute(ProblemMarkers.DATA, "").split(ProblemMarkers.DATA_SEPARATOR);
		int start = marker.getAttribute(IMarker.CHAR_START, -1);
		int end = marker.getAttribute(IMarker.CHAR_END, -1);
		if (start < 0 || end < start) {
			return List.of();
		}
		IDocument document = editor.document();
		try {
			String text = document.get(start, end - start);
			return switch (code) {
			case IssueCodes.UNRESOLVED_REFERENCE -> similarIds(start, end - start);
			case IssueCodes.CASE_NOT_IN_ROUTE -> addCaseToRoute(start, data[0]);
			case IssueCodes.DUPLICATE_CASE_IN_ROUTE -> removeRepeatedCase(document, start, end);
			case IssueCodes.ROLE_MISMATCH -> List.of(replace(start, end - start, data[0],
					NLS.bind(Messages.QuickFix_ChangeRole, data[0])));
			case IssueCodes.NEGATIVE_COUNT -> text.startsWith("-")
					? List.of(replace(start, end - start, text.substring(1).strip(), Messages.QuickFix_MakePositive))
					: List.of();
			default -> List.of();
			};
		} catch (BadLocationException e) {
			return List.of();
		}
	}

	private static ICompletionProposal replace(int offset, int length, String replacement, String label) {
		return new CompletionProposal(replacement, offset, length, replacement.length(), null, label, null, null);
	}

	/** Ids of the right kind that are declared and differ from the typed one by a typo or two. */
	private List<ICompletionProposal> similarIds(int offset, int length) {
		return editor.session().read(resource -> {
			EReference reference = referenceAt(resource, offset);
			if (reference == null) {
				return List.<ICompletionProposal>of();
			}
			String typed = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset).getText();
			EClass type = reference.getEReferenceType();
			ResourceDescriptionsProvider index = resource.getResourceServiceProvider().get(ResourceDescriptionsProvider.class);
			List<String> candidates = new ArrayList<>();
			for (IEObjectDescription description : index.getResourceDescriptions(resource).getExportedObjectsByType(type)) {
				String name = description.getName().toString();
				if (!candidates.contains(name) && distance(name, typed) <= Math.max(2, typed.length() / 3)) {
					candidates.add(name);
				}
			}
			candidates.sort(Comparator.comparingInt(name -> distance(name, typed)));
			return candidates.stream().limit(5)
					.map(name -> replace(offset, length, name, NLS.bind(Messages.QuickFix_UseId, name))).toList();
		});
	}

	private static EReference referenceAt(XtextResource resource, int offset) {
		INode node = resource.getResourceServiceProvider().get(EObjectAtOffsetHelper.class)
				.getCrossReferenceNode(resource, new org.eclipse.xtext.util.TextRegion(offset, 0));
		return node != null && node.getGrammarElement() instanceof CrossReference crossReference
				? GrammarUtil.getReference(crossReference) : null;
	}

	private List<ICompletionProposal> addCaseToRoute(int offset, String caseName) {
		return editor.session().read(resource -> {
			EObject element = resource.getResourceServiceProvider().get(EObjectAtOffsetHelper.class)
					.resolveContainedElementAt(resource, offset);
			LearningRoute route = org.eclipse.xtext.EcoreUtil2.getContainerOfType(element, LearningRoute.class);
			if (route == null) {
				return List.<ICompletionProposal>of();
			}
			List<INode> cases = NodeModelUtils.findNodesForFeature(route, CaseStudioPackage.Literals.LEARNING_ROUTE__CASES);
			String label = NLS.bind(Messages.QuickFix_AddCaseToRoute, caseName);
			if (!cases.isEmpty()) {
				INode last = cases.get(cases.size() - 1);
				return List.<ICompletionProposal>of(replace(last.getEndOffset(), 0, ", " + caseName, label));
			}
			INode title = NodeModelUtils.findNodesForFeature(route, CaseStudioPackage.Literals.NAMED_ELEMENT__TITLE).get(0);
			return List.<ICompletionProposal>of(replace(title.getEndOffset(), 0, "\n\tcases " + caseName, label));
		});
	}

	private static List<ICompletionProposal> removeRepeatedCase(IDocument document, int start, int end)
			throws BadLocationException {
		int from = start;
		while (from > 0 && document.getChar(from - 1) != ',') {
			from--;
		}
		if (from == 0) {
			return List.of();
		}
		return List.of(replace(from - 1, end - from + 1, "", Messages.QuickFix_RemoveDuplicateCase));
	}

	/** Edit distance between two ids, to recognise typing mistakes. */
	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return annotation instanceof MarkerAnnotation markerAnnotation
				&& !fixes(markerAnnotation.getMarker()).isEmpty();
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext context) {
		return false;
	}
}
