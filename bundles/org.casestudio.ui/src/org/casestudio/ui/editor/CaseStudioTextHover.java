package org.casestudio.ui.editor;

import org.casestudio.dsl.ide.editor.ModelSession;
import org.casestudio.dsl.ide.services.Declarations;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;

/** Hovering an id that refers to something shows what it refers to. */
final class CaseStudioTextHover implements ITextHover {

	private final CaseStudioEditor editor;

	CaseStudioTextHover(CaseStudioEditor editor) {
		this.editor = editor;
	}

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		ModelSession session = editor.session();
		return session == null ? null : session.read(resource -> Declarations.hoverAt(resource, region.getOffset()));
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}
}
