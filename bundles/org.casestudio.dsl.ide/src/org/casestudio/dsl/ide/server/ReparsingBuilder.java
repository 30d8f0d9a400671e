package org.casestudio.dsl.ide.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.casestudio.dsl.ide.editor.ModelSession;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.LazyStringInputStream;

/**
 * The language server's build of one change: an open file that is already parsed is brought in
 * step with the editor's text by Xtext's partial parser (the changed region only, as the desktop
 * editor's {@code ModelSession} does), instead of being unloaded and parsed again whole. A keystroke
 * in a 5,000-line route then costs the reparse of one session, not of the file (BENCHMARKS.md,
 * "The language server"). The objects of the reparsed region that the partial parser replaces
 * become proxies (its {@code IReferableElementsUnloader}), so other files' references to them
 * resolve again, as after a reload. Files changed on disk, deleted files and files affected by a
 * change are unloaded and reloaded as Xtext's builder does.
 */
public class ReparsingBuilder extends IncrementalBuilder.InternalStatefulIncrementalBuilder {

	@Override
	protected void unloadResource(URI uri) {
		if (getRequest().getDirtyFiles().contains(uri) && !getRequest().getDeletedFiles().contains(uri)
				&& reparse(uri)) {
			return;
		}
		super.unloadResource(uri);
	}

	/** Updates the loaded resource of an open file from the editor's text; false if it cannot. */
	private boolean reparse(URI uri) {
		XtextResourceSet resourceSet = getRequest().getResourceSet();
		if (!(resourceSet.getResource(uri, false) instanceof XtextResource resource) || !resource.isLoaded()
				|| resource.getParseResult() == null) {
			return false;
		}
		String newText = openText(resourceSet, uri);
		if (newText == null) {
			return false;
		}
		String oldText = resource.getParseResult().getRootNode().getText();
		if (!newText.equals(oldText)) {
			try {
				ModelSession.reparseChangedRegion(resource, oldText, newText);
			} catch (RuntimeException e) {
				// The partial parser gave up on this change: the full reload is always right.
				return false;
			}
		}
		return true;
	}

	/**
	 * The editor's text of an open file: the server gives the resource set the open documents'
	 * contents as strings, so only those come back as one; a file read from disk gives null.
	 */
	private static String openText(XtextResourceSet resourceSet, URI uri) {
		try (InputStream in = resourceSet.getURIConverter().createInputStream(uri, Map.of())) {
			return in instanceof LazyStringInputStream text ? text.getString() : null;
		} catch (IOException e) {
			return null;
		}
	}
}
