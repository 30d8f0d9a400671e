package org.casestudio.ui.forms;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.AbstractVisitor;
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
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;

/**
 * A Markdown text as a reader of the pack sees it, beside the field where it is written, following
 * the typing. The text is parsed by commonmark as the exports parse it (the same parser, with the
 * same defaults) and its nodes are drawn in a read-only StyledText: headings larger and bold,
 * emphasis, strong emphasis, code, links, lists and quotes. Not an SWT Browser showing the site's
 * HTML: the browser needs WebKitGTK, which neither this build's machine nor every trainer's Linux
 * has, and a form must look the same wherever it opens. Raw HTML shows as text, as the site escapes it.
 */
public final class MarkdownPreview {

	/** commonmark's parser with its defaults, as {@code org.casestudio.export.Markdown} builds it. */
	private static final Parser PARSER = Parser.builder().build();

	private final ModelForm form;
	private final org.eclipse.swt.widgets.Label label;
	private final StyledText preview;
	private final Font[] headings = new Font[2];
	private final Font code;

	MarkdownPreview(ModelForm form, Composite parent, org.eclipse.swt.widgets.Text source) {
		this.form = form;
		label = form.label(parent, FieldMessages.Preview_Label, true);
		preview = new StyledText(parent, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
		form.toolkit().adapt(preview);
		// A shade apart from the editable fields: this is the text as it reads, not a place to type.
		preview.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
		preview.setMargins(6, 4, 6, 4);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
		data.widthHint = 120;
		data.heightHint = 96;
		preview.setLayoutData(data);
		FontData[] base = preview.getFont().getFontData();
		headings[0] = font(base, 1.35f);
		headings[1] = font(base, 1.15f);
		code = JFaceResources.getTextFont();
		preview.addDisposeListener(e -> {
			for (Font font : headings) {
				font.dispose();
			}
		});
		source.addListener(SWT.Modify, e -> show(source.getText()));
		show(source.getText());
	}

	private Font font(FontData[] base, float scale) {
		FontData[] scaled = new FontData[base.length];
		for (int i = 0; i < base.length; i++) {
			scaled[i] = new FontData(base[i].getName(), Math.round(base[i].getHeight() * scale), SWT.BOLD);
		}
		return new Font(preview.getDisplay(), scaled);
	}

	/** Shows the Markdown text as it reads. */
	void show(String markdown) {
		Rendered rendered = render(markdown == null ? "" : markdown);
		if (!rendered.text().equals(preview.getText()) || !rendered.styles().equals(List.of(preview.getStyleRanges()))) {
			preview.setText(rendered.text());
			preview.setStyleRanges(rendered.styles().toArray(StyleRange[]::new));
		}
		// Nothing written, nothing to preview: no empty box on the form.
		boolean shown = !rendered.text().isEmpty();
		if (shown != preview.getVisible()) {
			for (org.eclipse.swt.widgets.Control control : List.of(label, preview)) {
				control.setVisible(shown);
				((GridData) control.getLayoutData()).exclude = !shown;
			}
			if (!form.creating()) {
				preview.getParent().layout(true, true);
				if (form.managedForm() != null) {
					form.managedForm().reflow(true);
				}
			}
		}
	}

	/** The text the preview shows, for tests. */
	public String text() {
		return preview.getText();
	}

	/** The styled runs of the preview, for tests: where bold, italic, code or headings are. */
	public StyleRange[] styles() {
		return preview.getStyleRanges();
	}

	public StyledText control() {
		return preview;
	}

	private record Rendered(String text, List<StyleRange> styles) {
	}

	private Rendered render(String markdown) {
		Writer writer = new Writer();
		PARSER.parse(markdown).accept(writer);
		String text = writer.out.toString().stripTrailing();
		return new Rendered(text, flattened(writer.styles, text.length()));
	}

	/**
	 * The styles as StyledText takes them: sorted and not overlapping. Nested runs (emphasis in a
	 * link, in a heading) are written inner first, and each character takes them all.
	 */
	private static List<StyleRange> flattened(List<StyleRange> nested, int length) {
		StyleRange[] at = new StyleRange[length];
		for (StyleRange style : nested) {
			for (int i = style.start; i < Math.min(length, style.start + style.length); i++) {
				StyleRange merged = at[i] == null ? new StyleRange() : (StyleRange) at[i].clone();
				merged.fontStyle |= style.fontStyle;
				merged.font = merged.font != null ? merged.font : style.font;
				merged.underline |= style.underline;
				merged.foreground = merged.foreground != null ? merged.foreground : style.foreground;
				at[i] = merged;
			}
		}
		List<StyleRange> styles = new ArrayList<>();
		int i = 0;
		while (i < length) {
			int j = i + 1;
			while (j < length && java.util.Objects.equals(at[j] == null ? null : attributes(at[j]),
					at[i] == null ? null : attributes(at[i]))) {
				j++;
			}
			if (at[i] != null) {
				StyleRange run = (StyleRange) at[i].clone();
				run.start = i;
				run.length = j - i;
				styles.add(run);
			}
			i = j;
		}
		return styles;
	}

	private static List<Object> attributes(StyleRange style) {
		return java.util.Arrays.asList(style.fontStyle, style.font, style.underline, style.foreground);
	}

	/** Writes the parsed nodes as lines of text and the styles of their runs. */
	private final class Writer extends AbstractVisitor {

		final StringBuilder out = new StringBuilder();
		final List<StyleRange> styles = new ArrayList<>();
		private String prefix = "";

		/** A block starts on a line of its own, after a blank line at the top level. */
		private void block() {
			if (out.length() > 0) {
				if (out.charAt(out.length() - 1) != '\n') {
					out.append('\n');
				}
				if (prefix.isEmpty() && (out.length() < 2 || out.charAt(out.length() - 2) != '\n')) {
					out.append('\n');
				}
			}
			out.append(prefix);
		}

		private void styled(Node node, int fontStyle, Font font, boolean underline) {
			int start = out.length();
			visitChildren(node);
			StyleRange style = new StyleRange();
			style.start = start;
			style.length = out.length() - start;
			style.fontStyle = fontStyle;
			style.font = font;
			style.underline = underline;
			if (underline) {
				style.foreground = preview.getDisplay().getSystemColor(SWT.COLOR_LINK_FOREGROUND);
			}
			styles.add(style);
		}

		@Override
		public void visit(Paragraph paragraph) {
			if (!(paragraph.getParent() instanceof ListItem item && item.getFirstChild() == paragraph)) {
				block();
			}
			visitChildren(paragraph);
		}

		@Override
		public void visit(Heading heading) {
			block();
			styled(heading, SWT.BOLD, heading.getLevel() <= 1 ? headings[0] : headings[1], false);
		}

		@Override
		public void visit(Text text) {
			out.append(text.getLiteral());
		}

		@Override
		public void visit(SoftLineBreak softLineBreak) {
			// As a browser shows it: the line goes on.
			out.append(' ');
		}

		@Override
		public void visit(HardLineBreak hardLineBreak) {
			out.append('\n').append(prefix);
		}

		@Override
		public void visit(Emphasis emphasis) {
			styled(emphasis, SWT.ITALIC, null, false);
		}

		@Override
		public void visit(StrongEmphasis strong) {
			styled(strong, SWT.BOLD, null, false);
		}

		@Override
		public void visit(Code inline) {
			int start = out.length();
			out.append(inline.getLiteral());
			StyleRange style = new StyleRange(start, inline.getLiteral().length(), null, null);
			style.font = code;
			styles.add(style);
		}

		@Override
		public void visit(Link link) {
			styled(link, SWT.NORMAL, null, true);
		}

		@Override
		public void visit(Image image) {
			StringBuilder alt = new StringBuilder();
			for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
				if (child instanceof Text text) {
					alt.append(text.getLiteral());
				}
			}
			out.append(NLS.bind(FieldMessages.Preview_Image, alt.length() > 0 ? alt : image.getDestination()));
		}

		@Override
		public void visit(BulletList list) {
			items(list, null);
		}

		@Override
		public void visit(OrderedList list) {
			items(list, list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber());
		}

		private void items(Node list, Integer number) {
			String outer = prefix;
			int n = number == null ? 0 : number;
			for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
				if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
					out.append('\n');
				}
				if (item == list.getFirstChild() && out.length() > 0 && outer.isEmpty()) {
					out.append('\n');
				}
				out.append(outer).append(number == null ? "\u2022 " : n++ + ". ");
				prefix = outer + "   ";
				visitChildren(item);
				prefix = outer;
			}
		}

		@Override
		public void visit(BlockQuote quote) {
			String outer = prefix;
			if (outer.isEmpty()) {
				block(); // a blank line before the quote, as before any other block
			}
			prefix = outer + "\u2502 ";
			visitChildren(quote);
			prefix = outer;
		}

		@Override
		public void visit(FencedCodeBlock block) {
			codeBlock(block.getLiteral());
		}

		@Override
		public void visit(IndentedCodeBlock block) {
			codeBlock(block.getLiteral());
		}

		private void codeBlock(String literal) {
			block();
			int start = out.length();
			out.append(literal.stripTrailing());
			StyleRange style = new StyleRange(start, out.length() - start, null, null);
			style.font = code;
			styles.add(style);
		}

		@Override
		public void visit(HtmlBlock html) {
			block();
			out.append(html.getLiteral().stripTrailing());
		}

		@Override
		public void visit(HtmlInline html) {
			out.append(html.getLiteral());
		}

		@Override
		public void visit(ThematicBreak thematicBreak) {
			block();
			out.append("\u2015".repeat(12));
		}
	}
}
