package org.casestudio.ui.editor;

import org.casestudio.dsl.ide.editor.ModelSession;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
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
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

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
		return session.read(resource -> {
			EObject target = Declarations.referencedAt(resource, region.getOffset());
			Declarations.Place place = target == null ? null : Declarations.placeOf(target);
			if (place == null || resource.getParseResult() == null) {
				return null;
			}
			ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(),
					region.getOffset());
			IRegion link = leaf == null ? region : new Region(leaf.getOffset(), leaf.getLength());
			return new IHyperlink[] { new DeclarationLink(link, place, Declarations.describe(target)) };
		});
	}

	/** A link to a declaration; opening it also serves F3 (Open Declaration). */
	record DeclarationLink(IRegion region, Declarations.Place place, String label) implements IHyperlink {

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
			return place.file().lastSegment();
		}

		@Override
		public void open() {
			IFile file = Declarations.workspaceFile(place.file());
			if (file == null) {
				return;
			}
			try {
				IEditorPart part = IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(),
						file, true);
				if (part instanceof ITextEditor text) {
					text.selectAndReveal(place.region().getOffset(), place.region().getLength());
				}
			} catch (PartInitException e) {
				org.casestudio.ui.CaseStudioUi.log("Could not open " + file.getFullPath(), e);
			}
		}
	}
}
