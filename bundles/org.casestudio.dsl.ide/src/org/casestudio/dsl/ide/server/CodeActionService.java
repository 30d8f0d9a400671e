package org.casestudio.dsl.ide.server;

import java.util.ArrayList;
import java.util.List;

import org.casestudio.dsl.ide.services.Fix;
import org.casestudio.dsl.ide.services.MarkedIssue;
import org.casestudio.dsl.ide.services.QuickFixes;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.inject.Inject;

/**
 * The language server's code actions: the quick fixes of {@link QuickFixes} for the diagnostics the
 * client sends back, each as a "quickfix" action with its edits.
 */
public class CodeActionService implements ICodeActionService2 {

	@Inject
	private QuickFixes quickFixes;

	@Inject
	private UriExtensions uris;

	@Override
	public List<Either<Command, CodeAction>> getCodeActions(Options options) {
		if (options.getCodeActionParams().getContext() == null) {
			return List.of();
		}
		// The server hands over the document's address only; its model is read under the server's lock.
		return options.getLanguageServerAccess().doSyncRead(options.getURI(), context -> {
			if (!(context.getResource() instanceof XtextResource resource)) {
				return List.<Either<Command, CodeAction>>of();
			}
			return actions(resource, context.getDocument(), options);
		});
	}

	private List<Either<Command, CodeAction>> actions(XtextResource resource, Document document, Options options) {
		List<Either<Command, CodeAction>> actions = new ArrayList<>();
		for (Diagnostic diagnostic : options.getCodeActionParams().getContext().getDiagnostics()) {
			if (options.getCancelIndicator().isCanceled()) {
				break;
			}
			String code = diagnostic.getCode() == null ? null
					: diagnostic.getCode().isLeft() ? diagnostic.getCode().getLeft() : null;
			int offset = document.getOffSet(diagnostic.getRange().getStart());
			int end = document.getOffSet(diagnostic.getRange().getEnd());
			MarkedIssue issue = new MarkedIssue(code, offset, end - offset, data(diagnostic.getData()));
			for (Fix fix : quickFixes.fixes(resource, issue)) {
				CodeAction action = new CodeAction(fix.label());
				action.setKind(CodeActionKind.QuickFix);
				action.setDiagnostics(List.of(diagnostic));
				action.setEdit(LspEdits.workspaceEdit(fix.edits(),
						uri -> uri.equals(resource.getURI()) ? document.getContents() : null, uris));
				actions.add(Either.forRight(action));
			}
		}
		return actions;
	}

	/**
	 * The issue data the server put into the diagnostic (a list of strings), as the client sent it
	 * back: parsed JSON, or the list itself in-process.
	 */
	static List<String> data(Object data) {
		List<String> strings = new ArrayList<>();
		if (data instanceof JsonArray array) {
			for (JsonElement element : array) {
				strings.add(element.isJsonNull() ? "" : element.getAsString());
			}
		} else if (data instanceof String[] array) {
			for (String item : array) {
				strings.add(item == null ? "" : item);
			}
		} else if (data instanceof List<?> list) {
			list.forEach(item -> strings.add(item == null ? "" : item.toString()));
		}
		return strings;
	}
}
