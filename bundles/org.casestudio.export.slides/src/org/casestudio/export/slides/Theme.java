package org.casestudio.export.slides;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.namespace.QName;

import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSheet;
import org.apache.poi.xslf.usermodel.XSLFSimpleShape;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.main.CTColorScheme;
import org.openxmlformats.schemas.drawingml.x2006.main.CTFontCollection;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextListStyle;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraphProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.STTextAlignType;
import org.openxmlformats.schemas.drawingml.x2006.main.STTextCapsType;
import org.openxmlformats.schemas.presentationml.x2006.main.CTBackground;
import org.openxmlformats.schemas.presentationml.x2006.main.CTBackgroundProperties;
import org.openxmlformats.schemas.presentationml.x2006.main.CTCommonSlideData;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;
import org.openxmlformats.schemas.presentationml.x2006.main.CTSlideMasterTextStyles;

/**
 * Case Studio's own deck design, made on POI's default masters when the route brings no reference
 * deck: a 16:9 slide, a calm palette (the deep green, blue and brown of the site and the diagrams
 * on off-white), Noto Sans for Latin text and Noto Sans Lao for Lao in the theme's fonts, and one
 * set of margins. The design lives in the masters and layouts (text styles, backgrounds, a few
 * decorating shapes), not on the slides, so that a trainer restyles the deck as any other.
 */
final class Theme {

	/** A 16:9 slide, in points. */
	static final Dimension WIDE = new Dimension(960, 540);

	/** The margin at the left and the right of every slide. */
	static final double MARGIN = 48;
	/** The title's box on a content slide, and where the content below it begins and ends. */
	static final double TITLE_TOP = 22;
	static final double TITLE_HEIGHT = 66;
	static final double CONTENT_TOP = 112;
	static final double CONTENT_BOTTOM = WIDE.height - 30;
	/** The space POI's placeholders leave at the left of their text: the rules under titles start there. */
	static final double INSET = 7.2;
	/** The gap between the two columns of a two-column slide. */
	static final double GUTTER = 32;

	static final String LATIN_FONT = "Noto Sans";
	static final String LAO_FONT = "Noto Sans Lao";

	static final Color GREEN = new Color(0x1d5c3a);
	static final Color BLUE = new Color(0x2f5d8a);
	static final Color BROWN = new Color(0x8a4b14);
	static final Color GOLD = new Color(0xd9a521);
	static final Color INK = new Color(0x1c1f1d);
	static final Color GREY = new Color(0x55605a);
	static final Color PAPER = new Color(0xfbfaf6);
	static final Color MIST = new Color(0xe8f0eb);
	static final Color LINE = new Color(0xc5d3ca);
	static final Color PALE_TEXT = new Color(0xdcebe2);

	private Theme() {
	}

	/** POI's default masters made into Case Studio's design. */
	static void apply(XMLSlideShow show) {
		widen(show);
		for (XSLFSlideMaster master : show.getSlideMasters()) {
			fonts(master);
			colours(master);
			textStyles(master.getXmlObject().getTxStyles());
			background(master.getXmlObject().getCSld(), PAPER);
			for (XSLFSlideLayout layout : master.getSlideLayouts()) {
				layout(layout);
			}
		}
	}

	/** The content area below the title of a content slide. */
	static Rectangle2D content() {
		return new Rectangle2D.Double(MARGIN, CONTENT_TOP, WIDE.width - 2 * MARGIN, CONTENT_BOTTOM - CONTENT_TOP);
	}

	/**
	 * POI's default masters are 4:3: every placeholder is first stretched across the wide slide
	 * (dates, footers and the layouts not set below keep their places), then the ones the deck
	 * uses are set on the design's grid.
	 */
	private static void widen(XMLSlideShow show) {
		Dimension old = show.getPageSize();
		double k = WIDE.getWidth() / old.getWidth();
		show.setPageSize(WIDE);
		// Every anchor read before any is changed: a layout's placeholder without a position of its
		// own reads its master's, which must not be stretched twice.
		Map<XSLFSimpleShape, Rectangle2D> anchors = new LinkedHashMap<>();
		for (XSLFSlideMaster master : show.getSlideMasters()) {
			collect(master, anchors);
			for (XSLFSlideLayout layout : master.getSlideLayouts()) {
				collect(layout, anchors);
			}
		}
		anchors.forEach((shape, a) -> shape
				.setAnchor(new Rectangle2D.Double(a.getX() * k, a.getY(), a.getWidth() * k, a.getHeight())));
	}

	private static void collect(XSLFSheet sheet, Map<XSLFSimpleShape, Rectangle2D> anchors) {
		for (XSLFShape shape : sheet.getShapes()) {
			if (shape instanceof XSLFSimpleShape simple && simple.getAnchor() != null) {
				anchors.put(simple, simple.getAnchor());
			}
		}
	}

