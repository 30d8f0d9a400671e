package org.casestudio.dsl.ide.editor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.casestudio.dsl.headless.ModelWorkspace;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * The model behind one editor: the edited file, parsed from the editor's text, in a resource set
 * with the other files of its folder tree so that ids resolve across files. All access goes through
 * this object's lock: the reconciler updates it off the UI thread, while content assist, hover,
 * hyperlinks and the outline read it.
 */
public final class ModelSession {

	private final Injector injector;
	private final ModelWorkspace tree;
	private final XtextResource resource;
	private String text = "";

	private ModelSession(Injector injector, ModelWorkspace tree, XtextResource resource) {
		this.injector = injector;
		this.tree = tree;
		this.resource = resource;
	}

	/** Loads the file's folder tree from disk; the file itself is then parsed from {@code text}. */
	public static ModelSession open(Injector injector, Path file, String text) {
		ModelWorkspace tree = ModelWorkspace.load(injector, List.of(file));
		URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
		Resource existing = tree.resourceSet().getResource(uri, false);
		XtextResource resource = existing instanceof XtextResource xtext ? xtext
				: (XtextResource) tree.resourceSet().createResource(uri);
		ModelSession session = new ModelSession(injector, tree, resource);
		session.update(text);
		return session;
	}

	public Injector injector() {
		return injector;
	}

	/**
	 * Brings the model in step with the editor's text. Only the changed region is reparsed (Xtext's
	 * partial parser), or only the changed token's value set when that is all that changed, so a
	 * keystroke in a long file costs little more than in a short one.
	 */
	public synchronized void update(String newText) {
		// The text the model was parsed from: the file's on disk at first, the editor's later.
		String oldText = resource.getParseResult() == null ? null : resource.getParseResult().getRootNode().getText();
		text = newText;
		// A byte order mark is no part of the language: parsed without it, as a file is loaded
		// (ModelEdits puts it back by the offsets).
		String parsed = newText.startsWith("\uFEFF") ? newText.substring(1) : newText;
		if (parsed.equals(oldText)) {
			return;
		}
		try {
			if (oldText != null) {
				int prefix = commonPrefix(oldText, parsed);
				int suffix = commonSuffix(oldText, parsed, prefix);
				// A new value within one token (a field typed in a form) is set without the parser,
				// which would reparse the whole route for a clause of the route (see TokenUpdate).
				if (TokenUpdate.apply(injector, resource, oldText, parsed, prefix, oldText.length() - suffix,
						parsed.length() - suffix)) {
					// The index holds the file's names, which a token update never changes (see TokenUpdate).
					return;
				}
				reparseChangedRegion(resource, oldText, parsed);
			} else if (resource.isLoaded()) {
				resource.reparse(parsed);
			} else {
				resource.load(new ByteArrayInputStream(parsed.getBytes(StandardCharsets.UTF_8)),
						Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
			}
		} catch (IOException e) {
			// Parsing from a string does no I/O; the exception type is only the API's.
			throw new IllegalStateException(e);
		}
		tree.reindex(resource);
	}

	/**
	 * Brings a resource parsed from {@code oldText} to {@code newText} by Xtext's partial parser, on
	 * the region between their common start and end: what the editor and the language server do
	 * after each change.
	 */
	public static void reparseChangedRegion(XtextResource resource, String oldText, String newText) {
		int prefix = commonPrefix(oldText, newText);
		int suffix = commonSuffix(oldText, newText, prefix);
		resource.update(prefix, oldText.length() - prefix - suffix, newText.substring(prefix, newText.length() - suffix));
	}

	private static int commonPrefix(String a, String b) {
		int max = Math.min(a.length(), b.length());
		int i = 0;
		while (i < max && a.charAt(i) == b.charAt(i)) {
			i++;
		}
		return i;
	}

	private static int commonSuffix(String a, String b, int prefix) {
		int max = Math.min(a.length(), b.length()) - prefix;
		int i = 0;
		while (i < max && a.charAt(a.length() - 1 - i) == b.charAt(b.length() - 1 - i)) {
			i++;
		}
		return i;
	}

	/** Links and validates the edited file as the command line would. */
	public synchronized List<Issue> validate(CancelIndicator cancel) {
		return resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL, cancel);
	}

	/** Runs a read of the model under the session's lock. */
	public synchronized <T> T read(Function<XtextResource, T> reader) {
		return reader.apply(resource);
	}

	public synchronized String text() {
		return text;
	}
}
