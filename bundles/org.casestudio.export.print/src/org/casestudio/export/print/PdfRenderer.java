package org.casestudio.export.print;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Deflater;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.casestudio.export.Markdown;
import org.casestudio.export.print.Doc.Block;
import org.casestudio.export.print.Doc.Contents;
import org.casestudio.export.print.Doc.Cover;
import org.casestudio.export.print.Doc.Heading;
import org.casestudio.export.print.Doc.Items;
import org.casestudio.export.print.Doc.Landscape;
import org.casestudio.export.print.Doc.Lines;
import org.casestudio.export.print.Doc.PageBreak;
import org.casestudio.export.print.Doc.Para;
import org.casestudio.export.print.Doc.Picture;
import org.casestudio.export.print.Doc.Span;
import org.casestudio.export.print.Doc.Table;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;

/**
 * A document as PDF: written as XHTML with a print style sheet, laid out by openhtmltopdf on
 * PDFBox. Noto Sans (carried in org.casestudio.export/fonts under its licence) is embedded,
 * subset, in every PDF. The comparison of the cases stays on portrait pages in the PDF: a named
 * landscape page made openhtmltopdf take six times as long over the whole guide (12 s against 2 s
 * for the seed), so its tables hold three cases each instead. The PDF is tagged for PDF/UA-1 (headings, lists, tables with header
 * cells, alternative text for pictures, title and language) and made as PDF/A-2u.
 */
final class PdfRenderer {

	private static final String FONT = "Noto Sans";
	/** Lao letters are not in Noto Sans: openhtmltopdf takes them from the next family of the list. */
	private static final String LAO = "Noto Sans Lao";
	private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	private final StringBuilder html = new StringBuilder(64 * 1024);
	/** Every heading, in order: the PDF's bookmarks (its outline) are made of those of levels 1 and 2. */
	private final List<Bookmark> bookmarks = new ArrayList<>();

	private record Bookmark(int level, String text, String id) {
	}
	private boolean breakBefore;

	private PdfRenderer() {
	}

	static byte[] render(Doc doc) throws IOException {
		PdfRenderer renderer = new PdfRenderer();
		return pdf(renderer.xhtml(doc), doc.lao, renderer.pictures);
	}

	/** The XHTML the PDF is laid out from; its pictures are in {@link #pictures}. */
	private String xhtml(Doc doc) {
		// The body first: the head holds the outline of its headings.
		blocks(doc.blocks);
		StringBuilder h = new StringBuilder(html.length() + 16 * 1024);
		h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(doc.language)
				.append("\"><head><meta charset=\"UTF-8\"/><title>").append(Xml.escape(doc.title))
				.append("</title><meta name=\"subject\" content=\"").append(Xml.escape(doc.title)).append("\"/>")
				.append("<style>").append(STYLE).append(footer(doc)).append("</style>").append(outline())
				.append("</head><body>").append(html).append("</body></html>");
		return h.toString();
	}

	/**
	 * The URI scheme of the document's pictures: {@code picture:3} is the fourth of
	 * {@link #pictures}. openhtmltopdf reads their PNG bytes as they are, where a data URI would be
	 * encoded to base64 here and decoded there (a tenth of a 200-case guide's PDF time with it).
	 */
	private static final String PICTURE = "picture";
	private final List<Picture> pictures = new ArrayList<>();

	/** The zlib level PDFBox deflates its streams at (FlateFilter reads it at each stream). */
	static final String DEFLATE_LEVEL = "org.apache.pdfbox.filter.deflatelevel";

	static {
		// openhtmltopdf logs each layout step at INFO; a command line prints only its own report.
		XRLog.setLoggingEnabled(false);
		QuietLogs.install();
		// PDFBox deflates each page's content stream and the object streams at zlib's default level:
		// a fifth of a 200-case guide's PDF time. The fastest level makes that a third, for a PDF
		// larger by a few per cent (most of its bytes are the diagrams' PNG, deflated already).
		// Left as it is where the JVM was given a level.
		if (System.getProperty(DEFLATE_LEVEL) == null) {
			System.setProperty(DEFLATE_LEVEL, Integer.toString(Deflater.BEST_SPEED));
		}
		// openhtmltopdf reads each picture's size through ImageIO, which by default caches a stream
		// it reads in a temporary file: a file made, written and deleted for every diagram.
		ImageIO.setUseCache(false);
		// PDFBox looks for the fonts openhtmltopdf names without embedding them among the system's
		// fonts, and keeps a list of them in the user's home: the bundle's own font instead.
		FontMappers.set(new CarriedFontMapper());
	}