	/** The theme's fonts: Noto Sans for headings and text, Noto Sans Lao for Lao (a complex script). */
	private static void fonts(XSLFSlideMaster master) {
		var scheme = master.getTheme().getXmlObject().getThemeElements().getFontScheme();
		scheme.setName("Case Studio");
		for (CTFontCollection fonts : new CTFontCollection[] { scheme.getMajorFont(), scheme.getMinorFont() }) {
			fonts.getLatin().setTypeface(LATIN_FONT);
			fonts.getCs().setTypeface(LAO_FONT);
			// The theme's font for the Lao script (Office's own names DokChampa): read through a
			// cursor, as POI's slim schema jar leaves out the supplemental font's type.
			try (XmlCursor cursor = fonts.newCursor()) {
				for (boolean more = cursor.toFirstChild(); more; more = cursor.toNextSibling()) {
					if ("font".equals(cursor.getName().getLocalPart())
							&& "Laoo".equals(cursor.getAttributeText(new QName("", "script")))) {
						cursor.setAttributeText(new QName("", "typeface"), LAO_FONT);
					}
				}
			}
		}
	}

	/** The theme's colours, which tables and charts a trainer adds take up. */
	private static void colours(XSLFSlideMaster master) {
		var elements = master.getTheme().getXmlObject().getThemeElements();
		CTColorScheme scheme = elements.getClrScheme();
		scheme.setName("Case Studio");
		rgb(scheme.getDk2(), INK);
		rgb(scheme.getLt2(), MIST);
		rgb(scheme.getAccent1(), GREEN);
		rgb(scheme.getAccent2(), BLUE);
		rgb(scheme.getAccent3(), BROWN);
		rgb(scheme.getAccent4(), GOLD);
		rgb(scheme.getAccent5(), new Color(0x5b4a86));
		rgb(scheme.getAccent6(), new Color(0x5e7d6a));
	}

	private static void rgb(org.openxmlformats.schemas.drawingml.x2006.main.CTColor colour, Color value) {
		if (colour == null) {
			return;
		}
		if (colour.isSetSysClr()) {
			colour.unsetSysClr();
		}
		(colour.isSetSrgbClr() ? colour.getSrgbClr() : colour.addNewSrgbClr()).setVal(bytes(value));
	}

	/** Titles in the deep green, left-aligned and bold; text in near-black, a size a room can read. */
	private static void textStyles(CTSlideMasterTextStyles styles) {
		CTTextParagraphProperties title = level(styles.getTitleStyle(), 1);
		title.setAlgn(STTextAlignType.L);
		character(title, 3000, true, GREEN);
		int[] sizes = { 2400, 2000, 1800, 1600, 1600 };
		for (int i = 0; i < sizes.length; i++) {
			character(level(styles.getBodyStyle(), i + 1), sizes[i], false, i == 0 ? INK : GREY);
		}
	}

	private static CTTextParagraphProperties level(CTTextListStyle style, int level) {
		return switch (level) {
		case 1 -> style.isSetLvl1PPr() ? style.getLvl1PPr() : style.addNewLvl1PPr();
		case 2 -> style.isSetLvl2PPr() ? style.getLvl2PPr() : style.addNewLvl2PPr();
		case 3 -> style.isSetLvl3PPr() ? style.getLvl3PPr() : style.addNewLvl3PPr();
		case 4 -> style.isSetLvl4PPr() ? style.getLvl4PPr() : style.addNewLvl4PPr();
		default -> style.isSetLvl5PPr() ? style.getLvl5PPr() : style.addNewLvl5PPr();
		};
	}

	private static void character(CTTextParagraphProperties paragraph, int size, boolean bold, Color colour) {
		CTTextCharacterProperties run = paragraph.isSetDefRPr() ? paragraph.getDefRPr() : paragraph.addNewDefRPr();
		run.setSz(size);
		run.setB(bold);
		// POI's section header sets its title in capitals: a case's name is shown as written.
		run.setCap(STTextCapsType.NONE);
		if (run.isSetSolidFill()) {
			run.unsetSolidFill();
		}
		run.addNewSolidFill().addNewSrgbClr().setVal(bytes(colour));
	}

