package org.casestudio.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.casestudio.dsl.ide.editor.ModelSession;
import org.casestudio.dsl.ide.services.Fix;
import org.casestudio.dsl.ide.services.MarkedIssue;
import org.casestudio.dsl.ide.services.QuickFixes;
import org.casestudio.dsl.ide.services.TextEdit;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.texteditor.MarkerAnnotation;

/**
 * Quick fixes (Ctrl+1) of the problems at the cursor: the language's {@link QuickFixes} compute them
 * from the markers' issue codes; this class only turns them into proposals that edit the document.
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
		ModelSession session = editor.session();
		int start = marker.getAttribute(IMarker.CHAR_START, -1);
		int end = marker.getAttribute(IMarker.CHAR_END, -1);
		if (session == null || start < 0 || end < start) {
			return List.of();
		}
		String data = marker.getAttribute(ProblemMarkers.DATA, "");
		MarkedIssue problem = new MarkedIssue(marker.getAttribute(ProblemMarkers.CODE, ""), start, end - start,
				data.isEmpty() ? List.of() : Arrays.asList(data.split(ProblemMarkers.DATA_SEPARATOR)));
		QuickFixes quickFixes = session.injector().getInstance(QuickFixes.class);
		List<Fix> fixes = session.read(resource -> quickFixes.fixes(resource, problem));
		return fixes.stream().<ICompletionProposal>map(FixProposal::new).toList();
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

	/** A fix as a proposal: its edits, applied to the editor's document as one undoable change. */
	private record FixProposal(Fix fix) implements ICompletionProposal {

		@Override
		public void apply(IDocument document) {
			EditorOperations.apply(document, fix.edits());
		}

		@Override
		public Point getSelection(IDocument document) {
			// The cursor after the first edit's new text, as for a completion.
			TextEdit first = fix.edits().isEmpty() ? null : fix.edits().get(0);
			return first == null ? null : new Point(first.offset() + first.text().length(), 0);
		}

		@Override
		public String getAdditionalProposalInfo() {
			return null;
		}

		@Override
		public String getDisplayString() {
			return fix.label();
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public IContextInformation getContextInformation() {
			return null;
		}
	}
}
