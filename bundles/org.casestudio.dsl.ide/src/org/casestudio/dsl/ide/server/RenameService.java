package org.casestudio.dsl.ide.server;

import java.util.ArrayList;
import java.util.List;

import org.casestudio.dsl.ide.services.Declarations;
import org.casestudio.dsl.ide.services.Rename;
import org.casestudio.dsl.ide.services.TextEdit;
import org.casestudio.model.CaseStudioPackage;
import org.casestudio.model.Declaration;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.ChunkedResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;

import com.google.inject.Inject;

/**
 * The language server's rename: {@link Rename}'s edits over every file of the folder tree, read
 * with the open editors' unsaved texts (the server's project of that tree).
 */
public class RenameService implements IRenameService2 {

	@Inject
	private Rename rename;

	@Inject
	private ResourceDescriptionsProvider index;

	@Inject
	private UriExtensions uris;

	@Override
	public WorkspaceEdit rename(Options options) {
		ILanguageServerAccess access = options.getLanguageServerAccess();
		String uri = options.getRenameParams().getTextDocument().getUri();
		return access.doSyncRead(uri, context -> {
			int offset = context.getDocument().getOffSet(options.getRenameParams().getPosition());
			String problem = rename.checkNewName(options.getRenameParams().getNewName());
			if (problem != null) {
				// Said to the person who typed the name; an error response would also be logged as a failure.
				access.getLanguageClient().showMessage(new MessageParams(MessageType.Error, problem));
				return new WorkspaceEdit();
			}
			if (!(context.getResource() instanceof XtextResource resource)) {
				return new WorkspaceEdit();
			}
			// Rename finds references in the files of the resource set: load every file of the folder
			// tree (the server's project, whose set holds the open editors' texts), and only of it.
			ResourceSet files = resource.getResourceSet();
			IResourceDescriptions whole = index.getResourceDescriptions(files);
			ChunkedResourceDescriptions chunks = ChunkedResourceDescriptions.findInEmfObject(files);
			IResourceDescriptions tree = chunks == null || chunks.getContainer(resource.getURI()) == null ? whole
					: chunks.getContainer(resource.getURI());
			for (IResourceDescription description : tree.getAllResourceDescriptions()) {
				files.getResource(description.getURI(), true);
			}
			Rename.Edits edits = rename.edits(resource, offset, options.getRenameParams().getNewName());
			if (edits == null) {
				return new WorkspaceEdit();
			}
			List<TextEdit> all = new ArrayList<>();
			edits.byFile().values().forEach(all::addAll);
			return LspEdits.workspaceEdit(all, file -> text(files, file), uris);
		});
	}

	@Override
	public Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> prepareRename(PrepareRenameOptions options) {
		String uri = options.getParams().getTextDocument().getUri();
		return options.getLanguageServerAccess().doSyncRead(uri, context -> {
			Document document = context.getDocument();
			int offset = document.getOffSet(options.getParams().getPosition());
			if (!(context.getResource() instanceof XtextResource resource)) {
				return null;
			}
			Declaration target = Declarations.declarationAt(resource, offset);
			if (target == null) {
				return null;
			}
			// The range of the id under the cursor: the declared name, or the reference's first segment.
			Declarations.Link link = Declarations.linkAt(resource, offset);
			if (link != null) {
				String written = document.getContents().substring(link.offset(), link.offset() + link.length());
				int dot = written.indexOf('.');
				Range range = LspEdits.range(document, link.offset(), dot < 0 ? link.length() : dot);
				return Either3.forSecond(new PrepareRenameResult(range, target.getName()));
			}
			for (INode name : NodeModelUtils.findNodesForFeature(target, CaseStudioPackage.Literals.NAMED_ELEMENT__NAME)) {
				Range range = LspEdits.range(document, name.getOffset(), name.getLength());
				return Either3.forSecond(new PrepareRenameResult(range, target.getName()));
			}
			return null;
		});
	}

	private static String text(ResourceSet files, URI uri) {
		Resource resource = files.getResource(uri, false);
		return resource instanceof XtextResource xtext && xtext.getParseResult() != null
				? xtext.getParseResult().getRootNode().getText()
				: null;
	}
}
