package org.casestudio.export.print;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlException;
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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPrDefault;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * A document as DOCX that an organisation edits in Word or LibreOffice: real paragraph styles
 * (Title, Heading 1–3, Lead, Facilitator Note, Writing Line, Table Text), tables in the "Pack
 * Table" style with a repeated header row, and numbered and bulleted lists through Word's
 * numbering. The styles come from this bundle's {@code templates/docx/styles.xml}, or from a
 * route's {@code templates/docx/reference.docx} when it has one.
 */
final class DocxRenderer {

	private static final BigInteger BULLETS = BigInteger.ONE;
	private static final BigInteger NUMBERS = BigInteger.TWO;
	/** A4 in twentieths of a point, and its text width less 2 cm margins each side. */
	private static final long A4_SHORT = 11906;
	private static final long A4_LONG = 16838;
	private static final double TEXT_WIDTH_MM = 170;
	/** English Metric Units a millimetre (DrawingML's sizes). */
	private static final double EMU_PER_MM = 36000;

	static {
		QuietLogs.install();
	}

	/**
	 * A DOCX whose main part, the body, is this renderer's own XML. Everything else (styles,
	 * numbering, the footer, the package) is POI's; the pictures' parts and relations are added
	 * here. Building the body through POI's objects element by element, each cell of each table and
	 * each picture from a template parsed through a DOM, then saving it through XMLBeans, was four
	 * fifths of the renderer's time for a 200-case guide; the same XML written as text takes a small
	 * part of it.
	 */
	private static final class TextBodyDocument extends XWPFDocument {

		/** The body's XML in pieces: the text between the pictures, and each picture's drawing. */
		private final List<CharSequence> body = new ArrayList<>();