	/** Each layout the deck uses on the grid, with its background and decoration. */
	private static void layout(XSLFSlideLayout layout) {
		double width = WIDE.width - 2 * MARGIN;
		SlideLayout type = layout.getType();
		if (type == null) {
			return;
		}
		switch (type) {
		case TITLE -> {
			// The opening: the route's title in white on the deep green, a gold rule under it.
			background(layout.getXmlObject().getCSld(), GREEN);
			place(layout, Placeholder.CENTERED_TITLE, MARGIN, 150, width, 150, VerticalAlignment.BOTTOM);
			place(layout, Placeholder.SUBTITLE, MARGIN, 330, width, 150, VerticalAlignment.TOP);
			colour(layout, Placeholder.CENTERED_TITLE, 4000, true, Color.WHITE, STTextAlignType.L);
			colour(layout, Placeholder.SUBTITLE, 2200, false, PALE_TEXT, STTextAlignType.L);
			bar(layout, MARGIN + INSET, 312, 120, 5, GOLD);
		}
		case SECTION_HEADER -> {
			// A case begins: a green band at the left, the case's title large, its host below.
			background(layout.getXmlObject().getCSld(), MIST);
			bar(layout, 0, 0, 22, WIDE.height, GREEN);
			place(layout, Placeholder.TITLE, MARGIN + 12, 120, width - 12, 200, VerticalAlignment.BOTTOM);
			place(layout, Placeholder.BODY, MARGIN + 12, 340, width - 12, 140, VerticalAlignment.TOP);
			colour(layout, Placeholder.TITLE, 3600, true, GREEN, STTextAlignType.L);
			colour(layout, Placeholder.BODY, 2200, false, GREY, STTextAlignType.L);
			bar(layout, MARGIN + 12 + INSET, 328, 120, 5, GOLD);
		}
		case TITLE_AND_CONTENT, TITLE_ONLY, TWO_OBJ, TEXT -> {
			place(layout, Placeholder.TITLE, MARGIN, TITLE_TOP, width, TITLE_HEIGHT, VerticalAlignment.BOTTOM);
			bar(layout, MARGIN + INSET, TITLE_TOP + TITLE_HEIGHT + 6, 72, 4, GOLD);
			if (type == SlideLayout.TWO_OBJ) {
				twoColumns(layout, width);
			} else {
				place(layout, Placeholder.BODY, MARGIN, CONTENT_TOP, width, CONTENT_BOTTOM - CONTENT_TOP, VerticalAlignment.TOP);
				place(layout, Placeholder.CONTENT, MARGIN, CONTENT_TOP, width, CONTENT_BOTTOM - CONTENT_TOP,
						VerticalAlignment.TOP);
			}
		}
		default -> {
			// The other layouts keep POI's places, widened.
		}
		}
	}

	private static void twoColumns(XSLFSlideLayout layout, double width) {
		double column = (width - GUTTER) / 2;
		int i = 0;
		for (XSLFTextShape shape : layout.getPlaceholders()) {
			Placeholder type = shape.getTextType();
			if (type == Placeholder.BODY || type == Placeholder.CONTENT) {
				shape.setAnchor(new Rectangle2D.Double(MARGIN + i * (column + GUTTER), CONTENT_TOP, column,
						CONTENT_BOTTOM - CONTENT_TOP));
				shape.setVerticalAlignment(VerticalAlignment.TOP);
				i++;
			}
		}
	}

	/** The two columns of a two-column slide. */
	static Rectangle2D column(int index) {
		double column = (WIDE.width - 2 * MARGIN - GUTTER) / 2;
		return new Rectangle2D.Double(MARGIN + index * (column + GUTTER), CONTENT_TOP, column, CONTENT_BOTTOM - CONTENT_TOP);
	}

	private static void place(XSLFSlideLayout layout, Placeholder type, double x, double y, double w, double h,
			VerticalAlignment alignment) {
		for (XSLFTextShape shape : layout.getPlaceholders()) {
			if (shape.getTextType() == type) {
				shape.setAnchor(new Rectangle2D.Double(x, y, w, h));
				shape.setVerticalAlignment(alignment);
			}
		}
	}

	/** A placeholder's own text style in this layout, over the master's. */
	private static void colour(XSLFSlideLayout layout, Placeholder type, int size, boolean bold, Color colour,
			STTextAlignType.Enum alignment) {
		for (XSLFTextShape shape : layout.getPlaceholders()) {
			if (shape.getTextType() == type && shape.getXmlObject() instanceof CTShape xml && xml.getTxBody() != null) {
				CTTextListStyle list = xml.getTxBody().isSetLstStyle() ? xml.getTxBody().getLstStyle()
						: xml.getTxBody().addNewLstStyle();
				CTTextParagraphProperties paragraph = level(list, 1);
				paragraph.setAlgn(alignment);
				character(paragraph, size, bold, colour);
			}
		}
	}

	private static void bar(XSLFSlideLayout layout, double x, double y, double w, double h, Color colour) {
		XSLFAutoShape bar = layout.createAutoShape();
		bar.setShapeType(ShapeType.RECT);
		bar.setAnchor(new Rectangle2D.Double(x, y, w, h));
		bar.setFillColor(colour);
		bar.setLineColor(null);
	}

	private static void background(CTCommonSlideData data, Color colour) {
		CTBackground background = data.isSetBg() ? data.getBg() : data.addNewBg();
		if (background.isSetBgRef()) {
			background.unsetBgRef();
		}
		CTBackgroundProperties properties = background.isSetBgPr() ? background.getBgPr() : background.addNewBgPr();
		if (properties.isSetSolidFill()) {
			properties.unsetSolidFill();
		}
		properties.addNewSolidFill().addNewSrgbClr().setVal(bytes(colour));
		if (!properties.isSetEffectLst() && !properties.isSetEffectDag()) {
			properties.addNewEffectLst();
		}
	}

	private static byte[] bytes(Color colour) {
		return new byte[] { (byte) colour.getRed(), (byte) colour.getGreen(), (byte) colour.getBlue() };
	}
}
