package org.casestudio.export.print;

import java.util.ArrayList;
import java.util.List;

import org.casestudio.export.print.Doc.Block;
import org.casestudio.export.print.Doc.Items;
import org.casestudio.export.print.Doc.Para;
import org.casestudio.export.print.Doc.Span;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * The model's Markdown texts as blocks of a printed document. Paragraphs, emphasis and lists keep
 * their meaning; a heading inside a text becomes a bold paragraph (the document's own headings
 * carry its structure); raw HTML and code are shown as the author typed them; an image shows its
 * description (a printed sheet does not fetch pictures from a text). What cannot be read as
 * Markdown is shown as it is.
 */
final class Texts {

	private static final Parser PARSER = Parser.builder().build();

	private Texts() {
	}

	static boolean present(String text) {
		return text != null && !text.isBlank();
	}

	/** The blocks of a Markdown text, in the given paragraph style; none for an absent text. */
	static List<Block> blocks(String markdown, String style) {
		List<Block> blocks = new ArrayList<>();
		if (!present(markdown)) {
			return blocks;
		}
		for (Node node = PARSER.parse(markdown).getFirstChild(); node != null; node = node.getNext()) {
			block(node, style, blocks);
		}
		return blocks;
	}

	/** A Markdown text as one run of spans (paragraphs joined by a space): a table cell, a list item. */
	static List<Span> inline(String markdown) {
		List<Span> spans = new ArrayList<>();
		if (present(markdown)) {
			for (Node node = PARSER.parse(markdown).getFirstChild(); node != null; node = node.getNext()) {
				if (!spans.isEmpty()) {
					spans.add(Span.plain(" "));
				}
				flatten(node, false, false, spans);
			}
		}
		return trim(spans);
	}

	/** The plain words of a Markdown text: a table cell, a heading. */
	static String plain(String markdown) {
		StringBuilder text = new StringBuilder();
		for (Span span : inline(markdown)) {
			text.append(span.text());
		}
		return text.toString().strip();
	}

	private static void block(Node node, String style, List<Block> blocks) {
		if (node instanceof BulletList || node instanceof OrderedList) {
			List<List<Span>> items = new ArrayList<>();
			for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
				List<Span> spans = new ArrayList<>();
				for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
					if (!spans.isEmpty()) {
						spans.add(Span.plain(" "));
					}
					flatten(child, false, false, spans);
				}
				spans = trim(spans);
				if (!spans.isEmpty()) {
					items.add(spans);
				}
			}
			if (!items.isEmpty()) {
				blocks.add(new Items(node instanceof OrderedList, items));
			}
		} else if (node instanceof BlockQuote) {
			for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
				block(child, Para.NOTE, blocks);
			}
		} else if (node instanceof ThematicBreak) {
			// A rule between paragraphs: the paragraphs' own spacing already separates them.
		} else {
			List<Span> spans = new ArrayList<>();
			flatten(node, node instanceof Heading, false, spans);
			spans = trim(spans);
			if (!spans.isEmpty()) {
				blocks.add(new Para(spans, style));
			}
		}
	}

	private static void flatten(Node node, boolean bold, boolean italic, List<Span> spans) {
		if (node instanceof Text text) {
			spans.add(new Span(text.getLiteral(), bold, italic));
		} else if (node instanceof Code code) {
			spans.add(new Span(code.getLiteral(), bold, italic));
		} else if (node instanceof HtmlInline html) {
			spans.add(new Span(html.getLiteral(), bold, italic));
		} else if (node instanceof HtmlBlock html) {
			spans.add(new Span(html.getLiteral().strip(), bold, italic));
		} else if (node instanceof FencedCodeBlock code) {
			spans.add(new Span(code.getLiteral().strip(), bold, italic));
		} else if (node instanceof IndentedCodeBlock code) {
			spans.add(new Span(code.getLiteral().strip(), bold, italic));
		} else if (node instanceof SoftLineBreak) {
			spans.add(new Span(" ", bold, italic));
		} else if (node instanceof HardLineBreak) {
			spans.add(new Span("\n", bold, italic));
		} else if (node instanceof ListItem || node instanceof BulletList || node instanceof OrderedList
				|| node instanceof Paragraph || node instanceof BlockQuote) {
			for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
				if (child.getPrevious() != null && !(node instanceof Paragraph)) {
					spans.add(new Span(node instanceof Paragraph ? "" : "; ", bold, italic));
				}
				flatten(child, bold, italic, spans);
			}
		} else {
			boolean b = bold || node instanceof StrongEmphasis;
			boolean i = italic || node instanceof Emphasis || node instanceof Image;
			for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
				flatten(child, b, i, spans);
			}
		}
	}

	/** Neighbouring spans of one style merged, the run trimmed, empty spans dropped. */
	private static List<Span> trim(List<Span> spans) {
		List<Span> merged = new ArrayList<>();
		for (Span span : spans) {
			if (span.text() == null || span.text().isEmpty()) {
				continue;
			}
			int last = merged.size() - 1;
			if (last >= 0 && merged.get(last).bold() == span.bold() && merged.get(last).italic() == span.italic()) {
				merged.set(last, new Span(merged.get(last).text() + span.text(), span.bold(), span.italic()));
			} else {
				merged.add(span);
			}
		}
		if (!merged.isEmpty()) {
			Span first = merged.get(0);
			merged.set(0, new Span(first.text().stripLeading(), first.bold(), first.italic()));
			int last = merged.size() - 1;
			Span end = merged.get(last);
			merged.set(last, new Span(end.text().stripTrailing(), end.bold(), end.italic()));
			merged.removeIf(s -> s.text().isEmpty());
		}
		return merged;
	}
}
