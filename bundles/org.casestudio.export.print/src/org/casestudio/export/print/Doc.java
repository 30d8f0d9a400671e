package org.casestudio.export.print;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casestudio.export.pack.Words;

/**
 * A printed document as a list of blocks: built once from the pack ({@link GuideBuilder},
 * {@link WorkbookBuilder}) and rendered twice, to PDF ({@link PdfRenderer}) and to DOCX
 * ({@link DocxRenderer}), so that the two say the same thing in the same order. Texts are plain
 * (already free of Markdown); a {@link Span} carries the emphasis. Builders never add a block
 * without text: a heading, a paragraph or a table row with nothing to say is left out.
 */
final class Doc {

	/** What a document holds, in reading order. */
	sealed interface Block permits Cover, Contents, Heading, Para, Items, Table, Picture, Lines, PageBreak, Landscape {
	}

	/** Emphasised or plain text within a paragraph. */
	record Span(String text, boolean bold, boolean italic) {

		static Span plain(String text) {
			return new Span(text, false, false);
		}

		static Span bold(String text) {
			return new Span(text, true, false);
		}
	}

	/** The title page: a kind ("Facilitator guide"), the route's title and lines under it. */
	record Cover(String kind, String title, String subtitle, List<String> lines) implements Block {
	}

	/**
	 * The table of contents of the document's headings of levels 1 and 2, under {@code title}: a
	 * field in the DOCX that Word fills in with page numbers; the PDF has bookmarks of the same headings.
	 */
	record Contents(String title) implements Block {
	}

	/** Level 1 to 3. */
	record Heading(int level, String text) implements Block {
	}

	/** {@code style} is one of {@link Para#BODY}, {@link Para#NOTE}, {@link Para#LEAD}. */
	record Para(List<Span> spans, String style) implements Block {
		static final String BODY = "body";
		/** A facilitator's note or an answer: set apart from what participants read. */
		static final String NOTE = "note";
		/** The line under a heading that says what the section is for. */
		static final String LEAD = "lead";
	}

	/** A bulleted or numbered list; each item is one paragraph of spans. */
	record Items(boolean numbered, List<List<Span>> items) implements Block {
	}

	/**
	 * A table with a header row. {@code widths} are relative column widths (same length as the
	 * header); a cell is a list of lines.
	 */
	record Table(List<String> header, List<List<List<String>>> rows, int[] widths) implements Block {
	}

	/**
	 * A partnership's diagram with its alternative text. It may still be being drawn on another
	 * thread: its size is known once it is laid out, its PNG once drawn, and each waits till then.
	 */
	record Picture(Drawing drawing, String alt) implements Block {

		byte[] png() {
			return drawing.png();
		}

		/** The same drawing as SVG. */
		String svg() {
			return drawing.svg();
		}

		int pixelWidth() {
			return drawing.pixelWidth();
		}

		int pixelHeight() {
			return drawing.pixelHeight();
		}

		/** Its width on the page. */
		double widthMillimetres() {
			return drawing.widthMillimetres();
		}
	}

	/** Ruled space to write in by hand: a label over {@code count} lines. */
	record Lines(String label, int count) implements Block {
	}

	record PageBreak() implements Block {
	}

	/** Blocks set on landscape pages (the comparison of the cases: columns side by side). */
	record Landscape(List<Block> blocks) implements Block {
	}

	final String title;
	/** The pack's language (BCP 47): the PDF's and the DOCX's language. */
	final String language;
	/** The fixed words in that language: the renderers' page footer. */
	final Words words;
	final List<Block> blocks = new ArrayList<>();
	/** Whether any text is in Lao script: the renderers then name (and the PDF embeds) Noto Sans Lao. */
	boolean lao;

	/**
	 * The page footer's word ("Page {0} of {1}") in parts: texts, and 0 for the page number, 1 for
	 * the number of pages, in the order the language says them.
	 */
	static List<Object> pageOf(Words words) {
		List<Object> parts = new ArrayList<>();
		String pattern = words.get("Page_of").replace("''", "'");
		Matcher m = Pattern.compile("\\{([01])\\}").matcher(pattern);
		int at = 0;
		while (m.find()) {
			if (m.start() > at) {
				parts.add(pattern.substring(at, m.start()));
			}
			parts.add(Integer.valueOf(m.group(1)));
			at = m.end();
		}
		if (at < pattern.length()) {
			parts.add(pattern.substring(at));
		}
		return parts;
	}

	Doc(String title, String language, Words words) {
		this.title = title;
		this.language = language;
		this.words = words;
	}
}