		@Override
		protected void commit() throws IOException {
			try (OutputStream out = getPackagePart().getOutputStream()) {
				out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document"
						+ " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
						+ " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
						+ " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
						+ " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
						+ " xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><w:body>")
						.getBytes(StandardCharsets.UTF_8));
				for (CharSequence piece : body) {
					out.write(piece.toString().getBytes(StandardCharsets.UTF_8));
				}
				out.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
			}
		}
	}

	private final TextBodyDocument docx = new TextBodyDocument();
	/** The body's XML since the last picture, in document order. */
	private final StringBuilder x = new StringBuilder(256 * 1024);
	/** The pictures, in document order: their drawings are written into the body once drawn. */
	private final List<Picture> pictures = new ArrayList<>();
	/** For each picture, whether its paragraph starts a page (a {@link PageBreak} before it). */
	private final List<Boolean> breaks = new ArrayList<>();
	private final XWPFNumbering numbering;
	private BigInteger bulletList;
	private boolean breakBefore;
	private Doc doc;
	/** The relation of the page footer, which every section names. */
	private String footerId;
	private boolean firstSection = true;

	private DocxRenderer(Path reference, Doc doc) throws IOException {
		try {
			CTStyles styles;
			if (reference != null && Files.isRegularFile(reference)) {
				try (InputStream in = Files.newInputStream(reference); XWPFDocument template = new XWPFDocument(in)) {
					styles = (CTStyles) template.getStyle().copy();
				}
			} else {
				try (InputStream in = resource("styles.xml")) {
					styles = StylesDocument.Factory.parse(in).getStyles();
				}
			}
			language(styles, doc);
			docx.createStyles().setStyles(styles);
			numbering = docx.createNumbering();
			try (InputStream in = resource("numbering.xml")) {
				numbering.setNumbering(NumberingDocument.Factory.parse(in).getNumbering());
			}
		} catch (XmlException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	private static InputStream resource(String name) throws IOException {
		InputStream in = DocxRenderer.class.getResourceAsStream("/templates/docx/" + name);
		if (in == null) {
			throw new IOException("templates/docx/" + name);
		}
		return in;
	}

	/** The document as DOCX bytes; {@code reference} (may be null or absent) provides the styles. */
	static byte[] render(Doc doc, Path reference) throws IOException {
		DocxRenderer renderer = new DocxRenderer(reference, doc);
		renderer.docx.getProperties().getCoreProperties().setTitle(doc.title);
		renderer.footer(doc);
		renderer.doc = doc;
		renderer.blocks(doc.blocks);
		renderer.section(false);
		renderer.docx.body.add(renderer.x);
		int pictureBytes = renderer.pictures();
		// Sized for the pictures (stored as they are) and the body (XML deflates to about a sixth).
		int bodyLength = renderer.docx.body.stream().mapToInt(CharSequence::length).sum();
		ByteArrayOutputStream out = new ByteArrayOutputStream(pictureBytes + bodyLength / 4 + 64 * 1024);
		// POI writes into the zip stream it is given, as it is.
		try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
			// The XML and SVG parts deflated at the fastest level; the PNG parts are stored (PicturePart).
			zip.setLevel(Deflater.BEST_SPEED);
			renderer.docx.write(zip);
		}
		// Not close(): a new package's close saves it all once more, into a stream POI made for it.
		renderer.docx.getPackage().revert();
		return out.toByteArray();
	}

	private void blocks(List<Block> blocks) throws IOException {
		for (Block block : blocks) {
			switch (block) {
			case Cover cover -> cover(cover);
			case Heading heading -> paragraph("Heading" + Math.min(4, heading.level()), List.of(Span.plain(heading.text())));
			case Para para -> paragraph(style(para.style()), para.spans());
			case Items items -> items(items);
			case Table table -> table(table);
			case Picture picture -> picture(picture);
			case Lines lines -> lines(lines);
			case Contents contents -> contents(contents);
			case PageBreak pageBreak -> breakBefore = true;
			case Landscape landscape -> landscape(landscape);
			}
		}
	}

	private static String style(String paraStyle) {
		return switch (paraStyle) {
		case Para.NOTE -> "Note";
		case Para.LEAD -> "Lead";
		default -> "Normal";
		};
	}

	/** A paragraph of the style with the spans, and the page break a {@link PageBreak} asked for. */
	private void paragraph(String style, List<Span> spans) {
		open(style, null);
		runs(spans, null);
		x.append("</w:p>");
	}

	/**
	 * Opens a paragraph (its properties written): the style, the page break asked for, and the
	 * list's numbering when {@code numId} is given. The caller closes it.
	 */
	private void open(String style, BigInteger numId) {
		x.append("<w:p><w:pPr><w:pStyle w:val=\"").append(style).append("\"/>");
		if (breakBefore) {
			x.append("<w:pageBreakBefore/>");
			breakBefore = false;
		}
		if (numId != null) {
			x.append("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"").append(numId).append("\"/></w:numPr>");
		}
		x.append("</w:pPr>");
	}

	/** Runs of the spans, in the colour given (RGB in hex) or the style's when null; a newline is a line break. */
	private void runs(List<Span> spans, String color) {
		for (Span span : spans) {
			x.append("<w:r>");
			if (span.bold() || span.italic() || color != null) {
				x.append("<w:rPr>").append(span.bold() ? "<w:b/>" : "").append(span.italic() ? "<w:i/>" : "");
				if (color != null) {
					x.append("<w:color w:val=\"").append(color).append("\"/>");
				}
				x.append("</w:rPr>");
			}
			x.append("<w:t xml:space=\"preserve\">");
			int from = x.length();
			Xml.append(x, span.text());
			for (int at = x.indexOf("\n", from); at >= 0; at = x.indexOf("\n", at)) {
				String lineBreak = "</w:t><w:br/><w:t xml:space=\"preserve\">";
				x.replace(at, at + 1, lineBreak);
				at += lineBreak.length();
			}
			x.append("</w:t></w:r>");
		}
	}

	private void cover(Cover cover) {
		paragraph("CoverKind", List.of(Span.plain(cover.kind())));
		paragraph("Title", List.of(Span.plain(cover.title())));
		if (Texts.present(cover.subtitle())) {
			paragraph("Subtitle", List.of(Span.plain(cover.subtitle())));
		}
		for (String line : cover.lines()) {
			paragraph("Normal", List.of(Span.plain(line)));
		}
		breakBefore = true;
	}

	/**
	 * A TOC field over the headings of levels 1 and 2. Its result is written as the headings without
	 * page numbers (what LibreOffice shows); Word is asked to update the fields on opening, which
	 * adds the page numbers.
	 */
	private void contents(Contents contents) {
		List<Heading> entries = new ArrayList<>();
		headings(doc.blocks, entries);
		if (entries.isEmpty()) {
			return;
		}
		paragraph("TOCHeading", List.of(Span.plain(contents.title())));
		for (int i = 0; i < entries.size(); i++) {
			open("TOC" + entries.get(i).level(), null);
			if (i == 0) {
				x.append("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>")
						.append("<w:r><w:instrText xml:space=\"preserve\"> TOC \\o \"1-2\" \\h \\z \\u </w:instrText></w:r>")
						.append("<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>");
			}
			runs(List.of(Span.plain(entries.get(i).text())), null);
			if (i == entries.size() - 1) {
				x.append("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
			}
			x.append("</w:p>");
		}
		docx.enforceUpdateFields();
	}

	private static void headings(List<Block> blocks, List<Heading> into) {
		for (Block block : blocks) {
			if (block instanceof Heading heading && heading.level() <= 2) {
				into.add(heading);
			} else if (block instanceof Landscape landscape) {
				headings(landscape.blocks(), into);
			}
		}
	}

	private void items(Items items) {
		BigInteger numId;
		if (items.numbered()) {
			numId = numbering.addNum(NUMBERS);
			CTNum num = numbering.getNum(numId).getCTNum();
			CTNumLvl restart = num.addNewLvlOverride();
			restart.setIlvl(BigInteger.ZERO);
			restart.addNewStartOverride().setVal(BigInteger.ONE);
		} else {
			if (bulletList == null) {
				bulletList = numbering.addNum(BULLETS);
			}
			numId = bulletList;
		}
		for (List<Span> item : items.items()) {
			open("ListParagraph", numId);
			runs(item, null);
			x.append("</w:p>");
		}
	}

	/**
	 * A table in the "Pack Table" style (its borders, insets and header colours), the full text
	 * width, each column's share of it, and a header row repeated on each page and never split.
	 */
	private void table(Table table) {
		int columns = table.header().size();
		int total = 0;
		for (int w : table.widths()) {
			total += w;
		}
		// Widths in fiftieths of a per cent, as Word writes them.
		x.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"PackTable\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/></w:tblPr>");
		x.append("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
		for (int c = 0; c < columns; c++) {
			int share = Math.max(1, table.widths()[c] * 100 / Math.max(1, total)) * 50;
			x.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(share)
					.append("\" w:type=\"pct\"/><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"1F4E3D\"/></w:tcPr>");
			open("TableText", null);
			runs(List.of(Span.bold(table.header().get(c))), "FFFFFF");
			x.append("</w:p></w:tc>");
		}
		x.append("</w:tr>");
		boolean rowHeads = columns > 2 && table.header().get(0).isEmpty();
		for (List<List<String>> cells : table.rows()) {
			x.append("<w:tr>");
			for (int c = 0; c < columns; c++) {
				List<String> lines = c < cells.size() ? cells.get(c) : List.of();
				x.append("<w:tc>");
				// A cell holds at least one paragraph.
				for (int i = 0; i < Math.max(1, lines.size()); i++) {
					open("TableText", null);
					if (i < lines.size()) {
						runs(List.of(c == 0 && rowHeads ? Span.bold(lines.get(i)) : Span.plain(lines.get(i))), null);
					}
					x.append("</w:p>");
				}
				x.append("</w:tc>");
			}
			x.append("</w:tr>");
		}
		x.append("</w:tbl>");
		// A little space after the table: Word joins two tables that touch.
		open("TableText", null);
		x.append("</w:p>");
	}

	/**
	 * A picture's place in the body: the text so far is a piece of the body, the picture's drawing
	 * the next (written by {@link #pictures} once the picture is drawn).
	 */
	private void picture(Picture picture) {
		docx.body.add(x.toString());
		x.setLength(0);
		docx.body.add(null);
		pictures.add(picture);
		breaks.add(breakBefore);
		breakBefore = false;
	}

	/**
	 * Each picture as an inline drawing in its place in the body, its PNG and its SVG parts of the
	 * package (word/media/diagram1.png, diagram1.svg, ...) with their relations: the XML POI writes for
	 * {@code XWPFRun.addPicture}, without its DOM template parsed for each picture, nor a free part
	 * name looked for by a regular expression for each. The pictures' bytes.
	 */
	private int pictures() throws IOException {
		OPCPackage pack = docx.getPackage();
		int bytes = 0;
		int next = 0;
		for (int at = 0; at < docx.body.size(); at++) {
			if (docx.body.get(at) != null) {
				continue;
			}
			Picture picture = pictures.get(next);
			boolean pageBreak = breaks.get(next);
			int id = ++next;
			byte[] png = picture.png();
			bytes += png.length;
			String relation = "rIdDiagram" + id;
			String svgRelation = "rIdDiagramSvg" + id;
			byte[] svg = picture.svg().getBytes(StandardCharsets.UTF_8);
			bytes += svg.length;
			part(pack, "/word/media/diagram" + id + ".png", PNG_TYPE, png, relation);
			part(pack, "/word/media/diagram" + id + ".svg", SVG_TYPE, svg, svgRelation);
			double widthMm = Math.min(TEXT_WIDTH_MM, picture.widthMillimetres());
			double heightMm = widthMm * picture.pixelHeight() / Math.max(1, picture.pixelWidth());
			long cx = Math.round(widthMm * EMU_PER_MM);
			long cy = Math.round(heightMm * EMU_PER_MM);
			StringBuilder d = new StringBuilder(1024);
			// Centred on the page, as the PDF's figure is.
			d.append("<w:p><w:pPr><w:pStyle w:val=\"Normal\"/>").append(pageBreak ? "<w:pageBreakBefore/>" : "")
					.append("<w:jc w:val=\"center\"/></w:pPr>");
			d.append("<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"").append(cx)
					.append("\" cy=\"").append(cy).append("\"/><wp:docPr id=\"").append(id).append("\" name=\"Drawing ").append(id)
					.append("\" descr=\"");
			Xml.append(d, picture.alt());
			d.append("\"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>")
					.append("<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">")
					.append("<pic:pic><pic:nvPicPr><pic:cNvPr id=\"").append(id).append("\" name=\"diagram").append(id)
					.append(".png\"/><pic:cNvPicPr><a:picLocks noChangeAspect=\"1\"/></pic:cNvPicPr></pic:nvPicPr>")
					// The PNG, which every suite shows, with the SVG that Word 2016 and later show instead.
					.append("<pic:blipFill><a:blip r:embed=\"").append(relation).append("\"><a:extLst><a:ext uri=\"")
					.append(SVG_EXTENSION).append("\"><asvg:svgBlip xmlns:asvg=\"").append(SVG_NAMESPACE)
					.append("\" r:embed=\"").append(svgRelation).append("\"/></a:ext></a:extLst></a:blip>")
					.append("<a:stretch><a:fillRect/></a:stretch></pic:blipFill>")
					.append("<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"").append(cx).append("\" cy=\"").append(cy)
					.append("\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>")
					.append("</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>");
			docx.body.set(at, d);
		}
		return bytes;
	}

	private static final String PNG_TYPE = XWPFRelation.IMAGE_PNG.getContentType();
	private static final String SVG_TYPE = "image/svg+xml";
	/** Office 2016's extension of a picture: an SVG beside its bitmap. */
	private static final String SVG_EXTENSION = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}";
	private static final String SVG_NAMESPACE = "http://schemas.microsoft.com/office/drawing/2016/SVG/main";

	/** A picture's part in the package, and the body's relation {@code id} to it. */
	private void part(OPCPackage pack, String path, String contentType, byte[] bytes, String id) throws IOException {
		try {
			PackagePartName name = PackagingURIHelper.createPartName(path);
			pack.registerPartAndContentType(new PicturePart(pack, name, contentType, bytes, contentType.equals(PNG_TYPE)));
			docx.getPackagePart().addRelationship(name, TargetMode.INTERNAL, XWPFRelation.IMAGE_PNG.getRelation(), id);
		} catch (InvalidFormatException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	/**
	 * A picture's part of the package, which writes itself into the package's zip from the picture's
	 * bytes: POI's own part would copy them into a buffer of its own, grown as it went, and from there
	 * into the zip (a seventh of a 200-case guide's DOCX time). The PNG, deflated already, is stored,
	 * its checksum taken here, so that no deflater sees it; the SVG is deflated.
	 */
	private static final class PicturePart extends PackagePart {

		final byte[] bytes;
		/** Stored in the zip as it is, not deflated. */
		final boolean stored;

		PicturePart(OPCPackage pack, PackagePartName name, String contentType, byte[] bytes, boolean stored)
				throws InvalidFormatException {
			super(pack, name, contentType);
			this.bytes = bytes;
			this.stored = stored;
		}

		@Override
		protected InputStream getInputStreamImpl() {
			return new ByteArrayInputStream(bytes);
		}

		@Override
		protected OutputStream getOutputStreamImpl() {
			throw new UnsupportedOperationException();
		}

		@Override
		public boolean save(OutputStream out) throws OpenXML4JException {
			if (!(out instanceof ZipArchiveOutputStream zip)) {
				throw new OpenXML4JException(getPartName().getName());
			}
			try {
				ZipArchiveEntry entry = new ZipArchiveEntry(getPartName().getName().substring(1));
				if (stored) {
					CRC32 crc = new CRC32();
					crc.update(bytes);
					entry.setMethod(ZipArchiveEntry.STORED);
					entry.setSize(bytes.length);
					entry.setCompressedSize(bytes.length);
					entry.setCrc(crc.getValue());
				}
				zip.putArchiveEntry(entry);
				zip.write(bytes);
				zip.closeArchiveEntry();
				return true;
			} catch (IOException e) {
				throw new OpenXML4JException(e.getMessage(), e);
			}
		}

		@Override
		public boolean load(InputStream in) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void close() {
			// Nothing held but the bytes.
		}

		@Override
		public void flush() {
			// Nothing buffered.
		}
	}

	private void lines(Lines lines) {
		paragraph("Normal", List.of(Span.bold(lines.label())));
		for (int i = 0; i < lines.count(); i++) {
			x.append("<w:p><w:pPr><w:pStyle w:val=\"WritingLine\"/></w:pPr></w:p>");
		}
	}

	/** Word's names of the languages packs are made in: spelling and hyphenation follow them. */
	private static final Map<String, String> WORD_LANGUAGES = Map.of("en", "en-GB", "fr", "fr-FR", "es", "es-ES",
			"lo", "lo-LA");

	/**
	 * The document's language as the default of every run; where there is Lao (a complex script
	 * for Word), Noto Sans Lao as the font of complex-script text and Lao as its language.
	 */
	private static void language(CTStyles styles, Doc doc) {
		CTDocDefaults defaults = styles.isSetDocDefaults() ? styles.getDocDefaults() : styles.addNewDocDefaults();
		CTRPrDefault runDefault = defaults.isSetRPrDefault() ? defaults.getRPrDefault() : defaults.addNewRPrDefault();
		CTRPr run = runDefault.isSetRPr() ? runDefault.getRPr() : runDefault.addNewRPr();
		CTLanguage lang = run.sizeOfLangArray() > 0 ? run.getLangArray(0) : run.addNewLang();
		String tag = WORD_LANGUAGES.getOrDefault(doc.language, doc.language);
		lang.setVal(tag);
		if (doc.lao) {
			lang.setBidi(WORD_LANGUAGES.get("lo"));
			CTFonts fonts = run.sizeOfRFontsArray() > 0 ? run.getRFontsArray(0) : run.addNewRFonts();
			fonts.setCs("Noto Sans Lao");
		}
	}

	/** "Page 3 of 20" at the foot of every page but the cover, as Word fields in the document's language. */
	private void footer(Doc doc) {
		XWPFFooter footer = docx.createFooter(HeaderFooterType.DEFAULT);
		footerId = docx.getRelationId(footer);
		// POI starts a footer with an empty paragraph: the page number goes there.
		XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
		p.setAlignment(ParagraphAlignment.CENTER);
		for (Object part : Doc.pageOf(doc.words)) {
			if (part instanceof Integer n) {
				field(p, n == 0 ? "PAGE" : "NUMPAGES");
			} else {
				footerRun(p).setText((String) part);
			}
		}
	}

	private static XWPFRun footerRun(XWPFParagraph p) {
		XWPFRun run = p.createRun();
		run.setFontSize(8.5);
		run.setColor("6B7D75");
		return run;
	}

	/** A field Word and LibreOffice compute (the page number, the number of pages). */
	private static void field(XWPFParagraph p, String instruction) {
		footerRun(p).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
		footerRun(p).getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
		footerRun(p).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
		footerRun(p).setText("1");
		footerRun(p).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
	}

	/** Landscape pages: the section before ends portrait, this one is landscape. */
	private void landscape(Landscape landscape) throws IOException {
		// A section ends with the paragraph that holds its properties.
		x.append("<w:p><w:pPr>");
		section(false);
		x.append("</w:pPr></w:p>");
		blocks(landscape.blocks());
		x.append("<w:p><w:pPr>");
		section(true);
		x.append("</w:pPr></w:p>");
	}

	/**
	 * A section's properties: A4 with 2 cm margins, the footer, and on the first section no page
	 * number on its first page (the cover).
	 */
	private void section(boolean landscape) {
		x.append("<w:sectPr>");
		if (footerId != null) {
			x.append("<w:footerReference w:type=\"default\" r:id=\"").append(footerId).append("\"/>");
		}
		long w = landscape ? A4_LONG : A4_SHORT;
		long h = landscape ? A4_SHORT : A4_LONG;
		x.append("<w:pgSz w:w=\"").append(w).append("\" w:h=\"").append(h).append("\" w:orient=\"")
				.append(landscape ? "landscape" : "portrait").append("\"/>")
				.append("<w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\"/>");
		if (firstSection) {
			x.append("<w:titlePg/>");
			firstSection = false;
		}
		x.append("</w:sectPr>");
	}
}
