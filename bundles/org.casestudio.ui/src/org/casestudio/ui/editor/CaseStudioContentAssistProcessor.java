package org.casestudio.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.casestudio.dsl.ide.editor.ContentAssist;
import org.casestudio.dsl.ide.editor.ModelSession;
import org.casestudio.ui.CaseStudioUi;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.swt.graphics.Image;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;

/** Content assist (Ctrl+Space) in the editor, from the language's editor-neutral services. */
public final class CaseStudioContentAssistProcessor implements IContentAssistProcessor {

	private final CaseStudioEditor editor;
	private String errorMessage;

	public CaseStudioContentAssistProcessor(CaseStudioEditor editor) {
		this.editor = editor;
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		List<ContentAssistEntry> entries = proposals(viewer.getDocument().get(), offset);
		List<ICompletionProposal> result = new ArrayList<>(entries.size());
		for (ContentAssistEntry entry : entries) {
			String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
			String label = entry.getLabel() != null ? entry.getLabel() : entry.getProposal();
			String display = entry.getDescription() != null ? label + " \u2014 " + entry.getDescription() : label;
			result.add(new CompletionProposal(entry.getProposal(), offset - prefix.length(), prefix.length(),
					entry.getProposal().length(), image(entry), display, null, entry.getDocumentation()));
		}
		errorMessage = result.isEmpty() ? Messages.ContentAssist_Nothing : null;
		return result.toArray(ICompletionProposal[]::new);
	}

	/** The proposals at an offset of the given text. */
	public List<ContentAssistEntry> proposals(String text, int offset) {
		ModelSession session = editor.session();
		return session == null ? List.of() : ContentAssist.proposals(session, text, offset);
	}

	private static Image image(ContentAssistEntry entry) {
		if (CaseStudioUi.getDefault() == null) {
			return null;
		}
		String kind = entry.getKind();
		String path = ContentAssistEntry.KIND_KEYWORD.equals(kind) ? null : CaseStudioUi.IMAGE_ELEMENT;
		return path == null ? null : CaseStudioUi.getDefault().getImageRegistry().get(path);
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return new char[] { '.' };
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return errorMessage;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
