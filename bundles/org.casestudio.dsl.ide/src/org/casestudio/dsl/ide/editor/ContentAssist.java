package org.casestudio.dsl.ide.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Injector;

/**
 * Content assist from the language's editor-neutral services, for any editor: the grammar says what
 * may come at the cursor (keywords), the scopes say which ids may be referred to there (actors,
 * cases, practices, across the files of the folder tree).
 */
public final class ContentAssist {

	/** The context factory parses in parallel chunks; one small pool serves every editor. */
	private static final ExecutorService POOL = Executors.newFixedThreadPool(2, r -> {
		Thread thread = new Thread(r, "Case Studio content assist");
		thread.setDaemon(true);
		return thread;
	});

	private ContentAssist() {
	}

	/** The proposals at an offset of the given text, in the provider's order, without duplicates. */
	public static List<ContentAssistEntry> proposals(ModelSession session, String text, int offset) {
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
}
