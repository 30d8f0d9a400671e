package org.casestudio.ui.editor;

import java.util.List;

import org.casestudio.dsl.ide.editor.ModelSession;
import org.casestudio.dsl.ide.services.Formatting;
import org.casestudio.dsl.ide.services.TextEdit;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentRewriteSession;
import org.eclipse.jface.text.DocumentRewriteSessionType;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;

/** Edits the editor offers as commands: format, toggle comment, open declaration. */
public final class EditorOperations {

	private EditorOperations() {
	}

	/**
	 * Formats the whole file with the language's formatter. Returns false, changing nothing, when the
	 * file has syntax errors: laying out text the parser did not understand could move it wrongly.
	 */
	public static boolean format(CaseStudioEditor editor) {
		IDocument document = editor.document();
		ModelSession session = editor.session();
		session.update(document.get());
		Formatting formatting = session.injector().getInstance(Formatting.class);
		List<TextEdit> edits = session.read(resource -> formatting.edits(resource, lineSeparator(document)));
		if (edits == null) {
			return false;
		}
		apply(document, edits);
		return true;
	}

	private static String lineSeparator(IDocument document) {
		try {
			String separator = document.getLineDelimiter(0);
			return separator != null ? separator : "\n";
		} catch (BadLocationException e) {
			return "\n";
		}
	}

	/** Comments the selected lines out with //, or back in when all of them are comments already. */
	public static void toggleComment(IDocument document, int offset, int length) throws BadLocationException {
		int first = document.getLineOfOffset(offset);
		int last = document.getLineOfOffset(offset + length);
		if (last > first && document.getLineOffset(last) == offset + length) {
			last--; // A selection ending at a line start does not include that line.
		}
		boolean allCommented = true;
		for (int line = first; line <= last; line++) {
			String text = lineText(document, line);
			if (!text.isBlank() && !text.stripLeading().startsWith("//")) {
				allCommented = false;
			}
		}
		int from = first;
		int to = last;
		boolean uncomment = allCommented;
		apply(document, () -> {
			for (int line = to; line >= from; line--) {
				IRegion region = document.getLineInformation(line);
				String text = document.get(region.getOffset(), region.getLength());
				if (uncomment) {
					int at = text.indexOf("//");
					if (at >= 0) {
						document.replace(region.getOffset() + at, 2, "");
					}
				} else if (!text.isBlank() || from == to) {
					document.replace(region.getOffset(), 0, "//");
				}
			}
		});
	}

	private static String lineText(IDocument document, int line) throws BadLocationException {
		IRegion region = document.getLineInformation(line);
		return document.get(region.getOffset(), region.getLength());
	}

	/** Opens the declaration of the id at the offset; false where there is none. */
	public static boolean openDeclaration(CaseStudioEditor editor, int offset) {
		var links = new CaseStudioHyperlinkDetector(editor).detectHyperlinks(editor.viewer(), new Region(offset, 0), false);
		if (links == null || links.length == 0) {
			return false;
		}
		links[0].open();
		return true;
	}

	/** Applies a language service's edits of this document as one undoable change. */
	public static void apply(IDocument document, List<TextEdit> edits) {
		apply(document, () -> {
			for (TextEdit edit : TextEdit.lastFirst(edits)) {
				document.replace(edit.offset(), edit.length(), edit.text());
			}
		});
	}

	interface DocumentChange {
		void run() throws BadLocationException;
	}

	/** Applies several replacements as one undoable change. */
	static void apply(IDocument document, DocumentChange change) {
		IDocumentUndoManager undo = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
		if (undo != null) {
			undo.beginCompoundChange();
		}
		DocumentRewriteSession rewrite = document instanceof IDocumentExtension4 extension
				? extension.startRewriteSession(DocumentRewriteSessionType.UNRESTRICTED_SMALL) : null;
		try {
			change.run();
		} catch (BadLocationException e) {
			throw new IllegalStateException("An edit fell outside the document", e);
		} finally {
			if (rewrite != null) {
				((IDocumentExtension4) document).stopRewriteSession(rewrite);
			}
			if (undo != null) {
				undo.endCompoundChange();
			}
		}
	}
}
