package org.casestudio.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.casestudio.ui.CaseStudioUi;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.swt.graphics.Image;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Injector;

/**
 * Content assist from the language's editor-neutral services: the grammar says what may come at the
 * cursor (keywords), the scopes say which ids may be referred to there (actors, cases, practices,
 * across the files of the folder tree).
 */
public final class CaseStudioContentAssistProcessor implements IContentAssistProcessor {

	/** The context factory parses in parallel chunks; one small pool serves every editor. */
	private static final ExecutorService POOL = Executors.newFixedThreadPool(2, r -> {
		Thread thread = new Thread(r, "Case Studio content assist");
		thread.setDaemon(true);
		return thread;
	});

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

	/** The proposals at an offset of the given text, best first, without duplicates. */
	public List<ContentAssistEntry> proposals(String text, int offset) {
		ModelSession session = editor.session();
		if (session == null) {
			return List.of();
		}
		Injector injector = session.injector();
		return session.read(resource -> {
			ContentAssistContextFactory factory = injector.getInstance(ContentAssistContextFactory.class);
			factory.setPool(POOL);
			ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
			IdeContentProposalAcceptor acceptor = injector.getInstance(IdeContentProposalAcceptor.class);
			injector.getInstance(IdeContentProposalProvider.class).createProposals(Arrays.asList(contexts), acceptor);
			Map<String, ContentAssistEntry> unique = new LinkedHashMap<>();
			for (ContentAssistEntry entry : acceptor.getEntries()) {
				unique.putIfAbsent(entry.getProposal(), entry);
			}
			return new ArrayList<>(unique.values());
		});
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
