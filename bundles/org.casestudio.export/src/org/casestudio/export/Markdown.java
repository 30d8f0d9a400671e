package org.casestudio.export;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * The Markdown of the model's texts as HTML for a pack. Raw HTML in a text is shown as text, not
 * interpreted, and links keep only safe schemes: what an author types can never become script in
 * a participant's browser. A text's headings start at h3, below the page's h1 and section h2s,
 * and never skip a level.
 */
public final class Markdown {

	private static final int FIRST_HEADING_LEVEL = 3;

	private static final Parser PARSER = Parser.builder().build();
	private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
			.escapeHtml(true)
			.sanitizeUrls(true)
			// Not commonmark's default list: a data: URL can carry a page of its own.
			.urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
			.nodeRendererFactory(ShiftedHeadings::new)
			.build();

	private Markdown() {
	}

	public static String toHtml(String markdown) {
		return markdown == null || markdown.isBlank() ? "" : RENDERER.render(PARSER.parse(markdown));
	}

	/**
	 * As {@link #toHtml(String)}, with the source of each image as {@code images} gives it for the
	 * source written (an exporter points it at the copy it puts in the pack). Since 0.2.
	 */
	public static String toHtml(String markdown, UnaryOperator<String> images) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		Node document = PARSER.parse(markdown);
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Image image) {
				image.setDestination(images.apply(image.getDestination()));
				visitChildren(image);
			}
		});
		return RENDERER.render(document);
	}

	/** Headings moved down so that a text never adds a second h1 or an h2 beside the page's sections. */
	private static final class ShiftedHeadings implements NodeRenderer {

		private final HtmlNodeRendererContext context;
		private final HtmlWriter html;
		private int smallest;
		private int previous = FIRST_HEADING_LEVEL - 1;

		ShiftedHeadings(HtmlNodeRendererContext context) {
			this.context = context;
			this.html = context.getWriter();
		}

		@Override
		public Set<Class<? extends Node>> getNodeTypes() {
			return Set.of(Heading.class);
		}

		@Override
		public void render(Node node) {
			if (smallest == 0) {
				smallest = smallestLevel(root(node));
			}
			// The text's top level becomes h3; no level is skipped on the way down.
			int level = Math.min(((Heading) node).getLevel() - smallest + FIRST_HEADING_LEVEL, previous + 1);
			previous = level;
			String tag = "h" + Math.min(6, level);
			html.line();
			html.tag(tag);
			for (Node child = node.getFirstChild(); child != null;) {
				Node next = child.getNext();
				context.render(child);
				child = next;
			}
			html.tag("/" + tag);
			html.line();
		}

		private static Node root(Node node) {
			Node root = node;
			while (root.getParent() != null) {
				root = root.getParent();
			}
			return root;
		}

		private static int smallestLevel(Node root) {
			int smallest = 6;
			for (Node child = root.getFirstChild(); child != null; child = child.getNext()) {
				if (child instanceof Heading heading) {
					smallest = Math.min(smallest, heading.getLevel());
				}
				smallest = Math.min(smallest, smallestLevel(child));
			}
			return smallest;
		}
	}
}
