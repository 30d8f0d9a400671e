package org.casestudio.export.print;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPrDefault;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
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

	static {
		QuietLogs.install();
	}

	private final XWPFDocument docx = new XWPFDocument();
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
		renderer.section(renderer.docx.getDocument().getBody().isSetSectPr() ? renderer.docx.getDocument().getBody()
				.getSectPr() : renderer.docx.getDocument().getBody().addNewSectPr(), false);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		renderer.docx.write(out);
		renderer.docx.close();
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

	private XWPFParagraph paragraph(String style, List<Span> spans) {
		XWPFParagraph p = docx.createParagraph();
		p.setStyle(style);
		if (breakBefore) {
			p.setPageBreak(true);
			breakBefore = false;
		}
		runs(p, spans);
		return p;
	}

	private static void runs(XWPFParagraph p, List<Span> spans) {
		for (Span span : spans) {
			XWPFRun run = p.createRun();
			run.setBold(span.bold());
			run.setItalic(span.italic());
			String[] lines = Xml.clean(span.text()).split("\n", -1);
			for (int i = 0; i < lines.length; i++) {
				if (i > 0) {
					run.addBreak();
				}
				run.setText(lines[i], i);
			}
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
		XWPFParagraph first = docx.createParagraph();
		first.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
		first.createRun().getCTR().addNewInstrText().setStringValue(" TOC \\o \"1-2\" \\h \\z \\u ");
		first.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
		XWPFParagraph p = first;
		for (int i = 0; i < entries.size(); i++) {
			p = i == 0 ? first : docx.createParagraph();
			p.setStyle("TOC" + entries.get(i).level());
			p.createRun().setText(Xml.clean(entries.get(i).text()));
		}
		p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
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
			XWPFParagraph p = paragraph("ListParagraph", item);
			p.setNumID(numId);
			p.setNumILvl(BigInteger.ZERO);
		}
	}

	private void table(Table table) {
		int columns = table.header().size();
		XWPFTable t = docx.createTable(table.rows().size() + 1, columns);
		t.setStyleID("PackTable");
		t.setWidth("100%");
		int total = 0;
		for (int w : table.widths()) {
			total += w;
		}
		XWPFTableRow header = t.getRow(0);
		header.setRepeatHeader(true);
		header.setCantSplitRow(true);
		for (int c = 0; c < columns; c++) {
			XWPFTableCell cell = header.getCell(c);
			cell.setColor("1F4E3D");
			cell.setWidth(Math.max(1, table.widths()[c] * 100 / Math.max(1, total)) + "%");
			XWPFParagraph p = cell.getParagraphs().get(0);
			p.setStyle("TableText");
			XWPFRun run = p.createRun();
			run.setBold(true);
			run.setColor("FFFFFF");
			run.setText(Xml.clean(table.header().get(c)));
		}
		for (int r = 0; r < table.rows().size(); r++) {
			XWPFTableRow row = t.getRow(r + 1);
			List<List<String>> cells = table.rows().get(r);
			for (int c = 0; c < columns; c++) {
				XWPFTableCell cell = row.getCell(c);
				List<String> lines = c < cells.size() ? cells.get(c) : List.of();
				XWPFParagraph first = cell.getParagraphs().get(0);
				first.setStyle("TableText");
				for (int i = 0; i < lines.size(); i++) {
					XWPFParagraph p = i == 0 ? first : cell.addParagraph();
					p.setStyle("TableText");
					runs(p, List.of(c == 0 && table.header().size() > 2 && table.header().get(0).isEmpty()
							? Span.bold(lines.get(i)) : Span.plain(lines.get(i))));
				}
			}
		}
		// A little space after the table: Word joins two tables that touch.
		docx.createParagraph().setStyle("TableText");
	}

	private void picture(Picture picture) throws IOException {
		XWPFParagraph p = paragraph("Normal", List.of());
		XWPFRun run = p.createRun();
		double widthMm = Math.min(TEXT_WIDTH_MM, picture.widthMillimetres());
		double heightMm = widthMm * picture.pixelHeight() / Math.max(1, picture.pixelWidth());
		try {
			run.addPicture(new ByteArrayInputStream(picture.png()), Document.PICTURE_TYPE_PNG, "diagram.png",
					Units.toEMU(widthMm * 72 / 25.4), Units.toEMU(heightMm * 72 / 25.4));
		} catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
			throw new IOException(e.getMessage(), e);
		}
		if (run.getCTR().sizeOfDrawingArray() > 0 && run.getCTR().getDrawingArray(0).sizeOfInlineArray() > 0) {
			run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setDescr(Xml.clean(picture.alt()));
		}
	}

	private void lines(Lines lines) {
		paragraph("Normal", List.of(Span.bold(lines.label())));
		for (int i = 0; i < lines.count(); i++) {
			docx.createParagraph().setStyle("WritingLine");
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
		XWPFParagraph end = docx.createParagraph();
		section(end.getCTP().addNewPPr().addNewSectPr(), false);
		blocks(landscape.blocks());
		XWPFParagraph endLandscape = docx.createParagraph();
		section(endLandscape.getCTP().addNewPPr().addNewSectPr(), true);
	}

	private void section(CTSectPr section, boolean landscape) {
		// Every section names the footer; the first has no page number on its first page, the cover.
		if (footerId != null && section.sizeOfFooterReferenceArray() == 0) {
			CTHdrFtrRef ref = section.addNewFooterReference();
			ref.setType(STHdrFtr.DEFAULT);
			ref.setId(footerId);
		}
		if (firstSection) {
			section.addNewTitlePg();
			firstSection = false;
		}
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
		size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
		size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
		var margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		BigInteger margin = BigInteger.valueOf(1134);
		margins.setTop(margin);
		margins.setBottom(margin);
		margins.setLeft(margin);
		margins.setRight(margin);
	}
}