	/** The page: A4, with "Page 3 of 20" in the document's language at the foot of every page but the cover. */
	private static String footer(Doc doc) {
		StringBuilder content = new StringBuilder();
		for (Object part : Doc.pageOf(doc.words)) {
			content.append(part instanceof Integer n ? (n == 0 ? " counter(page) " : " counter(pages) ")
					: '"' + ((String) part).replace("\\", "\\\\").replace("\"", "\\\"") + '"');
		}
		// One @page rule holds the page and its footer, so that no two rules have to be merged.
		return Xml.escape("@page { size: A4; margin: 20mm 20mm 22mm 20mm; @bottom-center { content: " + content
				+ "; font-family: 'Noto Sans', 'Noto Sans Lao'; font-size: 8.5pt; color: #6b7d75; } }"
				+ " @page :first { @bottom-center { content: none; } }");
	}

	private static byte[] pdf(String xhtml, boolean lao, List<Picture> pictures) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useProtocolsStreamImplementation(uri -> new FSStream() {
			@Override
			public InputStream getStream() {
				// Read as the layout reaches the picture: drawn by then, or waited for.
				return new ByteArrayInputStream(pictures.get(Integer.parseInt(uri.substring(PICTURE.length() + 1))).png());
			}

			@Override
			public Reader getReader() {
				return null;
			}
		}, PICTURE);
		builder.useFastMode();
		builder.usePdfUaAccessbility(true);
		builder.usePdfAConformance(PdfAConformance.PDFA_2_U);
		builder.useColorProfile(SRGB);
		font(builder, "NotoSans-Regular.ttf", 400, FontStyle.NORMAL);
		font(builder, "NotoSans-Bold.ttf", 700, FontStyle.NORMAL);
		font(builder, "NotoSans-Italic.ttf", 400, FontStyle.ITALIC);
		font(builder, "NotoSans-BoldItalic.ttf", 700, FontStyle.ITALIC);
		if (lao) {
			// Registered only where there is Lao: the other documents need not load it.
			font(builder, "NotoSansLao-Regular.ttf", LAO, 400, FontStyle.NORMAL);
			font(builder, "NotoSansLao-Bold.ttf", LAO, 700, FontStyle.NORMAL);
		}
		builder.withHtmlContent(xhtml, null);
		builder.toStream(out);
		try {
			builder.run();
		} catch (RuntimeException e) {
			throw new IOException(e.getMessage(), e);
		}
		return out.toByteArray();
	}

	private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
		font(builder, file, FONT, weight, style);
	}

	private static void font(PdfRendererBuilder builder, String file, String family, int weight, FontStyle style) {
		builder.useFont(() -> new ByteArrayInputStream(fontBytes(file)), family, weight, style, true);
	}

	/** Each font file's bytes, read once a JVM (a pack renders two to four PDFs). */
	private static final Map<String, byte[]> FONTS = new ConcurrentHashMap<>();

	/**
	 * The bytes of a font the bundle carries, read through the export bundle's class loader (in OSGi
	 * and on a class path). The Latin fonts' glyph substitution table (GSUB) is hidden: PDFBox 3 applies
	 * it to every string it draws with a worker that compiles regular expressions each time, which
	 * took over a third of a guide's PDF time, for the few Latin ligatures Noto Sans has (fi, fl). The
	 * text keeps its letters, its measure (openhtmltopdf measures without the substitutions) and its
	 * extraction; the Lao font keeps its table.
	 */
	static byte[] fontBytes(String file) {
		return FONTS.computeIfAbsent(file, f -> {
			try (InputStream in = Markdown.class.getResourceAsStream("/fonts/" + f)) {
				if (in == null) {
					throw new IllegalStateException("fonts/" + f);
				}
				byte[] bytes = in.readAllBytes();
				return f.startsWith("NotoSans-") ? withoutTable(bytes, "GSUB") : bytes;
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

	/**
	 * The TrueType font with the table {@code tag} renamed in its table directory, so that no reader
	 * looks for it: the table's bytes stay where they are (and out of the PDF, whose subset copies
	 * only the tables it knows). The font unchanged when it has no such table.
	 */
	static byte[] withoutTable(byte[] font, String tag) {
		ByteBuffer buffer = ByteBuffer.wrap(font);
		int tables = Short.toUnsignedInt(buffer.getShort(4));
		byte[] wanted = tag.getBytes(StandardCharsets.US_ASCII);
		for (int t = 0; t < tables; t++) {
			int record = 12 + 16 * t;
			if (record + 4 <= font.length && Arrays.equals(font, record, record + 4, wanted, 0, 4)) {
				byte[] copy = font.clone();
				// A lower-case tag is reserved for private tables: "gsuB" means nothing to any reader.
				copy[record] = (byte) Character.toLowerCase(tag.charAt(0));
				copy[record + 3] = (byte) Character.toUpperCase(tag.charAt(3));
				return copy;
			}
		}
		return font;
	}

	private void blocks(List<Block> blocks) {
		for (Block block : blocks) {
			switch (block) {
			case Cover cover -> cover(cover);
			case Heading heading -> {
				int level = Math.min(4, heading.level());
				String id = "h" + (bookmarks.size() + 1);
				open("h" + level, null, id);
				html.append(Xml.escape(heading.text())).append("</h").append(level).append('>');
				bookmarks.add(new Bookmark(level, heading.text(), id));
			}
			case Para para -> {
				open("p", para.style());
				spans(para.spans());
				html.append("</p>");
			}
			case Items items -> items(items);
			case Table table -> table(table);
			case Picture picture -> picture(picture);
			case Lines lines -> lines(lines);
			case Contents contents -> {
				// On paper the guide is read through; on screen the PDF's bookmarks of the headings lead.
			}
			case PageBreak pageBreak -> breakBefore = true;
			case Landscape landscape -> {
				html.append("<div class=\"landscape\">");
				breakBefore = false;
				blocks(landscape.blocks());
				html.append("</div>");
				breakBefore = true;
			}
			}
		}
	}

	/** An element, with the page break a {@link PageBreak} asked for. */
	private void open(String element, String cssClass) {
		open(element, cssClass, null);
	}

	private void open(String element, String cssClass, String id) {
		html.append('<').append(element);
		if (id != null) {
			html.append(" id=\"").append(id).append('"');
		}
		String classes = (cssClass == null ? "" : cssClass) + (breakBefore ? " break" : "");
		if (!classes.isBlank()) {
			html.append(" class=\"").append(classes.strip()).append('"');
		}
		html.append('>');
		breakBefore = false;
	}

	/** openhtmltopdf's bookmarks: each heading of level 1, with those of level 2 under it. */
	private String outline() {
		StringBuilder outline = new StringBuilder("<bookmarks>");
		boolean open = false;
		for (Bookmark b : bookmarks) {
			if (b.level() > 2) {
				continue;
			}
			if (b.level() == 1 && open) {
				outline.append("</bookmark>");
				open = false;
			}
			outline.append("<bookmark name=\"").append(Xml.escape(b.text())).append("\" href=\"#").append(b.id()).append('"');
			if (b.level() == 1) {
				outline.append('>');
				open = true;
			} else {
				outline.append("/>");
			}
		}
		return outline.append(open ? "</bookmark>" : "").append("</bookmarks>").toString();
	}

	private void spans(List<Span> spans) {
		for (Span span : spans) {
			String text = Xml.escape(span.text()).replace("\n", "<br/>");
			if (span.bold()) {
				text = "<strong>" + text + "</strong>";
			}
			if (span.italic()) {
				text = "<em>" + text + "</em>";
			}
			html.append(text);
		}
	}

	private void cover(Cover cover) {
		open("div", "cover");
		html.append("<p class=\"kind\">").append(Xml.escape(cover.kind())).append("</p>");
		html.append("<h1 class=\"title\">").append(Xml.escape(cover.title())).append("</h1>");
		if (Texts.present(cover.subtitle())) {
			html.append("<p class=\"subtitle\">").append(Xml.escape(cover.subtitle())).append("</p>");
		}
		for (String line : cover.lines()) {
			html.append("<p class=\"line\">").append(Xml.escape(line)).append("</p>");
		}
		html.append("</div>");
	}

	private void items(Items items) {
		String element = items.numbered() ? "ol" : "ul";
		open(element, null);
		for (List<Span> item : items.items()) {
			html.append("<li>");
			spans(item);
			html.append("</li>");
		}
		html.append("</").append(element).append('>');
	}

	private void table(Table table) {
		open("table", null);
		int total = 0;
		for (int w : table.widths()) {
			total += w;
		}
		html.append("<colgroup>");
		for (int w : table.widths()) {
			html.append("<col style=\"width:").append(w * 100.0 / Math.max(1, total)).append("%\"/>");
		}
		html.append("</colgroup><thead><tr>");
		for (String header : table.header()) {
			html.append("<th scope=\"col\">").append(Xml.escape(header)).append("</th>");
		}
		html.append("</tr></thead><tbody>");
		for (List<List<String>> row : table.rows()) {
			html.append("<tr>");
			for (int c = 0; c < table.header().size(); c++) {
				List<String> lines = c < row.size() ? row.get(c) : List.of();
				html.append("<td>");
				for (int i = 0; i < lines.size(); i++) {
					html.append(i > 0 ? "<br/>" : "").append(Xml.escape(lines.get(i)).replace("\n", "<br/>"));
				}
				html.append("</td>");
			}
			html.append("</tr>");
		}
		html.append("</tbody></table>");
	}

	private void picture(Picture picture) {
		open("div", "figure");
		html.append("<img alt=\"").append(Xml.escape(picture.alt())).append("\" style=\"width:")
				.append(Math.min(170, picture.widthMillimetres())).append("mm\" src=\"").append(PICTURE).append(':')
				.append(pictures.size()).append("\"/></div>");
		pictures.add(picture);
	}

	private void lines(Lines lines) {
		open("div", "write");
		html.append("<p class=\"label\">").append(Xml.escape(lines.label())).append("</p>");
		for (int i = 0; i < lines.count(); i++) {
			html.append("<div class=\"rule\"></div>");
		}
		html.append("</div>");
	}

	private static final String STYLE = """
			body { font-family: 'Noto Sans', 'Noto Sans Lao'; font-size: 10.5pt; line-height: 1.4; color: #1e2a25; }
			h1, h2, h3, h4 { color: #1f4e3d; page-break-after: avoid; line-height: 1.2; }
			h1 { font-size: 20pt; page-break-before: always; border-bottom: 1.5pt solid #b5651d; padding-bottom: 2mm; margin: 0 0 5mm 0; }
			h2 { font-size: 14pt; margin: 7mm 0 2.5mm 0; }
			h3 { font-size: 11.5pt; color: #b5651d; margin: 5mm 0 1.5mm 0; }
			h4 { font-size: 10.5pt; font-style: italic; margin: 3mm 0 1mm 0; }
			p { margin: 0 0 2.2mm 0; }
			.break { page-break-before: always; }
			p.lead { font-style: italic; color: #4a6b5d; page-break-after: avoid; }
			p.note { background-color: #fbf3ea; border-left: 2.5pt solid #b5651d; padding: 1.5mm 3mm; margin-left: 4mm; }
			ul, ol { margin: 0 0 3mm 0; padding-left: 7mm; }
			li { margin-bottom: 1mm; }
			table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 1mm 0 4mm 0; font-size: 8.8pt; line-height: 1.3; -fs-table-paginate: paginate; }
			th { background-color: #1f4e3d; color: #ffffff; font-weight: bold; text-align: left; }
			th, td { border: 0.6pt solid #bfc9c4; padding: 1.3mm 1.8mm; vertical-align: top; word-wrap: break-word; }
			tbody tr:nth-child(even) td { background-color: #f2f6f4; }
			tr { page-break-inside: avoid; }
			.figure { margin: 2mm 0 4mm 0; text-align: center; }
			.write { page-break-inside: avoid; margin: 2mm 0 4mm 0; }
			.write .label { font-weight: bold; margin-bottom: 0; }
			.rule { height: 7mm; border-bottom: 0.6pt solid #a0a0a0; }
			.cover { padding-top: 55mm; }
			.cover .kind { text-transform: uppercase; letter-spacing: 2pt; color: #b5651d; font-size: 12pt; margin-bottom: 4mm; }
			.cover .title { font-size: 30pt; border: none; page-break-before: avoid; margin-bottom: 6mm; }
			.cover .subtitle { font-size: 15pt; color: #4a6b5d; margin-bottom: 20mm; }
			.cover .line { font-size: 11pt; margin-bottom: 1.5mm; }
			.landscape { page-break-before: always; }
			.landscape h1 { page-break-before: avoid; }
			.landscape table { font-size: 8pt; }
			body, p, li, td, th, h1, h2, h3, h4 { word-wrap: break-word; }
			""";
}
