package org.casestudio.dsl.ide.server;

import org.casestudio.dsl.ide.services.Declarations;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * The language server's hover: the description the desktop editor shows for the id under the
 * cursor ({@link Declarations#linkAt}), as Markdown, over the id's range.
 */
public class HoverService implements IHoverService {

	@Override
	public Hover hover(Document document, XtextResource resource, HoverParams params, CancelIndicator cancel) {
		int offset = document.getOffSet(params.getPosition());
		Declarations.Link link = Declarations.linkAt(resource, offset);
		if (link == null) {
			return EMPTY_HOVER;
		}
		return new Hover(new MarkupContent(MarkupKind.MARKDOWN, markdown(link.description())),
				LspEdits.range(document, link.offset(), link.length()));
	}

	/** The few tags {@link Declarations#describe} writes, as Markdown; the text is taken as written. */
	static String markdown(String html) {
		String text = html.replace("<b>", "**").replace("</b>", "**").replace("<i>", "_").replace("</i>", "_")
				.replace("<code>", "`").replace("</code>", "`").replace("<br>", "  \n").replace("<p>", "\n\n")
				.replace("</p>", "\n\n");
		return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip();
	}
}
