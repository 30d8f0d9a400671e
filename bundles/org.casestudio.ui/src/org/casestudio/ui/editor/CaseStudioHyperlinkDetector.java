package org.casestudio.ui.editor;

import org.casestudio.dsl.ide.editor.ModelSession;
import org.casestudio.dsl.ide.services.Declarations;
import org.casestudio.dsl.ide.services.Place;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/** Ctrl+click and F3 on an id: opens the file that declares it, at the declaration. */
final class CaseStudioHyperlinkDetector extends AbstractHyperlinkDetector {

	private final CaseStudioEditor editor;

	CaseStudioHyperlinkDetector(CaseStudioEditor editor) {
		this.editor = editor;
	}

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultiple) {
		ModelSession session = editor.session();
		if (session == null) {
			return null;
		}
		Declarations.Link link = session.read(resource -> Declarations.linkAt(resource, region.getOffset()));
		return link == null ? null
				: new IHyperlink[] { new DeclarationLink(new Region(link.offset(), link.length()), link.target(),
						link.description()) };
	}

	/** A link to a declaration; opening it also serves F3 (Open Declaration). */
	record DeclarationLink(IRegion region, Place place, String label) implements IHyperlink {

		@Override
		public IRegion getHyperlinkRegion() {
			return region;
		}

		@Override
		public String getTypeLabel() {
			return null;
		}

		@Override
		public String getHyperlinkText() {
			return place.uri().lastSegment();
		}

		@Override
		public void open() {
			IFile file = WorkspaceFiles.of(place.uri());
			if (file == null) {
				return;
			}
			try {
				CaseStudioEditor.openAt(file, place.offset(), place.length());
			} catch (PartInitException e) {
				org.casestudio.ui.CaseStudioUi.log("Could not open " + file.getFullPath(), e);
			}
		}
	}
}
